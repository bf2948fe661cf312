// The per-environment cloud provider settings dialog, offscreen, on a real SQLite workspace and a
// real keyring (scripts/test.sh's D-Bus session; without one these tests FAIL). The connection test
// goes through a scripted ConnectionTester that answers later, as the network would.
#include <memory>
#include <optional>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include "core/AppContext.h"
#include "core/model/Environment.h"
#include "core/model/Service.h"
#include "core/providers/ConnectionTester.h"
#include "core/secrets/ProviderTokens.h"
#include "core/secrets/SecretStore.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/ProviderSettingsDialog.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 2 * core::SecretStore::kJobTimeoutMs + 5000;

// Answers each test after 50 ms with what it was told, and remembers the settings it saw.
class ScriptedTester final : public core::ConnectionTester
{
public:
    std::optional<core::Result<core::ConnectionIdentity>> answer;
    QList<core::ProviderSettings> asked;

    void test(const core::ProviderSettings &settings, QObject *context, Callback done) override
    {
        asked << settings;
        const auto reply = *answer;
        QTimer::singleShot(50, context, [reply, done] { done(reply); });
    }
};

class PickFirst final : public ui::Dialogs
{
public:
    QString chooseItem(QWidget *, const QString &, const QString &, const QStringList &items, int) override
    {
        return items.value(0);
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    QStringList errors;
};

} // namespace

class TestProviderSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wsPath;
    std::unique_ptr<core::Workspace> m_ws;
    core::EnvironmentId m_envId = 0;
    std::unique_ptr<core::SecretStore> m_store;
    std::unique_ptr<core::ProviderTokens> m_tokens;
    ScriptedTester m_tester;

    template <typename T> T *find(QWidget *root, const QString &name) { return root->findChild<T *>(name); }

    // Every text the dialog shows or holds.
    static QString allText(QWidget *root)
    {
        QStringList texts{root->windowTitle()};
        for (const QLabel *l : root->findChildren<QLabel *>())
            texts << l->text();
        for (const QLineEdit *e : root->findChildren<QLineEdit *>())
            texts << e->text() << e->displayText() << e->placeholderText();
        for (const QPushButton *b : root->findChildren<QPushButton *>())
            texts << b->text() << b->toolTip();
        return texts.join(u'\n');
    }

    // With SWITCHYARD_SHOT_DIR set, saves what the dialog looks like (for people to look at).
    static void shot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SWITCHYARD_SHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + u".png"_s);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_wsPath = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".sqlite"_s);
        auto opened = core::Workspace::open(m_wsPath);
        QVERIFY(opened.ok());
        m_ws = std::move(*opened);
        auto service = m_ws->services().create(core::Service{0, u"shop"_s, u"the shop"_s});
        QVERIFY(service.ok());
        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        core::ProviderSettings vercel;
        vercel.provider = u"vercel"_s;
        vercel.teamId = u"team_stored"_s;
        vercel.storeIn(env);
        auto id = m_ws->environments().create(env);
        QVERIFY(id.ok());
        m_envId = *id;
        m_store = std::make_unique<core::SecretStore>(
            u"switchyard-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        m_tokens = std::make_unique<core::ProviderTokens>(*m_store);
        m_tester.asked.clear();
        m_tester.answer.reset();
    }
    void cleanup()
    {
        m_tokens.reset();
        m_store.reset();
        m_ws.reset();
    }

    void showsEachProvidersFieldsAndSavesThem()
    {
        ui::ProviderSettingsDialog dialog(*m_ws, m_envId, *m_tokens, &m_tester);
        auto *tabs = find<QTabWidget>(&dialog, u"providerTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), u"Vercel"_s);
        QCOMPARE(find<QLineEdit>(&dialog, u"field_vercel_team_id"_s)->text(), u"team_stored"_s);
        QVERIFY(find<QLineEdit>(&dialog, u"field_cloudflare_kv_namespace_id"_s));
        QVERIFY(find<QLineEdit>(&dialog, u"field_cloudflare_account_id"_s));
        QVERIFY(find<QLineEdit>(&dialog, u"field_supabase_project_id"_s));
        QVERIFY(!find<QLineEdit>(&dialog, u"field_supabase_team_id"_s)); // Supabase has no team
        for (const QString &p : core::ProviderSettings::providers())
            QVERIFY(find<QLineEdit>(&dialog, u"field_%1_base_url"_s.arg(p)));

        find<QLineEdit>(&dialog, u"field_cloudflare_account_id"_s)
            ->setText(u"0123456789abcdef0123456789abcdef"_s);
        find<QLineEdit>(&dialog, u"field_cloudflare_public_url"_s)->setText(u" https://shop.example.com "_s);
        find<QLineEdit>(&dialog, u"field_vercel_team_id"_s)->clear();
        QVERIFY(dialog.save());
        auto env = m_ws->environments().get(m_envId);
        QVERIFY(env.ok());
        const auto cf = core::ProviderSettings::of(*env, u"cloudflare"_s);
        QCOMPARE(cf.accountId, u"0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(cf.publicUrl, u"https://shop.example.com"_s);
        QVERIFY(core::ProviderSettings::of(*env, u"vercel"_s).teamId.isEmpty());
    }

    void tokenIsEnteredOnceAndNeverShown()
    {
        ui::ProviderSettingsDialog dialog(*m_ws, m_envId, *m_tokens, &m_tester);
        dialog.show();
        auto *state = find<QLabel>(&dialog, u"tokenState_supabase"_s);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"No token stored"_s), kWaitMs);
        auto *edit = find<QLineEdit>(&dialog, u"tokenEdit_supabase"_s);
        auto *storeButton = find<QPushButton>(&dialog, u"storeToken_supabase"_s);
        auto *removeButton = find<QPushButton>(&dialog, u"removeToken_supabase"_s);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!storeButton->isEnabled());
        QVERIFY(!removeButton->isEnabled());

        const QString token = u"sbp_"_s + QUuid::createUuid().toString(QUuid::Id128);
        dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
        QTest::keyClicks(edit, token);
        QVERIFY(storeButton->isEnabled());
        QVERIFY(!edit->displayText().contains(token.mid(4, 8)));
        QSignalSpy shown(&dialog, &ui::ProviderSettingsDialog::tokenStateShown);
        QTest::mouseClick(storeButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"stored in the keychain"_s), kWaitMs);
        QVERIFY(edit->text().isEmpty());
        QVERIFY(removeButton->isEnabled());
        QVERIFY2(!allText(&dialog).contains(token), "the dialog shows the token");
        shot(&dialog, u"provider-settings-token"_s);

        // Stored for real: the keychain has it and the workspace names only the entry.
        auto env = m_ws->environments().get(m_envId);
        const auto settings = core::ProviderSettings::of(*env, u"supabase"_s);
        QVERIFY(!settings.tokenEntry.isEmpty());
        std::optional<core::Result<QByteArray>> read;
        m_tokens->read(settings, this, [&read](const core::Result<QByteArray> &r) { read = r; });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, kWaitMs));
        QVERIFY(read->ok());
        QCOMPARE(**read, token.toUtf8());
        m_ws.reset();
        QFile file(m_wsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token.toUtf8()), "the token is in the workspace file");
        auto reopened = core::Workspace::open(m_wsPath);
        QVERIFY(reopened.ok());
        m_ws = std::move(*reopened);
    }

    void removeForgetsTheToken()
    {
        std::optional<core::Status> stored;
        m_tokens->storeFor(m_ws->environments(), m_envId, u"vercel"_s, "tok_remove_me_1", this,
                           [&](core::Status s) { stored = std::move(s); });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, kWaitMs));
        QVERIFY(stored->ok());
        ui::ProviderSettingsDialog dialog(*m_ws, m_envId, *m_tokens, &m_tester);
        auto *state = find<QLabel>(&dialog, u"tokenState_vercel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"stored in the keychain"_s), kWaitMs);
        QTest::mouseClick(find<QPushButton>(&dialog, u"removeToken_vercel"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"No token stored"_s), kWaitMs);
        QVERIFY(
            core::ProviderSettings::of(*m_ws->environments().get(m_envId), u"vercel"_s).tokenEntry.isEmpty());
        // Saving afterwards keeps the other settings and does not bring the entry back.
        QVERIFY(dialog.save());
        const auto vercel = core::ProviderSettings::of(*m_ws->environments().get(m_envId), u"vercel"_s);
        QCOMPARE(vercel.teamId, u"team_stored"_s);
        QVERIFY(vercel.tokenEntry.isEmpty());
    }

    void testConnectionShowsIdentityOrWhatToDo()
    {
        ui::ProviderSettingsDialog dialog(*m_ws, m_envId, *m_tokens, &m_tester);
        auto *button = find<QPushButton>(&dialog, u"testConnection_cloudflare"_s);
        auto *result = find<QLabel>(&dialog, u"testResult_cloudflare"_s);
        find<QLineEdit>(&dialog, u"field_cloudflare_base_url"_s)->setText(u"http://127.0.0.1:9/client/v4"_s);

        m_tester.answer = core::ConnectionIdentity{u"cloudflare"_s, u"3f1c9e"_s, u"active"_s,
                                                   u"Token 3f1c9e is active (expires 2027-01-01)"_s};
        QSignalSpy tested(&dialog, &ui::ProviderSettingsDialog::connectionTested);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled()); // asynchronous: busy until the answer
        QVERIFY(result->text().contains(u"Asking Cloudflare"_s));
        QVERIFY(tested.wait(5000));
        QCOMPARE(tested.at(0).at(1).toBool(), true);
        QVERIFY(button->isEnabled());
        QVERIFY2(result->text().contains(u"Connected to Cloudflare"_s), qPrintable(result->text()));
        QVERIFY(result->text().contains(u"Token 3f1c9e is active"_s));
        // The test used what the fields say now, unsaved.
        QCOMPARE(m_tester.asked.size(), 1);
        QCOMPARE(m_tester.asked.at(0).provider, u"cloudflare"_s);
        QCOMPARE(m_tester.asked.at(0).baseUrl, u"http://127.0.0.1:9/client/v4"_s);

        m_tester.answer =
            core::Error{u"cloudflare.auth"_s,
                        u"Cloudflare refused “verify token” (HTTP 401, code 1000: Invalid API Token). "
                        "Store a valid token for this environment."_s,
                        {}};
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(tested.wait(5000));
        QCOMPARE(tested.at(1).at(1).toBool(), false);
        QVERIFY(result->text().contains(u"Cloudflare refused the connection test"_s));
        QVERIFY(result->text().contains(u"code 1000"_s));
        QVERIFY(result->text().contains(u"Store a valid token"_s));
        QVERIFY(result->text().contains(u"cloudflare.auth"_s));
        dialog.show();
        dialog.findChild<QTabWidget *>()->setCurrentIndex(2);
        shot(&dialog, u"provider-settings-test"_s);
    }

    void withoutATesterItSaysSo()
    {
        ui::ProviderSettingsDialog dialog(*m_ws, m_envId, *m_tokens, nullptr);
        QTest::mouseClick(find<QPushButton>(&dialog, u"testConnection_vercel"_s), Qt::LeftButton);
        QVERIFY(find<QLabel>(&dialog, u"testResult_vercel"_s)->text().contains(u"not available"_s));
    }

    void mainWindowOpensIt()
    {
        QNetworkAccessManager nam;
        core::AppContext context{*m_ws, &nam, u"tester"_s};
        ui::MainWindow window(context);
        PickFirst dialogs;
        window.setDialogs(&dialogs);
        auto *action = window.findChild<QAction *>(u"providerSettingsAction"_s);
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<ui::ProviderSettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(u"production"_s));
        QVERIFY(dialogs.errors.isEmpty());
        dialog->close();
    }
};

QTEST_MAIN(TestProviderSettingsDialog)
#include "TestProviderSettingsDialog.moc"
