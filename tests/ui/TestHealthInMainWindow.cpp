// The health dashboard and strips inside the main window, on a real SQLite workspace offscreen: each
// slot row of an environment card gets a health strip fed by the live probes, the card's Health button
// and the View action open the dashboard on the right environment with the deployment markers from the
// history, and a fired trigger shows in the status bar.
#include <memory>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "OfflineEnvironment.h"
#include "core/AppContext.h"
#include "core/health/HealthMonitor.h"
#include "core/model/Deployment.h"
#include "core/model/Environment.h"
#include "core/model/Service.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/HealthSampleRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"
#include "ui/EnvironmentCard.h"
#include "ui/HealthDashboard.h"
#include "ui/MainWindow.h"
#include "ui/TriggerNotifier.h"
#include "ui/health/HealthChart.h"
#include "ui/health/HealthStrip.h"
#include "ui/health/HealthWatch.h"
#include "ui/health/StoredHealthSource.h"

using namespace Qt::StringLiterals;

class TestHealthInMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    QNetworkAccessManager m_nam;
    std::unique_ptr<core::AppContext> m_context;
    QHash<QString, core::EnvironmentId> m_envs;
    int m_workspaces = 0;

    void addEnvironment(core::ServiceId service, const QString &name, int position)
    {
        auto id = testsupport::addOfflineEnvironment(*m_ws, service, name, position, m_dir.path());
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        m_envs.insert(name, *id);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto ws = core::Workspace::open(m_dir.filePath(u"health-%1.sqlite"_s.arg(++m_workspaces)));
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        m_ws = std::move(*ws);
        m_context = std::make_unique<core::AppContext>(core::AppContext{*m_ws, &m_nam, u"alice"_s});
        auto service = m_ws->services().create(core::Service{0, u"shop"_s, {}});
        QVERIFY(service.ok());
        addEnvironment(*service, u"staging"_s, 0);
        addEnvironment(*service, u"production"_s, 1);
    }

    void cleanup()
    {
        m_context.reset();
        m_ws.reset();
        m_envs.clear();
    }

    void stripsFollowTheLiveProbes()
    {
        ui::MainWindow window(*m_context);
        const auto cards = window.findChildren<ui::EnvironmentCard *>();
        QCOMPARE(cards.size(), 2);
        for (ui::EnvironmentCard *card : cards) {
            for (const QString &slot : {u"blue"_s, u"green"_s})
                QVERIFY2(card->findChild<ui::HealthStrip *>(u"healthStrip_"_s + slot), qPrintable(slot));
        }
        auto *strip = cards.at(1)->findChild<ui::HealthStrip *>(u"healthStrip_green"_s);
        // The probes find nothing listening: every sample is a failure.
        QTRY_VERIFY_WITH_TIMEOUT(strip->sampleCount() >= 1, 10000);
        QCOMPARE(strip->text(), u"0 % ok"_s);
        QVERIFY2(strip->toolTip().contains(u"green, last 15 min: 0 healthy, 0 degraded"_s),
                 qPrintable(strip->toolTip()));
    }

    void healthButtonOpensTheDashboardOnItsEnvironment()
    {
        core::Deployment d;
        d.environmentId = m_envs.value(u"staging"_s);
        d.version = u"v1.1.0"_s;
        d.status = core::DeploymentStatus::Succeeded;
        d.fromSlot = u"blue"_s;
        d.toSlot = u"green"_s;
        d.requestedBy = u"bob"_s;
        d.startedAt = QDateTime::currentDateTimeUtc().addSecs(-120);
        d.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(m_ws->deployments().create(d).ok());

        ui::MainWindow window(*m_context);
        window.show();
        auto *staging = window.findChildren<ui::EnvironmentCard *>().value(0);
        QVERIFY(staging);
        auto *button = staging->findChild<QPushButton *>(u"cardHealthButton"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dashboard = window.findChild<ui::HealthDashboard *>(u"healthDashboard"_s);
        QVERIFY(dashboard);
        QTRY_VERIFY(dashboard->isVisible());
        QCOMPARE(dashboard->model().environment(), m_envs.value(u"staging"_s));
        QCOMPARE(dashboard->model().slotNames(), QStringList({u"blue"_s, u"green"_s}));
        QCOMPARE(dashboard->latencyChart()->markerLabels(), QStringList({u"deploy v1.1.0 → green"_s}));
        // A live probe reaches the open dashboard.
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->model().seriesOf(u"blue"_s)->samples.isEmpty(), 10000);

        // The View action reuses the window and picks production by default.
        auto *action = window.findChild<QAction *>(u"healthAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+H"_s));
        action->trigger();
        QCOMPARE(window.findChildren<ui::HealthDashboard *>().size(), 1);
        QCOMPARE(dashboard->model().environment(), m_envs.value(u"production"_s));
        QCOMPARE(dashboard->findChild<QComboBox *>(u"environmentCombo"_s)->currentText(), u"production"_s);
    }

    void triggerShowsInTheStatusBar()
    {
        ui::MainWindow window(*m_context);
        auto *label = window.findChild<QLabel *>(u"triggerLabel"_s);
        QVERIFY(label);
        QVERIFY(label->isHidden());
        QCOMPARE(window.triggerNotifier().lastText(), QString());
        window.notifyTriggerFired(u"production"_s, u"error rate 31 % over 5 min (threshold 5 %)"_s);
        QVERIFY(!label->isHidden());
        QVERIFY2(label->text().contains(u"Trigger fired in production"_s), qPrintable(label->text()));
        QVERIFY(label->text().contains(u"error rate 31 % over 5 min (threshold 5 %)"_s));
        QCOMPARE(window.triggerNotifier().firedCount(), 1);
        QVERIFY(window.statusBar()->currentMessage().contains(u"error rate 31 %"_s));
    }

    void dashboardReadsTheStoredSamples()
    {
        // History written before this session (e.g. by `switchyard monitor` or an earlier run).
        const core::EnvironmentId env = m_envs.value(u"production"_s);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-600);
        QList<core::HealthSample> stored;
        for (int i = 0; i < 5; ++i) {
            core::HealthSample s;
            s.environmentId = env;
            s.slot = i % 2 ? u"green"_s : u"blue"_s;
            s.time = t0.addSecs(i * 5);
            s.status = i == 3 ? core::HealthSample::Status::Unhealthy : core::HealthSample::Status::Healthy;
            s.httpStatus = i == 3 ? 503 : 200;
            s.latencyMs = 10 + i;
            stored << s;
        }
        core::HealthSample router = stored.first();
        router.source = core::HealthSample::Source::Router;
        router.time = t0.addSecs(1);
        stored << router;
        QVERIFY(m_ws->healthSamples().append(stored).ok());

        ui::MainWindow window(*m_context);
        ui::StoredHealthSource &source = window.healthWatch().source();
        QCOMPARE(source.slotNames(env).value(), (QStringList{u"blue"_s, u"green"_s}));
        // Closed range, probe samples only, as the repository holds them.
        const auto green = source.samples(env, u"green"_s, t0, t0.addSecs(15)).value();
        QCOMPARE(green.size(), 2);
        QCOMPARE(green.at(0).time, t0.addSecs(5));
        QCOMPARE(green.at(1).time, t0.addSecs(15));
        QCOMPARE(green.at(1).httpStatus, 503);
        QCOMPARE(source.samples(env, u"blue"_s, t0, t0.addSecs(20)).value().size(), 3);
        QVERIFY(source.samples(env, u"blue"_s, t0.addSecs(-60), t0.addSecs(-1)).value().isEmpty());

        // Live: the monitor's probes of this session arrive through sampleAdded (nothing listens on the
        // slots' ports, so they are failures).
        QSignalSpy live(&source, &ui::HealthSeriesSource::sampleAdded);
        window.healthWatch().monitor().probeNow();
        QTRY_VERIFY_WITH_TIMEOUT(live.count() >= 4, 10000);
        QVERIFY(window.healthWatch().monitor().flush().ok());
        QVERIFY(m_ws->healthSamples().rawCount(env).value() > 6);
    }
};

QTEST_MAIN(TestHealthInMainWindow)
#include "TestHealthInMainWindow.moc"
