// The approvals step in the engine, on real nginx and slots: a deployment needing approval parks
// in the approvals step (journaled, environment held), continues on resume once enough valid
// approvals are recorded, and the switch re-checks the rule at the last moment.
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include "EngineFixture.h"
#include "core/crypto/Ed25519.h"
#include "core/engine/DeploymentSession.h"
#include "core/engine/Planner.h"
#include "core/engine/ProcessIdentity.h"
#include "core/policy/ApprovalService.h"
#include "core/store/AuditLog.h"
#include "core/store/AuditVerifier.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/IdentityRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::ApprovalSignature;

class TestApprovalFlow : public QObject
{
    Q_OBJECT

    QMap<QString, std::shared_ptr<core::Ed25519>> m_keys;

    enum class Mode
    {
        Deploy,
        Rollback,
        Resume
    };

    static core::Status run(EngineFixture &f, Mode mode, const core::Plan &plan, core::DeploymentId *id)
    {
        core::DeploymentSession session(f.workspace(), f.nam(), u"tester"_s);
        QEventLoop loop;
        core::Status outcome = core::Error{u"test.timeout"_s, u"no end within 60 s"_s, {}};
        QObject::connect(&session, &core::DeploymentSession::finished, &loop, [&](const core::Status &s) {
            outcome = s;
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (mode == Mode::Deploy)
            session.deploy(plan);
        else if (mode == Mode::Rollback)
            session.rollback(plan);
        else
            session.resume(*id);
        loop.exec();
        if (mode != Mode::Resume)
            *id = session.deploymentId();
        return outcome;
    }

    void setUp(EngineFixture &f, const core::ApprovalPolicy &policy)
    {
        auto started = f.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        core::IdentityRepository identities(f.workspace().database(), f.workspace().dialect());
        for (const QString &name : {u"tester"_s, u"bob"_s, u"carol"_s}) {
            auto key = core::Ed25519::generate();
            m_keys.insert(name, std::make_shared<core::Ed25519>(std::move(*key)));
            QVERIFY(identities.create(name, m_keys.value(name)->publicKey(), {}).ok());
        }
        QVERIFY(core::ApprovalService(f.workspace())
                    .setPolicy(f.environmentId(), policy, u"tester"_s, nullptr)
                    .ok());
    }

    core::Status approve(EngineFixture &f, const QString &who, core::DeploymentId id)
    {
        ApprovalSignature a;
        a.planDigest = f.workspace().deployments().get(id)->planDigest;
        a.signedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        a.expiresAt = a.signedAt.addSecs(600);
        if (!a.sign(*m_keys.value(who)).ok())
            qFatal("sign");
        auto stored = core::ApprovalService(f.workspace()).submit(a, id, u"local"_s, who);
        if (!stored.ok())
            return stored.error();
        return {};
    }

    static core::ApprovalPolicy twoApprovals()
    {
        core::ApprovalPolicy p;
        p.requiredApprovals = 2;
        return p;
    }

private Q_SLOTS:
    void deploymentWaitsForApprovalsThenResumes()
    {
        EngineFixture f;
        setUp(f, twoApprovals());
        auto plan = core::Planner(f.workspace(), f.nam()).planDeploy(u"sandbox"_s, u"v1.2.0"_s);
        QVERIFY(plan.ok());
        const int gate = plan->indexOf(u"approvals"_s);
        QVERIFY(gate > 0);
        QCOMPARE(plan->steps.at(gate + 1).name, u"switch"_s);

        core::DeploymentId id = 0;
        auto parked = run(f, Mode::Deploy, *plan, &id);
        QCOMPARE(parked.error().code, u"policy.awaiting_approval"_s);
        QVERIFY2(parked.error().message.contains(u"0 of 2"_s), qPrintable(parked.error().message));
        QVERIFY2(parked.error().message.contains(u"bob, carol"_s), qPrintable(parked.error().message));
        // Parked: still running, the approvals step pending, traffic untouched, the environment held.
        const core::Deployment d = f.workspace().deployments().get(id).value();
        QCOMPARE(d.status, core::DeploymentStatus::Running);
        QCOMPARE(d.currentStep, u"approvals"_s);
        QCOMPARE(f.workspace().deployments().steps(id)->constLast().status, core::StepStatus::Pending);
        QCOMPARE(f.servedByThroughRouter(), u"blue"_s);
        QCOMPARE(f.workspace().deployments().lock(f.environmentId())->value().holder,
                 core::ProcessIdentity::awaitingApproval());
        QCOMPARE(f.workspace().audit().entries()->constLast().action, u"deployment.awaiting_approval"_s);

        // Another deployment to the environment is told why it must wait.
        auto other = core::Planner(f.workspace(), f.nam()).planDeploy(u"sandbox"_s, u"v1.1.0"_s);
        QVERIFY(other.ok());
        core::DeploymentId otherId = 0;
        auto blocked = run(f, Mode::Deploy, *other, &otherId);
        QCOMPARE(blocked.error().code, u"deploy.locked"_s);
        QVERIFY2(blocked.error().message.contains(u"awaiting approval"_s),
                 qPrintable(blocked.error().message));

        // One approval is not enough: resuming parks again.
        QVERIFY(approve(f, u"bob"_s, id).ok());
        QCOMPARE(run(f, Mode::Resume, {}, &id).error().code, u"policy.awaiting_approval"_s);
        QCOMPARE(f.servedByThroughRouter(), u"blue"_s);
        // The requester cannot be the second.
        QCOMPARE(approve(f, u"tester"_s, id).error().code, u"policy.self_approval"_s);
        QVERIFY(approve(f, u"carol"_s, id).ok());
        auto done = run(f, Mode::Resume, {}, &id);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
        QCOMPARE(f.servedByThroughRouter(), u"green"_s);
        QCOMPARE(f.workspace().deployments().get(id)->status, core::DeploymentStatus::Succeeded);
        QVERIFY(!f.workspace().deployments().lock(f.environmentId())->has_value());
        auto report = core::AuditVerifier(f.workspace().database(), f.workspace().dialect()).verify();
        QVERIFY2(report->intact(), qPrintable(report->reason));
    }

    void rejectionEndsTheDeployment()
    {
        EngineFixture f;
        setUp(f, twoApprovals());
        auto plan = core::Planner(f.workspace(), f.nam()).planDeploy(u"sandbox"_s, u"v1.2.0"_s);
        core::DeploymentId id = 0;
        QCOMPARE(run(f, Mode::Deploy, *plan, &id).error().code, u"policy.awaiting_approval"_s);
        QVERIFY(approve(f, u"bob"_s, id).ok());
        ApprovalSignature no;
        no.planDigest = plan->digest();
        no.decision = ApprovalSignature::Decision::Reject;
        no.comment = u"not during the sale"_s;
        no.signedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        no.expiresAt = no.signedAt.addSecs(600);
        QVERIFY(no.sign(*m_keys.value(u"carol"_s)).ok());
        QVERIFY(core::ApprovalService(f.workspace()).submit(no, id, u"local"_s, u"carol"_s).ok());
        auto resumed = run(f, Mode::Resume, {}, &id);
        QCOMPARE(resumed.error().code, u"policy.rejected"_s);
        QVERIFY2(resumed.error().message.contains(u"carol"_s), qPrintable(resumed.error().message));
        QCOMPARE(f.workspace().deployments().get(id)->status, core::DeploymentStatus::Failed);
        QCOMPARE(f.servedByThroughRouter(), u"blue"_s);
    }

    void switchRechecksThePolicy()
    {
        // Planned while no approval was required; the policy tightened before it ran: the switch
        // refuses, traffic stays where it was.
        EngineFixture f;
        setUp(f, core::ApprovalPolicy{});
        auto plan = core::Planner(f.workspace(), f.nam()).planDeploy(u"sandbox"_s, u"v1.2.0"_s);
        QVERIFY(plan.ok());
        QCOMPARE(plan->indexOf(u"approvals"_s), -1);
        QVERIFY(core::ApprovalService(f.workspace())
                    .setPolicy(f.environmentId(), twoApprovals(), u"tester"_s, nullptr)
                    .ok());
        core::DeploymentId id = 0;
        auto outcome = run(f, Mode::Deploy, *plan, &id);
        QCOMPARE(outcome.error().code, u"policy.approval_lapsed"_s);
        QVERIFY2(outcome.error().message.contains(u"switch"_s), qPrintable(outcome.error().message));
        QCOMPARE(f.servedByThroughRouter(), u"blue"_s);
        QCOMPARE(f.workspace().deployments().get(id)->currentStep, u"switch"_s);
    }

    void emergencyRollbackGoesAloneAndIsFlagged()
    {
        EngineFixture f;
        core::ApprovalPolicy policy = twoApprovals();
        policy.forDeploy = false;
        policy.emergencyRollback = true;
        setUp(f, policy);
        core::DeploymentId id = 0;
        auto deployed = f.deploy(u"v1.2.0"_s, &id); // deploys need no approval under this policy
        QVERIFY2(deployed.ok(), qPrintable(deployed.ok() ? QString() : deployed.error().toString()));
        auto plan = core::Planner(f.workspace(), f.nam()).planRollback(u"sandbox"_s);
        QVERIFY(plan.ok());
        QVERIFY(plan->indexOf(u"approvals"_s) >= 0);
        // Not an emergency: it waits like anything else.
        core::DeploymentId rollbackId = 0;
        QCOMPARE(run(f, Mode::Rollback, *plan, &rollbackId).error().code, u"policy.awaiting_approval"_s);
        auto undo = f.workspace().deployments().get(rollbackId).value();
        // (A rollback of the parked rollback would be the way out; here the emergency is declared.)
        QVERIFY(f.workspace()
                    .deployments()
                    .takeOverLock(f.workspace().deployments().lock(f.environmentId())->value(), rollbackId,
                                  u"test:0:"_s)
                    .ok());
        QVERIFY(f.workspace().deployments().releaseLock(f.environmentId(), u"test:0:"_s).ok());
        QVERIFY(f.workspace()
                    .deployments()
                    .setStatus(rollbackId, core::DeploymentStatus::Aborted, u"test"_s)
                    .ok());
        plan->emergency = true;
        QVERIFY(run(f, Mode::Rollback, *plan, &rollbackId).ok());
        QCOMPARE(f.servedByThroughRouter(), u"blue"_s);
        bool flagged = false;
        for (const core::AuditEntry &e : f.workspace().audit().entries().value())
            flagged |=
                e.action == u"approval.emergency_bypass" && e.details.value(u"review_required"_s).toBool();
        QVERIFY(flagged);
        Q_UNUSED(undo)
    }
};

QTEST_GUILESS_MAIN(TestApprovalFlow)
#include "TestApprovalFlow.moc"
