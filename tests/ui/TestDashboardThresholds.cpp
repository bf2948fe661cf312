// The dashboard's threshold lines come from the environment's stored rollback triggers (not from seed
// defaults), offscreen on a real SQLite workspace: the first reload draws what is stored, saving other
// triggers (through the repository or TriggerSettingsDialog) moves the lines at once, a disabled trigger
// removes its line, and each environment keeps its own.
#include <memory>

#include <QDoubleSpinBox>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/model/Service.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/HealthSampleRepository.h"
#include "core/store/RollbackTriggerRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"
#include "ui/HealthDashboard.h"
#include "ui/TriggerSettingsDialog.h"
#include "ui/health/HealthChart.h"
#include "ui/health/StoredHealthSource.h"
#include "ui/health/TriggerThresholds.h"

using namespace Qt::StringLiterals;
using core::RollbackTrigger;
using core::TriggerAction;
using core::TriggerMetric;

namespace {

RollbackTrigger trigger(TriggerMetric metric, double threshold, qint64 windowMs, bool enabled = true)
{
    RollbackTrigger t;
    t.metric = metric;
    t.threshold = threshold;
    t.windowMs = windowMs;
    t.minSamples = 5;
    t.action = TriggerAction::AlertOnly;
    t.cooldownMs = 60000;
    t.enabled = enabled;
    return t;
}

double lineLevel(const ui::HealthChart *chart)
{
    const QList<QPointF> points = chart->thresholdSeries()->points();
    return points.size() == 2 && points.at(0).y() == points.at(1).y() ? points.at(0).y() : -1.0;
}

} // namespace

class TestDashboardThresholds : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    core::EnvironmentId m_staging = 0;
    core::EnvironmentId m_production = 0;
    int m_n = 0;

private Q_SLOTS:
    void init()
    {
        auto ws = core::Workspace::open(m_dir.filePath(u"thresholds-%1.sqlite"_s.arg(++m_n)));
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        m_ws = std::move(*ws);
        const auto service = m_ws->services().create(core::Service{0, u"shop"_s, {}}).value();
        for (const QString &name : {u"staging"_s, u"production"_s}) {
            core::Environment env;
            env.serviceId = service;
            env.name = name;
            env.position = name == u"staging" ? 0 : 1;
            env.routerKind = u"nginx"_s;
            const core::EnvironmentId id = m_ws->environments().create(env).value();
            (name == u"staging" ? m_staging : m_production) = id;
            for (const QString &slotName : {u"blue"_s, u"green"_s}) {
                core::Slot slot;
                slot.environmentId = id;
                slot.name = slotName;
                slot.role = slotName == u"blue" ? core::SlotRole::Live : core::SlotRole::Standby;
                slot.healthUrl = u"http://127.0.0.1:1/api/health/system"_s;
                QVERIFY(m_ws->environments().addSlot(slot).ok());
            }
        }
    }

    void cleanup() { m_ws.reset(); }

    void firstToFirePerMetric()
    {
        // The lowest enabled threshold per metric (a tie: the shorter window); other metrics are ignored.
        const ui::HealthThresholds t = ui::thresholdsOf({
            trigger(TriggerMetric::ErrorRate, 0.10, 120000),
            trigger(TriggerMetric::ErrorRate, 0.02, 300000, false),
            trigger(TriggerMetric::ErrorRate, 0.08, 600000),
            trigger(TriggerMetric::ErrorRate, 0.08, 60000),
            trigger(TriggerMetric::LatencyP95, 1200, 180000),
            trigger(TriggerMetric::LatencyP99, 300, 60000),
            trigger(TriggerMetric::ConsecutiveFailures, 3, 60000),
        });
        QVERIFY(t.hasErrorRate);
        QCOMPARE(t.errorRate, 0.08);
        QCOMPARE(t.errorWindowMs, 60000);
        QVERIFY(t.hasP95Latency);
        QCOMPARE(t.p95LatencyMs, 1200);
        QCOMPARE(t.latencyWindowMs, 180000);

        const ui::HealthThresholds none =
            ui::thresholdsOf({trigger(TriggerMetric::ErrorRate, 0.1, 60000, false)});
        QVERIFY(!none.hasErrorRate);
        QVERIFY(!none.hasP95Latency);
    }

    void modelReadsTheStoredTriggers()
    {
        QVERIFY(m_ws->triggers()
                    .replace(m_production, {trigger(TriggerMetric::ErrorRate, 0.12, 120000),
                                            trigger(TriggerMetric::LatencyP95, 750, 240000)})
                    .ok());
        ui::StoredHealthSource source(*m_ws);
        ui::HealthDashboardModel model(source);
        model.setEnvironment(m_production);
        QVERIFY(model.reload(QDateTime::currentDateTimeUtc()).ok());
        QCOMPARE(model.thresholds().errorRate, 0.12);
        QCOMPARE(model.thresholds().errorWindowMs, 120000);
        QCOMPARE(model.thresholds().p95LatencyMs, 750);
        QCOMPARE(model.thresholds().latencyWindowMs, 240000);
        // Staging has none configured: seed 003's defaults, as stored on first use.
        model.setEnvironment(m_staging);
        QVERIFY(model.reload(QDateTime::currentDateTimeUtc()).ok());
        QCOMPARE(model.thresholds().errorRate, 0.05);
        QCOMPARE(model.thresholds().errorWindowMs, 5 * 60 * 1000);
        QCOMPARE(model.thresholds().p95LatencyMs, 5000);
        QCOMPARE(model.thresholds().latencyWindowMs, 10 * 60 * 1000);
        QCOMPARE(m_ws->triggers().forEnvironment(m_staging).value().size(), 3);
    }

    void savingMovesTheLinesLive()
    {
        // Some recent production samples around 2 s, so that the latency lines are on the scale.
        QList<core::HealthSample> recent;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 20; ++i) {
            core::HealthSample s;
            s.environmentId = m_production;
            s.slot = i % 2 ? u"green"_s : u"blue"_s;
            s.time = now.addSecs(-300 + 10 * i);
            s.status = core::HealthSample::Status::Healthy;
            s.httpStatus = 200;
            s.latencyMs = 1900 + 10 * i;
            recent << s;
        }
        QVERIFY(m_ws->healthSamples().append(recent).ok());
        ui::StoredHealthSource source(*m_ws);
        ui::HealthDashboard dashboard(source);
        dashboard.resize(1000, 700);
        dashboard.setEnvironments({{u"staging"_s, m_staging}, {u"production"_s, m_production}});
        dashboard.showEnvironment(m_production);
        dashboard.show();
        QCOMPARE(lineLevel(dashboard.errorRateChart()), 5.0); // percent
        QCOMPARE(lineLevel(dashboard.latencyChart()), 5000.0);

        // Through the repository (what the CLI and the dialog both call): the signal redraws at once.
        QSignalSpy changed(&source, &ui::HealthSeriesSource::markersChanged);
        QVERIFY(m_ws->triggers()
                    .replace(m_production, {trigger(TriggerMetric::ErrorRate, 0.2, 60000),
                                            trigger(TriggerMetric::LatencyP95, 900, 120000)})
                    .ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<core::EnvironmentId>(), m_production);
        QCOMPARE(dashboard.model().thresholds().errorRate, 0.2);
        QCOMPARE(lineLevel(dashboard.errorRateChart()), 20.0);
        QCOMPARE(lineLevel(dashboard.latencyChart()), 900.0);
        QVERIFY2(dashboard.errorRateChart()->thresholdSeries()->name().contains(u"20 %"_s),
                 qPrintable(dashboard.errorRateChart()->thresholdSeries()->name()));
        QVERIFY2(dashboard.latencyChart()->thresholdSeries()->name().contains(u"900 ms for 2 min"_s),
                 qPrintable(dashboard.latencyChart()->thresholdSeries()->name()));

        // Another environment's save leaves this one's lines alone.
        QVERIFY(m_ws->triggers().replace(m_staging, {trigger(TriggerMetric::ErrorRate, 0.5, 60000)}).ok());
        QCOMPARE(lineLevel(dashboard.errorRateChart()), 20.0);

        // Through the settings dialog: edit the error-rate row and save.
        ui::TriggerSettingsDialog dialog(*m_ws, m_production);
        auto *table = dialog.findChild<QTableWidget *>(u"triggerTable"_s);
        QVERIFY(table);
        auto *threshold =
            qobject_cast<QDoubleSpinBox *>(table->cellWidget(0, ui::TriggerSettingsDialog::ThresholdColumn));
        QVERIFY(threshold);
        threshold->setValue(7.5);
        QVERIFY(dialog.save());
        QCOMPARE(dashboard.model().thresholds().errorRate, 0.075);
        QCOMPARE(lineLevel(dashboard.errorRateChart()), 7.5);

        // Disabling the p95 trigger removes its line and says so in the legend.
        QList<RollbackTrigger> edited = dialog.triggers();
        for (RollbackTrigger &t : edited) {
            if (t.metric == TriggerMetric::LatencyP95)
                t.enabled = false;
        }
        dialog.setTriggers(edited);
        QVERIFY(dialog.save());
        QVERIFY(!dashboard.model().thresholds().hasP95Latency);
        QVERIFY(dashboard.latencyChart()->thresholdSeries()->points().isEmpty());
        QCOMPARE(dashboard.latencyChart()->thresholdSeries()->name(),
                 u"no rollback trigger on p95 latency"_s);
        QCOMPARE(lineLevel(dashboard.errorRateChart()), 7.5);

        // Switching environments shows the other one's stored line.
        dashboard.showEnvironment(m_staging);
        QCOMPARE(lineLevel(dashboard.errorRateChart()), 50.0);
        QVERIFY(!dashboard.model().thresholds().hasP95Latency);
    }
};

QTEST_MAIN(TestDashboardThresholds)
#include "TestDashboardThresholds.moc"
