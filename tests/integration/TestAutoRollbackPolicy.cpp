// An automatic rollback (a trigger firing on a sick live slot) under an approval policy that asks
// approvals for rollbacks, on real parts (nginx, sample-service slots, health monitor):
//  - the policy allows an emergency rollback: it goes at once, marked emergency, and the bypass is
//    audited for review afterwards;
//  - it does not: the rollback waits for approvals, and the watcher says so loudly (signal,
//    notification, audit, incident with a timeline note), never parking it silently.
#include <QSignalSpy>
#include <QTest>

#include "EngineFixture.h"
#include "SampleFaultClient.h"
#include "core/engine/Plan.h"
#include "core/health/HealthMonitor.h"
#include "core/incidents/IncidentRepository.h"
#include "core/incidents/Incidents.h"
#include "core/incidents/TriggerIncidentSink.h"
#include "core/model/Deployment.h"
#include "core/policy/ApprovalPolicy.h"
#include "core/policy/ApprovalService.h"
#include "core/policy/TriggerWatcher.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/RollbackTriggerRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kWithinMs = 20000;

core::RollbackTrigger fastErrorRate()
{
    core::RollbackTrigger t;
    t.metric = core::TriggerMetric::ErrorRate;
    t.threshold = 0.05;
    t.windowMs = 3000;
    t.minSamples = 10;
    t.action = core::TriggerAction::RollBackNow;
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

} // namespace

class TestAutoRollbackPolicy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> m_f;
    std::unique_ptr<core::HealthMonitor> m_monitor;
    std::unique_ptr<core::TriggerWatcher> m_watcher;
    std::unique_ptr<core::Incidents> m_incidents;
    std::unique_ptr<core::TriggerIncidentSink> m_sink;

    // v1.2.0 live on green, then the policy (two approvals for rollbacks), then green turns sick.
    void deployThenSicken(bool emergencyAllowed)
    {
        m_f = std::make_unique<EngineFixture>();
        auto started = m_f->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        core::Workspace &ws = m_f->workspace();
        QVERIFY(ws.triggers().replace(m_f->environmentId(), {fastErrorRate()}).ok());
        const auto deployed = m_f->deploy(u"v1.2.0"_s);
        QVERIFY2(deployed.ok(), qPrintable(deployed.ok() ? QString() : deployed.error().toString()));
        QCOMPARE(m_f->liveSlot(), u"green"_s);
        core::ApprovalPolicy policy;
        policy.requiredApprovals = 2;
        policy.forRollback = true;
        policy.emergencyRollback = emergencyAllowed;
        QVERIFY(core::ApprovalService(ws).setPolicy(m_f->environmentId(), policy, u"owner"_s, nullptr).ok());

        m_monitor = std::make_unique<core::HealthMonitor>(ws, m_f->nam());
        core::HealthMonitor::Options options;
        options.intervalMs = 100;
        m_monitor->setOptions(options);
        m_watcher = std::make_unique<core::TriggerWatcher>(ws, m_f->nam(), *m_monitor, u"test-monitor"_s);
        m_incidents = std::make_unique<core::Incidents>(ws);
        m_sink = std::make_unique<core::TriggerIncidentSink>(*m_incidents, u"test-monitor"_s);
        m_watcher->setIncidentSink(m_sink.get());
        m_monitor->start();
        m_watcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->window(m_f->environmentId(), u"green"_s) &&
                                     m_monitor->window(m_f->environmentId(), u"green"_s)->count() >= 10 &&
                                     m_monitor->window(m_f->environmentId(), u"blue"_s) &&
                                     m_monitor->window(m_f->environmentId(), u"blue"_s)->count() >= 10,
                                 10000);
        const auto sick = testsupport::setSampleFaults(*m_f->nam(), m_f->sandbox().slotPort(u"green"_s),
                                                       QJsonObject{{u"errorRate"_s, 0.3}});
        QVERIFY2(sick.ok(), qPrintable(sick.ok() ? QString() : sick.error().message));
    }

private Q_SLOTS:
    void cleanup()
    {
        if (m_monitor)
            m_monitor->stop();
        m_watcher.reset();
        m_sink.reset();
        m_incidents.reset();
        m_monitor.reset();
        m_f.reset();
    }

    void emergencyRollbackGoesAloneAndIsFlaggedForReview()
    {
        deployThenSicken(true);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy finished(m_watcher.get(), &core::TriggerWatcher::rollbackFinished);
        QSignalSpy waiting(m_watcher.get(), &core::TriggerWatcher::rollbackAwaitingApproval);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kWithinMs);
        const auto status = finished.first().at(2).value<core::Status>();
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        QCOMPARE(waiting.count(), 0);
        QCOMPARE(m_f->liveSlot(), u"blue"_s);
        QCOMPARE(m_f->servedByThroughRouter(), u"blue"_s);

        core::Workspace &ws = m_f->workspace();
        const auto rollbackId = finished.first().at(1).value<core::DeploymentId>();
        const core::Deployment rollback = ws.deployments().get(rollbackId).value();
        QCOMPARE(rollback.kind, core::DeploymentKind::Rollback);
        QCOMPARE(rollback.status, core::DeploymentStatus::Succeeded);
        QVERIFY(core::Plan::fromJson(rollback.plan).value().emergency);
        // The bypass is on the record, for review afterwards.
        const auto bypass = auditWith(ws, u"approval.emergency_bypass"_s);
        QVERIFY(!bypass.isEmpty());
        QCOMPARE(bypass.first().subject, u"deployment/%1"_s.arg(rollbackId));
        QVERIFY(bypass.first().details.value(u"review_required"_s).toBool());
        const auto startedEntries = auditWith(ws, u"trigger.rollback_started"_s);
        QCOMPARE(startedEntries.size(), 1);
        QVERIFY(startedEntries.first().details.value(u"emergency"_s).toBool());
        bool said = false;
        for (const core::LogLine &line : ws.deployments().log(rollbackId).value())
            said = said || line.line.contains(u"emergency rollback"_s);
        QVERIFY(said);
    }

    void withoutEmergencyTheRollbackSaysItWaitsForApproval()
    {
        deployThenSicken(false);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy finished(m_watcher.get(), &core::TriggerWatcher::rollbackFinished);
        QSignalSpy waiting(m_watcher.get(), &core::TriggerWatcher::rollbackAwaitingApproval);
        QSignalSpy notified(m_watcher.get(), &core::TriggerWatcher::notification);
        QTRY_VERIFY_WITH_TIMEOUT(waiting.count() == 1, kWithinMs);
        const auto rollbackId = waiting.first().at(1).value<core::DeploymentId>();
        const QString message = waiting.first().at(2).toString();
        QVERIFY2(message.contains(u"WAITING FOR APPROVAL"_s), qPrintable(message));
        QVERIFY2(message.contains(u"requires approvals for rollbacks"_s), qPrintable(message));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(2).value<core::Status>().error().code, u"policy.awaiting_approval"_s);
        bool notifiedWaiting = false;
        for (const QList<QVariant> &n : notified)
            notifiedWaiting = notifiedWaiting || n.at(0).toString().contains(u"waits for approval"_s);
        QVERIFY(notifiedWaiting);

        // Nothing moved without approvers: traffic is still on green, the rollback waits.
        core::Workspace &ws = m_f->workspace();
        QCOMPARE(m_f->liveSlot(), u"green"_s);
        const core::Deployment rollback = ws.deployments().get(rollbackId).value();
        QCOMPARE(rollback.kind, core::DeploymentKind::Rollback);
        QVERIFY(!core::Plan::fromJson(rollback.plan).value().emergency);
        QVERIFY(auditWith(ws, u"approval.emergency_bypass"_s).isEmpty());
        QCOMPARE(auditWith(ws, u"trigger.rollback_awaiting_approval"_s).size(), 1);
        QVERIFY(auditWith(ws, u"trigger.rollback_failed"_s).isEmpty());
        QVERIFY(!auditWith(ws, u"approval.requested"_s).isEmpty());

        // The incident says it too, in its summary and as a timeline note.
        QVERIFY(m_sink->lastIncident().has_value());
        const core::Incident incident = m_incidents->repository().get(*m_sink->lastIncident()).value();
        QVERIFY2(incident.summary.contains(u"waiting for approval"_s), qPrintable(incident.summary));
        bool noted = false;
        for (const core::IncidentEntry &e :
             m_incidents->repository().entries(*m_sink->lastIncident()).value())
            noted = noted || (e.kind == u"note" && e.body.contains(u"waiting for approval"_s));
        QVERIFY(noted);
    }
};

QTEST_GUILESS_MAIN(TestAutoRollbackPolicy)
#include "TestAutoRollbackPolicy.moc"
