// Automatic rollback end to end on real parts: a private nginx, real sample-service slots made sick at run
// time (POST /__faults), the health monitor, the trigger watcher and the ordinary rollback deployment.
#include <algorithm>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "EngineFixture.h"
#include "SampleFaultClient.h"
#include "core/health/HealthMonitor.h"
#include "core/incidents/IncidentRepository.h"
#include "core/incidents/Incidents.h"
#include "core/incidents/Timeline.h"
#include "core/incidents/TriggerIncidentSink.h"
#include "core/model/Deployment.h"
#include "core/policy/TriggerWatcher.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/HealthSampleRepository.h"
#include "core/store/RollbackTriggerRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::RollbackTrigger;
using core::TriggerAction;
using core::TriggerMetric;

namespace {

// Test-sized seed-003 trigger: error rate > 5 % over 3 s, at least 10 samples, roll back now.
constexpr qint64 kWindowMs = 3000;
// The rollback must be done within this long after the slot turned sick: the window (the breach becomes
// visible within it) plus one rollback (switch + verification, well under a second on loopback) with room
// for a loaded CI machine.
constexpr int kRollbackWithinMs = kWindowMs + 12000;

RollbackTrigger fastErrorRate()
{
    RollbackTrigger t;
    t.metric = TriggerMetric::ErrorRate;
    t.threshold = 0.05;
    t.windowMs = kWindowMs;
    t.minSamples = 10;
    t.action = TriggerAction::RollBackNow;
    t.cooldownMs = 60 * 1000;
    return t;
}

QList<core::AuditEntry> auditWith(core::Workspace &ws, const QString &action)
{
    QList<core::AuditEntry> out;
    for (const core::AuditEntry &e : ws.audit().entries().value()) {
        if (e.action == action)
            out << e;
    }
    return out;
}

class Recorder final : public core::IncidentSink
{
public:
    void triggerFired(const core::TriggerEvent &event) override { fired << event; }
    void rollbackOutcome(const core::TriggerEvent &,
                         core::DeploymentId rollback,
                         bool blocked,
                         const core::Status &status) override
    {
        outcomes << std::make_tuple(rollback, blocked, status.ok());
    }
    QList<core::TriggerEvent> fired;
    QList<std::tuple<core::DeploymentId, bool, bool>> outcomes;
};

// The health monitor (every 100 ms) and the trigger watcher over the fixture's workspace, automatic
// rollbacks opening incidents through core::Incidents with a Recorder listening. Nothing runs before start().
struct Watch
{
    Q_DISABLE_COPY_MOVE(Watch)

    explicit Watch(EngineFixture &f)
        : monitor(f.workspace(), f.nam())
        , watcher(f.workspace(), f.nam(), monitor, u"test-monitor"_s)
        , incidentService(f.workspace())
        , incidentSink(incidentService, u"test-monitor"_s, &incidents)
    {
        core::HealthMonitor::Options options;
        options.intervalMs = 100;
        monitor.setOptions(options);
        watcher.setIncidentSink(&incidentSink);
    }
    void start()
    {
        monitor.start();
        watcher.start();
    }

    core::HealthMonitor monitor;
    core::TriggerWatcher watcher;
    Recorder incidents;
    core::Incidents incidentService;
    core::TriggerIncidentSink incidentSink;
};

} // namespace

class TestAutoRollback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sickLiveSlotIsRolledBack();
    void sickStandbyBlocksTheRollback();

private:
    // Starts the fixture, deploys v1.2.0 to green and sets the fast trigger.
    void deployToGreen(EngineFixture &f);
};

void TestAutoRollback::deployToGreen(EngineFixture &f)
{
    auto started = f.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    QVERIFY(f.workspace().triggers().replace(f.environmentId(), {fastErrorRate()}).ok());
    const auto deployed = f.deploy(u"v1.2.0"_s);
    QVERIFY2(deployed.ok(), qPrintable(deployed.ok() ? QString() : deployed.error().toString()));
    QCOMPARE(f.liveSlot(), u"green"_s);
    QCOMPARE(f.servedByThroughRouter(), u"green"_s);
}

void TestAutoRollback::sickLiveSlotIsRolledBack()
{
    EngineFixture f;
    deployToGreen(f);
    if (QTest::currentTestFailed())
        return;
    core::Workspace &ws = f.workspace();
    const qint64 deploymentsBefore = ws.deployments().list().value().size();

    Watch watch(f);
    core::HealthMonitor &monitor = watch.monitor;
    core::TriggerWatcher &watcher = watch.watcher;
    const Recorder &incidents = watch.incidents;
    core::Incidents &incidentService = watch.incidentService;
    QSignalSpy fired(&watcher, &core::TriggerWatcher::triggerFired);
    QSignalSpy started(&watcher, &core::TriggerWatcher::rollbackStarted);
    QSignalSpy finished(&watcher, &core::TriggerWatcher::rollbackFinished);
    QSignalSpy blocked(&watcher, &core::TriggerWatcher::rollbackBlocked);
    QSignalSpy notified(&watcher, &core::TriggerWatcher::notification);
    watch.start();

    // Healthy first: both slots probed, nothing fires.
    QTRY_VERIFY_WITH_TIMEOUT(monitor.window(f.environmentId(), u"blue"_s) &&
                                 monitor.window(f.environmentId(), u"blue"_s)->count() >= 10 &&
                                 monitor.window(f.environmentId(), u"green"_s)->count() >= 20,
                             10000);
    QCOMPARE(fired.count(), 0);

    // The new live slot fails 30 % of its requests from now on.
    const auto sick = testsupport::setSampleFaults(*f.nam(), f.sandbox().slotPort(u"green"_s),
                                                   QJsonObject{{u"errorRate"_s, 0.3}});
    QVERIFY2(sick.ok(), qPrintable(sick.ok() ? QString() : sick.error().message));
    QElapsedTimer sinceSick;
    sinceSick.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kRollbackWithinMs);
    const qint64 tookMs = sinceSick.elapsed();
    qInfo("automatic rollback done %lld ms after the live slot turned sick (window %lld ms)", tookMs,
          kWindowMs);
    QVERIFY(tookMs < kRollbackWithinMs);

    QCOMPARE(fired.count(), 1);
    QCOMPARE(blocked.count(), 0);
    QCOMPARE(started.count(), 1);
    const auto event = fired.first().first().value<core::TriggerEvent>();
    QCOMPARE(event.slot, u"green"_s);
    QCOMPARE(event.version, u"v1.2.0"_s);
    QVERIFY2(event.value > 0.05, qPrintable(QString::number(event.value)));
    QVERIFY(event.figures.sampleCount() >= 10);
    const auto status = finished.first().at(2).value<core::Status>();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    const auto rollbackId = finished.first().at(1).value<core::DeploymentId>();

    // Traffic is back on blue, and the workspace says so.
    QCOMPARE(f.liveSlot(), u"blue"_s);
    QCOMPARE(f.servedByThroughRouter(), u"blue"_s);

    // Journal: an ordinary rollback deployment, every step succeeded, with the trigger in its output.
    const core::Deployment rollback = ws.deployments().get(rollbackId).value();
    QCOMPARE(rollback.kind, core::DeploymentKind::Rollback);
    QCOMPARE(rollback.status, core::DeploymentStatus::Succeeded);
    QCOMPARE(rollback.toSlot, u"blue"_s);
    QCOMPARE(ws.deployments().list().value().size(), deploymentsBefore + 1);
    QVERIFY(!ws.deployments().steps(rollbackId).value().isEmpty());
    for (const core::StepRecord &r : ws.deployments().steps(rollbackId).value())
        QCOMPARE(r.status, core::StepStatus::Succeeded);
    bool journaled = false;
    for (const core::LogLine &line : ws.deployments().log(rollbackId).value())
        journaled =
            journaled || (line.step == u"trigger" && line.line.contains(u"error rate > 5.0 % over 3 s"_s));
    QVERIFY(journaled);

    // Audit: the trigger with the figures that fired it, the rollback it started, and how it ended.
    const auto firedEntries = auditWith(ws, u"trigger.fired"_s);
    QCOMPARE(firedEntries.size(), 1);
    QCOMPARE(firedEntries.first().actor, u"test-monitor"_s);
    QCOMPARE(firedEntries.first().subject, u"environment/sandbox"_s);
    const QJsonObject details = firedEntries.first().details;
    QCOMPARE(details.value(u"trigger"_s).toObject().value(u"metric"_s).toString(), u"error_rate"_s);
    QVERIFY(details.value(u"figures"_s).toObject().value(u"error_rate"_s).toDouble() > 0.05);
    QVERIFY(details.value(u"figures"_s).toObject().value(u"samples"_s).toInt() >= 10);
    QCOMPARE(auditWith(ws, u"trigger.rollback_started"_s).size(), 1);
    QCOMPARE(auditWith(ws, u"trigger.rollback_started"_s).first().details.value(u"deployment"_s).toInteger(),
             rollbackId);
    QCOMPARE(auditWith(ws, u"trigger.rollback_succeeded"_s).size(), 1);
    QVERIFY(!auditWith(ws, u"rollback.started"_s).isEmpty());
    QVERIFY(ws.audit().verify().value().intact());

    // The hooks for incidents and notifications were told.
    QCOMPARE(incidents.fired.size(), 1);
    QCOMPARE(incidents.outcomes.size(), 1);
    QCOMPARE(std::get<0>(incidents.outcomes.first()), rollbackId);
    QCOMPARE(std::get<1>(incidents.outcomes.first()), false);
    QVERIFY(notified.count() >= 2);
    // The automatic rollback opened a P1 incident linked to the rollback deployment; its timeline shows it.
    QVERIFY(watch.incidentSink.lastIncident().has_value());
    const auto linkedTo = incidentService.repository().incidentsOf(rollbackId).value();
    QCOMPARE(linkedTo, QList<core::IncidentId>{*watch.incidentSink.lastIncident()});
    const core::Incident incident = incidentService.repository().get(linkedTo.first()).value();
    QCOMPARE(incident.severity, core::Severity::P1);
    QVERIFY(incident.automatic);
    QVERIFY(std::any_of(incident.links.cbegin(), incident.links.cend(), [&](const core::IncidentLink &l) {
        return l.deploymentId == rollbackId && l.relation == u"rollback"_s;
    }));
    QVERIFY(incident.summary.contains(u"error rate > 5.0 % over 3 s"_s));
    const auto timeline =
        core::Timeline::standard(ws, incidentService.repository())->assemble(incident).value();
    QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(),
                        [&](const core::TimelineEvent &e) { return e.refId == rollbackId; }));

    // The cool-down holds: green stays sick (now standby) and blue is live and healthy: nothing more fires.
    QTest::qWait(1500);
    QCOMPARE(fired.count(), 1);
    // Samples reached the workspace.
    QVERIFY(monitor.flush().ok());
    QVERIFY(ws.healthSamples().rawCount(f.environmentId()).value() > 40);
    monitor.stop();
}

void TestAutoRollback::sickStandbyBlocksTheRollback()
{
    EngineFixture f;
    deployToGreen(f);
    if (QTest::currentTestFailed())
        return;
    core::Workspace &ws = f.workspace();
    const qint64 deploymentsBefore = ws.deployments().list().value().size();

    Watch watch(f);
    core::HealthMonitor &monitor = watch.monitor;
    core::TriggerWatcher &watcher = watch.watcher;
    const Recorder &incidents = watch.incidents;
    QSignalSpy fired(&watcher, &core::TriggerWatcher::triggerFired);
    QSignalSpy finished(&watcher, &core::TriggerWatcher::rollbackFinished);
    QSignalSpy blocked(&watcher, &core::TriggerWatcher::rollbackBlocked);
    watch.start();

    // The standby (blue, the rollback target) is sick first, for a whole window.
    QVERIFY(testsupport::setSampleFaults(*f.nam(), f.sandbox().slotPort(u"blue"_s),
                                         QJsonObject{{u"errorRate"_s, 0.3}})
                .ok());
    QTest::qWait(static_cast<int>(kWindowMs));
    QCOMPARE(fired.count(), 0); // the standby's health fires nothing by itself
    QVERIFY(testsupport::setSampleFaults(*f.nam(), f.sandbox().slotPort(u"green"_s),
                                         QJsonObject{{u"errorRate"_s, 0.3}})
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(blocked.count() == 1, kRollbackWithinMs);
    const QString reason = blocked.first().at(1).toString();
    qInfo("%s", qPrintable(reason));
    QVERIFY2(reason.contains(u"refused"_s) && reason.contains(u"standby slot blue is unhealthy"_s),
             qPrintable(reason));
    QVERIFY2(reason.contains(u"Traffic stays on green"_s), qPrintable(reason));

    // Nothing moved: green still live, no rollback deployment.
    QCOMPARE(finished.count(), 0);
    QCOMPARE(f.liveSlot(), u"green"_s);
    QCOMPARE(f.servedByThroughRouter(), u"green"_s);
    QCOMPARE(ws.deployments().list().value().size(), deploymentsBefore);

    // Audited with the reason; the incident hook heard it was blocked.
    QCOMPARE(auditWith(ws, u"trigger.fired"_s).size(), 1);
    const auto entries = auditWith(ws, u"trigger.rollback_blocked"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().details.value(u"reason"_s).toString(), reason);
    QVERIFY(auditWith(ws, u"trigger.rollback_started"_s).isEmpty());
    QCOMPARE(incidents.outcomes.size(), 1);
    QCOMPARE(std::get<1>(incidents.outcomes.first()), true);
    QVERIFY(!watch.incidentSink.lastIncident().has_value()); // no rollback deployment, no incident
    // The cool-down keeps it from repeating every round.
    QTest::qWait(1000);
    QCOMPARE(blocked.count(), 1);
    monitor.stop();
}

QTEST_GUILESS_MAIN(TestAutoRollback)
#include "TestAutoRollback.moc"
