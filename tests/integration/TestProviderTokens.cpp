// Provider API tokens in a real keyring (gnome-keyring in a private D-Bus session, as
// scripts/test.sh sets up; without one these tests FAIL). The workspace holds only the keychain
// entry's name: the token must never appear in the workspace file's bytes, in log lines, in
// errors, or in the CLI's output — and the CLI takes it from standard input, never from argv.
#include <optional>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "NginxSandbox.h"
#include "core/model/Environment.h"
#include "core/model/ProviderSettings.h"
#include "core/model/Service.h"
#include "core/secrets/ProviderTokens.h"
#include "core/secrets/SecretStore.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace {

QStringList s_logLines;
QtMessageHandler s_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_logLines.append(message);
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

constexpr int kWaitMs = 2 * core::SecretStore::kJobTimeoutMs + 5000;

// The forms a leaked token could take.
QList<QByteArray> leakForms(const QByteArray &token)
{
    return {token, token.toBase64(), token.toHex(), token.toPercentEncoding()};
}

} // namespace

class TestProviderTokens : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wsPath;
    std::unique_ptr<core::Workspace> m_ws;
    core::EnvironmentId m_envId = 0;
    std::unique_ptr<core::SecretStore> m_store;
    std::unique_ptr<core::ProviderTokens> m_tokens;
    QStringList m_errors;

    // A token unique to this run, so an old keyring entry can never answer for it.
    static QByteArray freshToken(const char *prefix)
    {
        return QByteArray(prefix) + QUuid::createUuid().toByteArray(QUuid::Id128);
    }

    core::Status wait(const std::function<void(core::ProviderTokens::StatusCallback)> &call)
    {
        std::optional<core::Status> result;
        call([&result](core::Status s) { result = std::move(s); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            return core::Error{u"test.timeout"_s, u"no answer"_s, {}};
        if (!result->ok())
            m_errors << result->error().toString();
        return *result;
    }

    core::Status store(const QString &provider, const QByteArray &token)
    {
        return wait([&](auto done) {
            m_tokens->storeFor(m_ws->environments(), m_envId, provider, token, this, done);
        });
    }
    core::Status remove(const QString &provider)
    {
        return wait(
            [&](auto done) { m_tokens->removeFor(m_ws->environments(), m_envId, provider, this, done); });
    }

    core::ProviderSettings settings(const QString &provider)
    {
        auto env = m_ws->environments().get(m_envId);
        return env.ok() ? core::ProviderSettings::of(*env, provider) : core::ProviderSettings{};
    }

    core::Result<QByteArray> read(const core::ProviderSettings &s)
    {
        std::optional<core::Result<QByteArray>> result;
        m_tokens->read(s, this, [&result](const core::Result<QByteArray> &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            return core::Error{u"test.timeout"_s, u"no answer"_s, {}};
        if (!result->ok())
            m_errors << result->error().toString();
        return *result;
    }

    core::Result<core::ProviderTokens::State> state(const core::ProviderSettings &s)
    {
        std::optional<core::Result<core::ProviderTokens::State>> result;
        m_tokens->state(s, this,
                        [&result](core::Result<core::ProviderTokens::State> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            return core::Error{u"test.timeout"_s, u"no answer"_s, {}};
        return *result;
    }

    // Every byte of the workspace: the SQLite file and its journal / WAL, if any.
    QByteArray workspaceBytes() const
    {
        QByteArray all;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-journal"_s, u"-shm"_s}) {
            QFile f(m_wsPath + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    void verifyNoLeak(const QByteArray &token, const QByteArray &haystack, const char *where)
    {
        for (const QByteArray &form : leakForms(token))
            QVERIFY2(!haystack.contains(form),
                     qPrintable(u"the token appeared in "_s + QLatin1StringView(where)));
    }

    void verifyNoLeakAnywhere(const QByteArray &token)
    {
        verifyNoLeak(token, workspaceBytes(), "the workspace file");
        verifyNoLeak(token, (s_logLines + m_errors).join(u'\n').toUtf8(), "a log line or an error");
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QStringList args;
    };

    Run cli(const QStringList &args, const QByteArray &input = {}, const QHash<QString, QString> &env = {})
    {
        QProcess p;
        QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
        for (const QString &v : core::ProviderSettings::providers())
            pe.remove(core::ProviderSettings::tokenEnvironmentVariable(v));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            pe.insert(it.key(), it.value());
        p.setProcessEnvironment(pe);
        Run r;
        r.args = QStringList{u"--workspace"_s, m_wsPath} + args;
        p.start(NginxSandbox::binDir() + u"/switchyard"_s, r.args);
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(kWaitMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        s_previousHandler = qInstallMessageHandler(captureMessages);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_wsPath = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".sqlite"_s);
        auto opened = core::Workspace::open(m_wsPath);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        m_ws = std::move(*opened);
        auto service = m_ws->services().create(core::Service{0, u"shop"_s, u"the shop"_s});
        QVERIFY(service.ok());
        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        auto id = m_ws->environments().create(env);
        QVERIFY(id.ok());
        m_envId = *id;
        m_store = std::make_unique<core::SecretStore>(
            u"switchyard-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        m_tokens = std::make_unique<core::ProviderTokens>(*m_store);
        m_errors.clear();
        s_logLines.clear();
    }

    void cleanup()
    {
        m_tokens.reset();
        m_store.reset();
        m_ws.reset();
    }

    void settingsSurviveTheRepositoryAndKeepOtherKeys()
    {
        auto env = m_ws->environments().get(m_envId);
        QVERIFY(env.ok());
        core::ProviderSettings vercel = core::ProviderSettings::of(*env, u"vercel"_s);
        QCOMPARE(vercel.provider, u"vercel"_s);
        QVERIFY(vercel.teamId.isEmpty());
        vercel.setField(u"team_id"_s, u" team_abc "_s);
        vercel.setField(u"project_id"_s, u"prj_1"_s);
        vercel.setField(u"token_entry"_s, u"ignored"_s); // not settable as a field
        vercel.storeIn(*env);
        core::ProviderSettings cf = core::ProviderSettings::of(*env, u"cloudflare"_s);
        cf.accountId = u"0123456789abcdef0123456789abcdef"_s;
        cf.kvNamespaceId = u"fedcba9876543210fedcba9876543210"_s;
        cf.publicUrl = u"https://shop.example.com"_s;
        cf.storeIn(*env);
        env->settings.healthTimeoutMs = 12345;
        QVERIFY(m_ws->environments().update(*env).ok());

        m_ws.reset();
        auto reopened = core::Workspace::open(m_wsPath);
        QVERIFY(reopened.ok());
        m_ws = std::move(*reopened);
        auto again = m_ws->environments().get(m_envId);
        QVERIFY(again.ok());
        QCOMPARE(again->settings.healthTimeoutMs, 12345);
        const core::ProviderSettings v2 = core::ProviderSettings::of(*again, u"vercel"_s);
        QCOMPARE(v2.teamId, u"team_abc"_s);
        QCOMPARE(v2.projectId, u"prj_1"_s);
        QVERIFY(v2.tokenEntry.isEmpty());
        QCOMPARE(core::ProviderSettings::of(*again, u"cloudflare"_s), cf);
        // An environment without provider settings serializes exactly as before.
        QVERIFY(!core::EnvironmentSettings{}.toJson().contains(u"providers"_s));
    }

    void storeStatusReadOverwriteRemove_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("vercel") << u"vercel"_s;
        QTest::newRow("supabase") << u"supabase"_s;
        QTest::newRow("cloudflare") << u"cloudflare"_s;
    }
    void storeStatusReadOverwriteRemove()
    {
        QFETCH(QString, provider);
        auto before = state(settings(provider));
        QVERIFY(before.ok());
        QCOMPARE(before->source, core::ProviderTokens::Source::None);

        const QByteArray first = freshToken("tok_first_");
        const core::Status stored = store(provider, first);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        const core::ProviderSettings s = settings(provider);
        QVERIFY(s.tokenEntry.startsWith(u"provider-token/"_s + provider + u'/'));
        auto st = state(s);
        QVERIFY(st.ok());
        QCOMPARE(st->source, core::ProviderTokens::Source::Keychain);
        QCOMPARE(st->entry, s.tokenEntry);
        auto r = read(s);
        QVERIFY(r.ok());
        QCOMPARE(*r, first);

        // Overwriting keeps the entry's name; the token source reads the new value at call time.
        const QByteArray second = freshToken("tok_second_");
        QVERIFY(store(provider, second).ok());
        QCOMPARE(settings(provider).tokenEntry, s.tokenEntry);
        std::optional<core::Result<QByteArray>> viaSource;
        m_tokens->tokenSource(settings(provider))(
            [&viaSource](const core::Result<QByteArray> &t) { viaSource = t; });
        QVERIFY(QTest::qWaitFor([&] { return viaSource.has_value(); }, kWaitMs));
        QVERIFY(viaSource->ok());
        QCOMPARE(**viaSource, second);

        verifyNoLeakAnywhere(first);
        verifyNoLeakAnywhere(second);

        QVERIFY(remove(provider).ok());
        QVERIFY(settings(provider).tokenEntry.isEmpty());
        auto gone = read(s); // the old entry name: the keychain no longer holds it
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, u"tokens.missing"_s);
        auto after = state(settings(provider));
        QVERIFY(after.ok());
        QCOMPARE(after->source, core::ProviderTokens::Source::None);
        // Removing again is not an error.
        QVERIFY(remove(provider).ok());
    }

    void entryLostFromKeychainReadsAsNotStored()
    {
        QVERIFY(store(u"vercel"_s, freshToken("tok_lost_")).ok());
        const core::ProviderSettings s = settings(u"vercel"_s);
        std::optional<core::Status> removed;
        m_store->remove(s.tokenEntry, this, [&](core::Status st) { removed = std::move(st); });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, kWaitMs));
        auto st = state(s);
        QVERIFY(st.ok());
        QCOMPARE(st->source, core::ProviderTokens::Source::None);
        QCOMPARE(st->entry, s.tokenEntry);
        auto r = read(s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"tokens.missing"_s);
        QVERIFY(r.error().message.contains(u"Vercel"_s));
    }

    void badTokensAreRefusedWithoutQuotingThem_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << u"vercel"_s << QByteArray() << u"tokens.empty"_s;
        QTest::newRow("two lines") << u"vercel"_s << QByteArray("tok_line_one\ntok_line_two")
                                   << u"tokens.invalid"_s;
        QTest::newRow("inner space") << u"supabase"_s << QByteArray("sbp_abc def") << u"tokens.invalid"_s;
        QTest::newRow("too long") << u"cloudflare"_s << QByteArray(5000, 'x') << u"tokens.invalid"_s;
        QTest::newRow("unknown provider")
            << u"netlify"_s << QByteArray("tok_netlify_1") << u"tokens.bad_provider"_s;
    }
    void badTokensAreRefusedWithoutQuotingThem()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, token);
        QFETCH(QString, code);
        const core::Status s = store(provider, token);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        if (!token.isEmpty() && token.size() < 100) {
            for (const QByteArray &part : token.split('\n'))
                QVERIFY(!s.error().toString().contains(QString::fromUtf8(part)));
        }
        if (provider != u"netlify")
            QVERIFY(settings(provider).tokenEntry.isEmpty());
    }

    void environmentVariableWinsOnlyWhenAllowed()
    {
        const QByteArray stored = freshToken("tok_keychain_");
        const QByteArray fromEnv = freshToken("tok_env_");
        QVERIFY(store(u"cloudflare"_s, stored).ok());
        qputenv("CLOUDFLARE_API_TOKEN", fromEnv);
        const auto restore = qScopeGuard([] { qunsetenv("CLOUDFLARE_API_TOKEN"); });

        // The GUI's default: the keychain only.
        auto r = read(settings(u"cloudflare"_s));
        QVERIFY(r.ok());
        QCOMPARE(*r, stored);
        auto st = state(settings(u"cloudflare"_s));
        QCOMPARE(st->source, core::ProviderTokens::Source::Keychain);
        QVERIFY(st->variableSet);

        // The CLI: the variable wins.
        m_tokens->setEnvironmentVariablesWin(true);
        r = read(settings(u"cloudflare"_s));
        QVERIFY(r.ok());
        QCOMPARE(*r, fromEnv);
        st = state(settings(u"cloudflare"_s));
        QCOMPARE(st->source, core::ProviderTokens::Source::EnvironmentVariable);
        QCOMPARE(st->variable, u"CLOUDFLARE_API_TOKEN"_s);
        QVERIFY(core::ProviderTokens::describe(*st).contains(u"CLOUDFLARE_API_TOKEN"_s));
        // An empty variable does not count.
        qputenv("CLOUDFLARE_API_TOKEN", "  ");
        r = read(settings(u"cloudflare"_s));
        QCOMPARE(*r, stored);
        // Without a stored token and without the variable: a clear error naming both ways.
        QVERIFY(remove(u"cloudflare"_s).ok());
        r = read(settings(u"cloudflare"_s));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"CLOUDFLARE_API_TOKEN"_s));
        verifyNoLeakAnywhere(stored);
        verifyNoLeakAnywhere(fromEnv);
    }

    void cliSetStatusRemoveNeverShowsTheToken()
    {
        m_ws.reset(); // the CLI opens the file itself
        const QByteArray token = freshToken("vercel_cli_");

        Run r = cli({u"token"_s, u"set"_s, u"--env"_s, u"production"_s, u"--provider"_s, u"vercel"_s},
                    token + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Stored the Vercel token of production"));
        for (const Run &run : {r}) {
            verifyNoLeak(token, run.out + run.err, "the CLI's output");
            verifyNoLeak(token, run.args.join(u' ').toUtf8(), "the command line");
        }

        r = cli({u"token"_s, u"status"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 3); // one environment × three providers
        QJsonObject vercel;
        for (const QJsonValue &row : rows) {
            if (row[u"provider"_s] == u"vercel"_s)
                vercel = row.toObject();
            else
                QCOMPARE(row[u"stored"_s].toBool(), false);
        }
        QCOMPARE(vercel[u"environment"_s].toString(), u"production"_s);
        QCOMPARE(vercel[u"stored"_s].toBool(), true);
        QCOMPARE(vercel[u"source"_s].toString(), u"keychain"_s);
        QVERIFY(vercel[u"keychain_entry"_s].toString().startsWith(u"provider-token/vercel/"_s));
        verifyNoLeak(token, r.out + r.err, "token status");

        // With --verbose every subsystem logs; still no token.
        r = cli({u"--verbose"_s, u"token"_s, u"status"_s, u"--provider"_s, u"vercel"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("stored in the keychain"), r.out.constData());
        verifyNoLeak(token, r.out + r.err, "verbose token status");

        // The variable wins in the CLI, and status says so.
        const QByteArray envToken = freshToken("vercel_env_");
        r = cli({u"token"_s, u"status"_s, u"--provider"_s, u"vercel"_s, u"--json"_s}, {},
                {{u"VERCEL_TOKEN"_s, QString::fromLatin1(envToken)}});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0)[u"source"_s].toString(), u"environment"_s);
        verifyNoLeak(envToken, r.out + r.err, "token status with VERCEL_TOKEN");

        verifyNoLeak(token, workspaceBytes(), "the workspace file");

        r = cli({u"token"_s, u"remove"_s, u"--env"_s, u"production"_s, u"--provider"_s, u"vercel"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({u"token"_s, u"status"_s, u"--provider"_s, u"vercel"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0)[u"stored"_s].toBool(), false);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0)[u"keychain_entry"_s].toString(), QString());
    }

    void cliBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty stdin") << QStringList{u"set"_s, u"--env"_s, u"production"_s, u"--provider"_s,
                                                    u"vercel"_s}
                                     << QByteArray() << u"No Vercel token"_s;
        QTest::newRow("two tokens") << QStringList{u"set"_s, u"--env"_s, u"production"_s, u"--provider"_s,
                                                   u"supabase"_s}
                                    << QByteArray("sbp_one\nsbp_two\n") << u"exactly one token"_s;
        QTest::newRow("unknown provider")
            << QStringList{u"set"_s, u"--env"_s, u"production"_s, u"--provider"_s, u"aws"_s}
            << QByteArray("x") << u"unknown provider"_s;
        QTest::newRow("missing --provider")
            << QStringList{u"set"_s, u"--env"_s, u"production"_s} << QByteArray("x") << u"--provider"_s;
        QTest::newRow("unknown environment")
            << QStringList{u"remove"_s, u"--env"_s, u"staging"_s, u"--provider"_s, u"vercel"_s}
            << QByteArray() << u"production"_s;
        QTest::newRow("token on the command line")
            << QStringList{u"set"_s,    u"--env"_s,   u"production"_s, u"--provider"_s,
                           u"vercel"_s, u"--token"_s, u"abc"_s}
            << QByteArray() << u"token"_s;
        QTest::newRow("unknown action") << QStringList{u"show"_s} << QByteArray() << u"set"_s;
    }
    void cliBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        m_ws.reset();
        const Run r = cli(QStringList{u"token"_s} + args, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        if (input.size() > 1) {
            for (const QByteArray &part : input.split('\n'))
                if (!part.isEmpty())
                    QVERIFY2(!QByteArray(r.out + r.err).contains(part), "the refused input was echoed");
        }
    }

    void cleanupTestCase() { qInstallMessageHandler(s_previousHandler); }
};

QTEST_GUILESS_MAIN(TestProviderTokens)
#include "TestProviderTokens.moc"
