// Approvals on a real workspace (SQLite): what counts, and every attack refused with its reason and
// an audit entry; audit verify re-checks the chain and every signature.
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/crypto/AuditSignature.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Ed25519.h"
#include "core/engine/Plan.h"
#include "core/model/Environment.h"
#include "core/model/Service.h"
#include "core/policy/ApprovalService.h"
#include "core/store/ApprovalRepository.h"
#include "core/store/AuditLog.h"
#include "core/store/AuditVerifier.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/IdentityRepository.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::ApprovalSignature;

class TestApprovals : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Workspace> m_ws;
    QMap<QString, std::shared_ptr<core::Ed25519>> m_keys;
    core::EnvironmentId m_production = 0;
    core::EnvironmentId m_staging = 0;
    core::DeploymentId m_deployment = 0;
    core::DeploymentId m_stagingDeployment = 0;

    core::DeploymentId
    createDeployment(core::EnvironmentId env, const QString &envName, const QString &version)
    {
        core::Plan plan;
        plan.service = u"shop"_s;
        plan.environment = envName;
        plan.environmentId = env;
        plan.version = version;
        plan.fromSlot = u"blue"_s;
        plan.toSlot = u"green"_s;
        plan.steps << core::PlanStep{u"approvals"_s, {}, {}} << core::PlanStep{u"switch"_s, {}, {}};
        core::Deployment d;
        d.environmentId = env;
        d.version = version;
        d.status = core::DeploymentStatus::Running;
        d.fromSlot = plan.fromSlot;
        d.toSlot = plan.toSlot;
        d.planDigest = plan.digest();
        d.plan = plan.toJson();
        d.requestedBy = u"alice"_s;
        return m_ws->deployments().create(d).value();
    }

    core::Deployment deployment(core::DeploymentId id = 0)
    {
        return m_ws->deployments().get(id ? id : m_deployment).value();
    }

    ApprovalSignature sign(const QString &who,
                           const QString &digest,
                           ApprovalSignature::Decision decision = ApprovalSignature::Decision::Approve,
                           qint64 signedSecsAgo = 0,
                           qint64 validSecs = 3600)
    {
        ApprovalSignature a;
        a.planDigest = digest;
        a.decision = decision;
        a.comment = u"checked the diff"_s;
        a.signedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC)
                         .addSecs(-signedSecsAgo);
        a.expiresAt = a.signedAt.addSecs(validSecs);
        if (!a.sign(*m_keys.value(who)).ok())
            qFatal("sign");
        return a;
    }

    core::Result<core::StoredApproval> submit(const ApprovalSignature &a, bool withDeployment = true)
    {
        return core::ApprovalService(*m_ws).submit(
            a, withDeployment ? std::optional<core::DeploymentId>(m_deployment) : std::nullopt, u"file"_s,
            u"alice"_s);
    }

    // The newest audit entry.
    core::AuditEntry lastAudit() { return m_ws->audit().entries().value().constLast(); }

    void
    expectRefused(const core::Result<core::StoredApproval> &r, const QString &code, const QString &reasonPart)
    {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(reasonPart), qPrintable(r.error().message));
        const core::AuditEntry e = lastAudit();
        QCOMPARE(e.action, u"approval.refused"_s);
        QCOMPARE(e.details.value(u"code"_s).toString(), code);
        QCOMPARE(e.details.value(u"reason"_s).toString(), r.error().message);
    }

    // Edits the file behind the workspace's back (dropping the triggers first), as another tool could.
    void tamper(const QStringList &statements)
    {
        m_ws.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : statements)
                QVERIFY2(q.exec(s), qPrintable(s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        m_ws = std::move(core::Workspace::open(m_path).value());
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(u"approvals-%1.sqlite"_s.arg(++n));
        auto ws = core::Workspace::open(m_path);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().toString()));
        m_ws = std::move(*ws);
        QCOMPARE(m_ws->schemaVersion().value(), core::SchemaMigrations::latestVersion());
        auto service = m_ws->services().create(core::Service{0, u"shop"_s, {}});
        core::Environment env;
        env.serviceId = *service;
        env.routerKind = u"nginx"_s;
        env.name = u"staging"_s;
        env.position = 1;
        m_staging = m_ws->environments().create(env).value();
        env.name = u"production"_s;
        env.position = 2;
        m_production = m_ws->environments().create(env).value();
        core::IdentityRepository identities(m_ws->database(), m_ws->dialect());
        m_keys.clear();
        for (const QString &name : {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"mallory"_s}) {
            auto key = core::Ed25519::generate();
            QVERIFY(key.ok());
            m_keys.insert(name, std::make_shared<core::Ed25519>(std::move(*key)));
            if (name != u"mallory") // mallory's key is never registered
                QVERIFY(identities.create(name, m_keys.value(name)->publicKey(), {u"approvers"_s}).ok());
        }
        core::ApprovalPolicy policy;
        policy.requiredApprovals = 2;
        QVERIFY(core::ApprovalService(*m_ws)
                    .setPolicy(m_production, policy, u"alice"_s, m_keys.value(u"alice"_s).get())
                    .ok());
        m_deployment = createDeployment(m_production, u"production"_s, u"v1.2.0"_s);
        m_stagingDeployment = createDeployment(m_staging, u"staging"_s, u"v1.2.0"_s);
    }
    void cleanup() { m_ws.reset(); }

    void twoApprovalsOpenTheGate()
    {
        core::ApprovalService service(*m_ws);
        const core::Deployment d = deployment();
        core::Plan plan = core::Plan::fromJson(d.plan).value();
        auto gate = service.gate(d, plan, u"approvals"_s);
        QCOMPARE(gate.error().code, u"policy.awaiting_approval"_s);
        QVERIFY2(gate.error().message.contains(u"0 of 2"_s), qPrintable(gate.error().message));
        QVERIFY(submit(sign(u"bob"_s, d.planDigest)).ok());
        QCOMPARE(lastAudit().action, u"approval.recorded"_s);
        QCOMPARE(lastAudit().details.value(u"identity"_s).toString(), u"bob"_s);
        QCOMPARE(service.gate(d, plan, u"approvals"_s).error().code, u"policy.awaiting_approval"_s);
        QVERIFY(submit(sign(u"carol"_s, d.planDigest)).ok());
        QVERIFY(service.gate(d, plan, u"switch"_s).ok());
        const auto eval = service.evaluate(d).value();
        QCOMPARE(eval.approvedBy, (QStringList{u"bob"_s, u"carol"_s}));
        // Everything recorded is verifiable from the workspace alone.
        auto report = core::AuditVerifier(m_ws->database(), m_ws->dialect()).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact(), qPrintable(report->reason));
        QCOMPARE(report->approvalsChecked, 2);
        QVERIFY(report->signaturesChecked >= 5); // policy change + 2 entries + 2 rows
    }

    void selfApprovalIsRefused()
    {
        expectRefused(submit(sign(u"alice"_s, deployment().planDigest)), u"policy.self_approval"_s,
                      u"alice requested this deployment"_s);
        // And the database itself refuses the row (trigger), whoever writes it.
        core::StoredApproval raw;
        raw.deploymentId = m_deployment;
        raw.identityId = core::IdentityRepository(m_ws->database(), m_ws->dialect()).byName(u"alice"_s)->id;
        raw.signature = sign(u"alice"_s, deployment().planDigest);
        raw.source = u"local"_s;
        raw.recordedBy = u"alice"_s;
        auto written = core::ApprovalRepository(m_ws->database(), m_ws->dialect()).record(raw);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(u"self-approval"_s), qPrintable(written.error().message));
    }

    void samePersonTwiceIsRefused()
    {
        QVERIFY(submit(sign(u"bob"_s, deployment().planDigest)).ok());
        expectRefused(submit(sign(u"bob"_s, deployment().planDigest)), u"policy.duplicate"_s,
                      u"bob already approved this plan"_s);
    }

    void approvalForAnotherDigestIsRefused()
    {
        const QString other = core::sha256Hex(QByteArray("some other plan"));
        expectRefused(submit(sign(u"bob"_s, other)), u"policy.other_plan"_s, u"another plan"_s);
        expectRefused(submit(sign(u"bob"_s, other), false), u"policy.other_plan"_s,
                      u"no deployment in this workspace"_s);
    }

    void approvalForAnotherEnvironmentIsRefused()
    {
        // The same release to staging: another plan digest, so it cannot approve production.
        const QString stagingDigest = deployment(m_stagingDeployment).planDigest;
        QVERIFY(stagingDigest != deployment().planDigest);
        expectRefused(submit(sign(u"bob"_s, stagingDigest)), u"policy.other_plan"_s, u"another plan"_s);
    }

    void expiredApprovalIsRefused()
    {
        expectRefused(
            submit(sign(u"bob"_s, deployment().planDigest, ApprovalSignature::Decision::Approve, 7200, 3600)),
            u"policy.expired"_s, u"expired"_s);
    }

    void replayedFileIsRefused()
    {
        const QByteArray file = sign(u"bob"_s, deployment().planDigest).toFile();
        QVERIFY(submit(ApprovalSignature::fromFile(file).value()).ok());
        expectRefused(submit(ApprovalSignature::fromFile(file).value()), u"policy.replayed"_s, u"replay"_s);
        // Replayed against another deployment of another plan: still refused (the signature is known).
        expectRefused(core::ApprovalService(*m_ws).submit(ApprovalSignature::fromFile(file).value(),
                                                          m_stagingDeployment, u"file"_s, u"alice"_s),
                      u"policy.replayed"_s, u"replay"_s);
    }

    void tamperedFileIsRefused()
    {
        QJsonObject json =
            QJsonDocument::fromJson(
                sign(u"bob"_s, deployment().planDigest, ApprovalSignature::Decision::Reject).toFile())
                .object();
        QJsonObject approval = json.value(u"approval"_s).toObject();
        approval.insert(u"decision"_s, u"approve"_s); // a rejection turned into an approval
        json.insert(u"approval"_s, approval);
        auto parsed = ApprovalSignature::fromFile(QJsonDocument(json).toJson());
        QVERIFY(parsed.ok());
        expectRefused(submit(*parsed), u"policy.bad_signature"_s, u"does not verify"_s);
    }

    void unregisteredKeyIsRefused()
    {
        expectRefused(submit(sign(u"mallory"_s, deployment().planDigest)), u"policy.unregistered_key"_s,
                      u"belongs to no identity"_s);
    }

    void oneRejectionBlocks()
    {
        QVERIFY(submit(sign(u"bob"_s, deployment().planDigest)).ok());
        QVERIFY(submit(sign(u"carol"_s, deployment().planDigest)).ok());
        QVERIFY(submit(sign(u"dave"_s, deployment().planDigest, ApprovalSignature::Decision::Reject)).ok());
        QCOMPARE(lastAudit().action, u"rejection.recorded"_s);
        const core::Deployment d = deployment();
        auto gate = core::ApprovalService(*m_ws).gate(d, core::Plan::fromJson(d.plan).value(), u"switch"_s);
        QCOMPARE(gate.error().code, u"policy.rejected"_s);
        QVERIFY(gate.error().message.contains(u"dave"_s));
    }

    void planChangeVoidsApprovals()
    {
        QVERIFY(submit(sign(u"bob"_s, deployment().planDigest)).ok());
        QVERIFY(submit(sign(u"carol"_s, deployment().planDigest)).ok());
        // Re-planned (another version): a new digest, and the earlier approvals do not carry over.
        const core::DeploymentId replanned = createDeployment(m_production, u"production"_s, u"v1.2.1"_s);
        const core::Deployment d = deployment(replanned);
        auto eval = core::ApprovalService(*m_ws).evaluate(d).value();
        QVERIFY(!eval.satisfied);
        QVERIFY(eval.approvedBy.isEmpty());
    }

    void rotatedKeyNoLongerSigns()
    {
        auto fresh = core::Ed25519::generate();
        QVERIFY(fresh.ok());
        core::IdentityRepository identities(m_ws->database(), m_ws->dialect());
        QVERIFY(submit(sign(u"bob"_s, deployment().planDigest)).ok()); // signed before the rotation
        QTest::qWait(5);
        QVERIFY(identities.rotate(u"bob"_s, fresh->publicKey()).ok());
        QCOMPARE(identities.byName(u"bob"_s)->publicKey, fresh->publicKey());
        // The old key, signing after the rotation, no longer counts; the old approval still verifies.
        const ApprovalSignature late =
            sign(u"bob"_s, deployment().planDigest, ApprovalSignature::Decision::Reject);
        expectRefused(submit(late), u"policy.stale_key"_s, u"not theirs"_s);
        auto report = core::AuditVerifier(m_ws->database(), m_ws->dialect()).verify();
        QVERIFY2(report->intact(), qPrintable(report->reason));
    }

    void auditVerifyDetectsEditedRow()
    {
        QVERIFY(submit(sign(u"bob"_s, deployment().planDigest)).ok());
        // The triggers refuse edits through the database...
        QSqlQuery q(m_ws->database());
        QVERIFY(!q.exec(u"UPDATE audit_log SET actor = 'eve' WHERE seq = 2"_s));
        QVERIFY(!q.exec(u"DELETE FROM audit_log WHERE seq = 2"_s));
        QVERIFY(!q.exec(u"UPDATE approvals SET comment = 'x'"_s));
        q.finish();
        // ...and an edit made around them is found at the first broken entry.
        tamper({u"DROP TRIGGER audit_log_no_update"_s,
                u"UPDATE audit_log SET details = replace(details, 'checked the diff', 'LGTM') WHERE action = "
                "'approval.recorded'"_s});
        auto report = core::AuditVerifier(m_ws->database(), m_ws->dialect()).verify();
        QVERIFY(report.ok());
        QVERIFY(!report->intact());
        QVERIFY(report->firstBrokenSeq > 0);
        QVERIFY2(report->reason.contains(u"was changed"_s), qPrintable(report->reason));
    }

    void auditVerifyDetectsDeletedRow()
    {
        QVERIFY(submit(sign(u"bob"_s, deployment().planDigest)).ok());
        tamper({u"DROP TRIGGER audit_log_no_delete"_s, u"DELETE FROM audit_log WHERE seq = 1"_s});
        auto report = core::AuditVerifier(m_ws->database(), m_ws->dialect()).verify();
        QCOMPARE(report->firstBrokenSeq, 2);
        QVERIFY2(report->reason.contains(u"entry 1 is missing"_s), qPrintable(report->reason));
    }

    void auditVerifyChecksApprovalRows()
    {
        QVERIFY(submit(sign(u"bob"_s, deployment().planDigest)).ok());
        tamper({u"DROP TRIGGER approvals_no_update"_s, u"UPDATE approvals SET comment = 'rubber stamp'"_s});
        auto report = core::AuditVerifier(m_ws->database(), m_ws->dialect()).verify();
        QVERIFY(!report->intact());
        QVERIFY(report->firstBadApprovalId > 0);
        QVERIFY2(report->reason.contains(u"does not verify"_s), qPrintable(report->reason));
    }

    void auditVerifyChecksEntrySignatures()
    {
        // An entry "signed by bob" with mallory's key: the chain is fine, the signature is not bob's.
        const QJsonObject details =
            core::auditsig::sign(*m_keys.value(u"mallory"_s), u"bob"_s, u"policy.changed"_s,
                                 u"environment/1"_s, QJsonObject{{u"required"_s, 0}});
        QVERIFY(m_ws->audit().append(u"bob"_s, u"policy.changed"_s, u"environment/1"_s, details).ok());
        auto report = core::AuditVerifier(m_ws->database(), m_ws->dialect()).verify();
        QVERIFY(!report->intact());
        QVERIFY2(report->reason.contains(u"not registered to bob"_s), qPrintable(report->reason));
    }

    void policyChangesAreAuditedAndSigned()
    {
        const core::AuditEntry e = m_ws->audit().entries().value().constFirst();
        QCOMPARE(e.action, u"policy.changed"_s);
        QCOMPARE(e.details.value(u"after"_s).toObject().value(u"required_approvals"_s).toInt(), 2);
        QByteArray key;
        QCOMPARE(core::auditsig::verify(e.actor, e.action, e.subject, e.details, &key),
                 core::auditsig::Check::Valid);
        QCOMPARE(key, m_keys.value(u"alice"_s)->publicKey());
    }
};

QTEST_GUILESS_MAIN(TestApprovals)
#include "TestApprovals.moc"
