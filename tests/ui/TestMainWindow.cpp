// The main window on a real SQLite workspace, offscreen: one card per environment with its slots,
// the interrupted-deployment banner, and a rollback that is declined through a scripted Dialogs.
#include <memory>

#include <QAction>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "OfflineEnvironment.h"
#include "core/AppContext.h"
#include "core/model/Deployment.h"
#include "core/model/Environment.h"
#include "core/model/Release.h"
#include "core/model/Service.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"
#include "ui/Dialogs.h"
#include "ui/EnvironmentCard.h"
#include "ui/InterruptedBanner.h"
#include "ui/MainWindow.h"
#include "ui/RunDeploymentDialog.h"
#include "ui/models/DeploymentHistoryModel.h"

using namespace Qt::StringLiterals;

namespace {

// Answers every question as told and remembers what was asked.
class ScriptedDialogs final : public ui::Dialogs
{
public:
    struct Question
    {
        QString title;
        QString text;
        QString button;
    };

    bool
    confirm(QWidget *, const QString &title, const QString &text, const QString &confirmButtonText) override
    {
        questions << Question{title, text, confirmButtonText};
        return answer;
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    QString
    chooseItem(QWidget *, const QString &, const QString &, const QStringList &items, int current) override
    {
        offered = items;
        offeredDefault = current;
        return items.value(current);
    }

    bool answer = false;
    QList<Question> questions;
    QStringList errors;
    QStringList offered;
    int offeredDefault = -1;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    QNetworkAccessManager m_nam;
    std::unique_ptr<core::AppContext> m_context;
    QHash<QString, core::EnvironmentId> m_envs;
    int m_workspaces = 0;

    void addEnvironment(core::ServiceId service,
                        const QString &name,
                        int position,
                        const QString &blueVersion,
                        const QString &greenVersion,
                        bool blueLive)
    {
        auto id = testsupport::addOfflineEnvironment(*m_ws, service, name, position, m_dir.path(),
                                                     {blueVersion, greenVersion, blueLive});
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        m_envs.insert(name, *id);
    }

    core::Deployment interruptedDeployment() const
    {
        core::Deployment d;
        d.environmentId = m_envs.value(u"production"_s);
        d.version = u"v1.2.0"_s;
        d.status = core::DeploymentStatus::Running;
        d.fromSlot = u"green"_s;
        d.toSlot = u"blue"_s;
        d.fromVersion = u"v1.1.0"_s;
        d.requestedBy = u"bob"_s;
        d.currentStep = u"switch"_s;
        return d;
    }

    static ui::InterruptedBanner *bannerOf(const ui::MainWindow &window)
    {
        return window.findChild<ui::InterruptedBanner *>(u"interruptedBanner"_s);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto ws = core::Workspace::open(m_dir.filePath(u"control-room-%1.sqlite"_s.arg(++m_workspaces)));
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        m_ws = std::move(*ws);
        m_context = std::make_unique<core::AppContext>(core::AppContext{*m_ws, &m_nam, u"alice"_s});
        auto service = m_ws->services().create(core::Service{0, u"shop"_s, {}});
        QVERIFY(service.ok());
        for (const QString &version : {u"v1.0.0"_s, u"v1.1.0"_s, u"v1.2.0"_s}) {
            core::Release release;
            release.serviceId = *service;
            release.version = version;
            release.commitSha = u"c0ffee"_s;
            QVERIFY(m_ws->releases().create(release).ok());
        }
        addEnvironment(*service, u"staging"_s, 0, u"v1.1.0"_s, QString(), true);
        addEnvironment(*service, u"production"_s, 1, u"v1.0.0"_s, u"v1.1.0"_s, false);
    }

    void cleanup()
    {
        m_context.reset();
        m_ws.reset();
        m_envs.clear();
    }

    void titleSizeAndStatusBar()
    {
        ui::MainWindow window(*m_context);
        QCOMPARE(window.windowTitle(), u"Switchyard — control-room-%1.sqlite"_s.arg(m_workspaces));
        QCOMPARE(window.size(), QSize(1200, 760));
        auto *user = window.findChild<QLabel *>(u"userLabel"_s);
        QVERIFY(user);
        QVERIFY(user->text().contains(u"alice"_s));
        auto *workspace = window.findChild<QLabel *>(u"workspaceLabel"_s);
        QVERIFY(workspace);
        QVERIFY(workspace->text().contains(m_ws->location()));
        auto *deploy = window.findChild<QAction *>(u"deployAction"_s);
        QVERIFY(deploy);
        QCOMPARE(deploy->shortcut(), QKeySequence(u"Ctrl+D"_s));
        QVERIFY(window.findChild<QAction *>(u"rollbackAction"_s));
        QVERIFY(window.findChild<QTableView *>(u"historyView"_s));
    }

    void showsOneCardPerEnvironment_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("slot");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("badge");
        QTest::newRow("staging blue") << u"staging"_s << u"blue"_s << u"v1.1.0"_s << u"LIVE"_s;
        QTest::newRow("staging green, never deployed")
            << u"staging"_s << u"green"_s << u"—"_s << u"STANDBY"_s;
        QTest::newRow("production blue") << u"production"_s << u"blue"_s << u"v1.0.0"_s << u"STANDBY"_s;
        QTest::newRow("production green") << u"production"_s << u"green"_s << u"v1.1.0"_s << u"LIVE"_s;
    }

    void showsOneCardPerEnvironment()
    {
        QFETCH(QString, environment);
        QFETCH(QString, slot);
        QFETCH(QString, version);
        QFETCH(QString, badge);
        ui::MainWindow window(*m_context);
        auto *overview = window.findChild<QWidget *>(u"environmentOverview"_s);
        QVERIFY(overview);
        const auto cards = overview->findChildren<ui::EnvironmentCard *>();
        QCOMPARE(cards.size(), 2);
        QStringList order;
        for (const ui::EnvironmentCard *card : cards)
            order << card->property("environment").toString();
        QCOMPARE(order, (QStringList{u"staging"_s, u"production"_s})); // lifecycle order
        ui::EnvironmentCard *card = cards.at(order.indexOf(environment));
        QCOMPARE(card->findChild<QLabel *>(u"cardTitle"_s)->text(), environment);
        QCOMPARE(card->findChild<QLabel *>(u"slotName_"_s + slot)->text(), slot);
        QCOMPARE(card->findChild<QLabel *>(u"slotVersion_"_s + slot)->text(), version);
        QCOMPARE(card->findChild<QLabel *>(u"slotBadge_"_s + slot)->text(), badge);
    }

    void probesSlotHealth()
    {
        ui::MainWindow window(*m_context);
        auto *card = window.findChildren<ui::EnvironmentCard *>().value(1);
        QVERIFY(card);
        auto *health = card->findChild<QLabel *>(u"slotHealth_green"_s);
        QVERIFY(health);
        QTRY_COMPARE_WITH_TIMEOUT(health->text(), u"unreachable"_s, 10000);
        QVERIFY(!health->toolTip().isEmpty());
    }

    void bannerHiddenWithoutInterruptedDeployment()
    {
        core::Deployment done = interruptedDeployment();
        done.status = core::DeploymentStatus::Succeeded;
        QVERIFY(m_ws->deployments().create(done).ok());
        ui::MainWindow window(*m_context);
        ui::InterruptedBanner *banner = bannerOf(window);
        QVERIFY(banner);
        QVERIFY(!banner->isVisibleTo(&window));
        QVERIFY(banner->text().isEmpty());
    }

    void bannerShowsInterruptedDeployment()
    {
        auto id = m_ws->deployments().create(interruptedDeployment());
        QVERIFY(id.ok());
        ui::MainWindow window(*m_context);
        ui::InterruptedBanner *banner = bannerOf(window);
        QVERIFY(banner);
        QVERIFY(banner->isVisibleTo(&window));
        QCOMPARE(
            banner->text(),
            u"Deployment #%1 to production (v1.2.0 → blue) was interrupted during step “switch”."_s.arg(*id));
        QCOMPARE(banner->deploymentId(), *id);
        QVERIFY(banner->findChild<QPushButton *>(u"resumeButton"_s)->isVisibleTo(&window));
        QVERIFY(banner->findChild<QPushButton *>(u"bannerRollbackButton"_s)->isVisibleTo(&window));
        // The history says the same: interrupted, not running.
        auto *history = window.findChild<QTableView *>(u"historyView"_s);
        QVERIFY(history);
        const QAbstractItemModel *model = history->model();
        QModelIndexList hits =
            model->match(model->index(0, 0), Qt::DisplayRole, u"#%1"_s.arg(*id), 1, Qt::MatchExactly);
        QCOMPARE(hits.size(), 1);
        const QModelIndex status =
            model->index(hits.first().row(), ui::models::DeploymentHistoryModel::Status);
        QCOMPARE(status.data().toString(), u"Interrupted · switch"_s);
    }

    void bannerAppearsWhenAnotherProcessLeavesOneRunning()
    {
        ui::MainWindow window(*m_context);
        ui::InterruptedBanner *banner = bannerOf(window);
        QVERIFY(!banner->isVisibleTo(&window));
        auto other = core::Workspace::open(m_ws->location()); // as the CLI would
        QVERIFY(other.ok());
        auto id = (*other)->deployments().create(interruptedDeployment());
        QVERIFY(id.ok());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(&window), 10000);
        QVERIFY(banner->text().startsWith(u"Deployment #%1 to production"_s.arg(*id)));
        auto *history = window.findChild<QTableView *>(u"historyView"_s);
        QCOMPARE(history->model()->rowCount(), 1);
    }

    void declinedRollbackSaysWhatWouldHappenAndDoesNothing()
    {
        ScriptedDialogs dialogs;
        dialogs.answer = false;
        ui::MainWindow window(*m_context);
        window.setDialogs(&dialogs);
        window.findChild<QAction *>(u"rollbackAction"_s)->trigger();

        QCOMPARE(dialogs.offered, (QStringList{u"staging"_s, u"production"_s}));
        QCOMPARE(dialogs.offeredDefault, 1); // production
        QVERIFY2(dialogs.errors.isEmpty(), qPrintable(dialogs.errors.join(u'\n')));
        QCOMPARE(dialogs.questions.size(), 1);
        const QString text = dialogs.questions.first().text;
        QVERIFY2(
            text.startsWith(u"Traffic for production moves from green (v1.1.0) back to blue (v1.0.0)."_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"Verify that blue answers healthy with v1.0.0"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Switch traffic from green to blue"_s), qPrintable(text));
        QCOMPARE(dialogs.questions.first().button, u"Roll back"_s);

        auto deployments = m_ws->deployments().list();
        QVERIFY(deployments.ok());
        QVERIFY(deployments->isEmpty());
        QVERIFY(window.findChildren<ui::RunDeploymentDialog *>().isEmpty());
    }

    void rollbackWithNothingToRollBackToShowsError()
    {
        ScriptedDialogs dialogs;
        dialogs.answer = true;
        ui::MainWindow window(*m_context);
        window.setDialogs(&dialogs);
        window.rollBackEnvironment(u"staging"_s);
        QCOMPARE(dialogs.questions.size(), 0);
        QCOMPARE(dialogs.errors.size(), 1);
        QVERIFY2(dialogs.errors.first().contains(u"green"_s), qPrintable(dialogs.errors.first()));
        QVERIFY(window.findChildren<ui::RunDeploymentDialog *>().isEmpty());
        auto *card = window.findChildren<ui::EnvironmentCard *>().value(0);
        QVERIFY(!card->findChild<QPushButton *>(u"cardRollbackButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
