#include "ApprovalService.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "core/crypto/AuditSignature.h"
#include "core/crypto/Ed25519.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/IdentityRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::ApprovalService)
};

QJsonObject fileObject(const ApprovalSignature &a)
{
    return QJsonDocument::fromJson(a.toFile()).object();
}

} // namespace

ApprovalService::ApprovalService(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<ApprovalPolicy> ApprovalService::policyFor(EnvironmentId environment) const
{
    return ApprovalRepository(m_workspace.database(), m_workspace.dialect()).policy(environment);
}

Result<ApprovalRequest> ApprovalService::requestFor(const Deployment &deployment) const
{
    auto plan = Plan::fromJson(deployment.plan);
    ApprovalRequest r;
    r.planDigest = deployment.planDigest;
    r.kind = deployment.kind;
    r.requestedBy = deployment.requestedBy;
    if (plan.ok()) {
        r.environment = plan->environment;
        r.contractMigration = plan->contract;
        r.emergency = plan->emergency;
    }
    auto role =
        ApprovalRepository(m_workspace.database(), m_workspace.dialect()).requestedRole(deployment.id);
    if (!role.ok())
        return role.error();
    r.requestedRole = *role;
    return r;
}

namespace {

Result<QList<ApprovalCandidate>> candidatesFor(Workspace &ws, const QString &digest)
{
    ApprovalRepository approvals(ws.database(), ws.dialect());
    IdentityRepository identities(ws.database(), ws.dialect());
    auto stored = approvals.forDigest(digest);
    if (!stored.ok())
        return stored.error();
    auto all = identities.list();
    if (!all.ok())
        return all.error();
    QList<ApprovalCandidate> out;
    for (const StoredApproval &a : *stored) {
        ApprovalCandidate c;
        c.approvalId = a.id;
        c.signature = a.signature;
        auto owner = identities.keyOwner(a.signature.signerPublicKey);
        if (!owner.ok())
            return owner.error();
        if (*owner) {
            for (const Identity &i : *all) {
                if (i.id == (*owner)->identityId)
                    c.identity = i;
            }
            c.keyValidAtSigning = (*owner)->validAt(a.signature.signedAt);
        }
        out << c;
    }
    return out;
}

} // namespace

Result<ApprovalEvaluation> ApprovalService::evaluate(const Deployment &deployment, const QDateTime &now) const
{
    auto policy = policyFor(deployment.environmentId);
    if (!policy.ok())
        return policy.error();
    auto request = requestFor(deployment);
    if (!request.ok())
        return request.error();
    auto candidates = candidatesFor(m_workspace, deployment.planDigest);
    if (!candidates.ok())
        return candidates.error();
    auto identities = IdentityRepository(m_workspace.database(), m_workspace.dialect()).list();
    if (!identities.ok())
        return identities.error();
    return evaluateApprovals(*policy, *request, *candidates, *identities, now);
}

Status ApprovalService::recordRefusal(const Error &error,
                                      const ApprovalSignature &approval,
                                      const QString &source,
                                      const QString &by)
{
    // The refusal itself is evidence: who tried what, and why it did not count.
    auto audited = m_workspace.audit().append(
        by, u"approval.refused"_s, u"plan/%1"_s.arg(approval.planDigest.left(16)),
        QJsonObject{{u"code"_s, error.code},
                    {u"reason"_s, error.message},
                    {u"source"_s, source},
                    {u"plan_digest"_s, approval.planDigest},
                    {u"decision"_s, ApprovalSignature::decisionName(approval.decision)},
                    {u"signer"_s, QString::fromLatin1(approval.signerPublicKey.toBase64())}});
    if (!audited.ok())
        return audited.error();
    return error;
}

Result<StoredApproval> ApprovalService::submit(const ApprovalSignature &approval,
                                               std::optional<DeploymentId> deploymentId,
                                               const QString &source,
                                               const QString &recordedBy)
{
    auto refused = [&](const QString &code, const QString &message) -> Result<StoredApproval> {
        Status s = recordRefusal(Error{code, message, {}}, approval, source, recordedBy);
        return s.error();
    };
    if (auto verified = approval.verify(); !verified.ok())
        return refused(u"policy.bad_signature"_s,
                       Tr::tr("Refused: the approval's signature does not verify (it was altered after "
                              "signing, or not signed by the key it names). %1")
                           .arg(verified.error().message));
    ApprovalRepository approvals(m_workspace.database(), m_workspace.dialect());
    IdentityRepository identities(m_workspace.database(), m_workspace.dialect());
    auto known = approvals.signatureKnown(approval.signature);
    if (!known.ok())
        return known.error();
    if (*known)
        return refused(u"policy.replayed"_s,
                       Tr::tr("Refused: this approval was already recorded (a replay of the same signed "
                              "approval)."));
    auto owner = identities.keyOwner(approval.signerPublicKey);
    if (!owner.ok())
        return owner.error();
    if (!*owner)
        return refused(u"policy.unregistered_key"_s,
                       Tr::tr("Refused: the approval is signed by the key %1, which belongs to no identity "
                              "registered in this workspace.")
                           .arg(QString::fromLatin1(approval.signerPublicKey.toBase64())));

    // Which deployment it is for.
    Deployment target;
    if (deploymentId) {
        auto d = m_workspace.deployments().get(*deploymentId);
        if (!d.ok())
            return d.error();
        target = *d;
        if (target.planDigest != approval.planDigest)
            return refused(u"policy.other_plan"_s,
                           Tr::tr("Refused: the approval is for plan %1…, but deployment #%2 runs plan %3… "
                                  "(another plan, environment or version — or the plan changed since).")
                               .arg(approval.planDigest.left(12))
                               .arg(target.id)
                               .arg(target.planDigest.left(12)));
    } else {
        auto ids = approvals.deploymentsWithDigest(approval.planDigest);
        if (!ids.ok())
            return ids.error();
        if (ids->isEmpty())
            return refused(u"policy.other_plan"_s,
                           Tr::tr("Refused: no deployment in this workspace has plan %1… (an approval for "
                                  "another plan or environment, or a plan that changed since).")
                               .arg(approval.planDigest.left(12)));
        auto d = m_workspace.deployments().get(ids->first());
        if (!d.ok())
            return d.error();
        target = *d;
    }

    // The rule, with this approval added to those already recorded: it must count.
    auto policy = policyFor(target.environmentId);
    if (!policy.ok())
        return policy.error();
    auto request = requestFor(target);
    if (!request.ok())
        return request.error();
    auto candidates = candidatesFor(m_workspace, approval.planDigest);
    if (!candidates.ok())
        return candidates.error();
    auto all = identities.list();
    if (!all.ok())
        return all.error();
    ApprovalCandidate offered;
    offered.signature = approval;
    for (const Identity &i : *all) {
        if (i.id == (*owner)->identityId)
            offered.identity = i;
    }
    offered.keyValidAtSigning = (*owner)->validAt(approval.signedAt);
    QList<ApprovalCandidate> withOffered = *candidates;
    withOffered << offered;
    const ApprovalEvaluation eval =
        evaluateApprovals(*policy, *request, withOffered, *all, QDateTime::currentDateTimeUtc());
    const ApprovalVerdict &verdict = eval.verdicts.constLast();
    if (!verdict.counts)
        return refused(verdict.code, Tr::tr("Refused: %1.").arg(verdict.reason));

    StoredApproval stored;
    stored.deploymentId = target.id;
    stored.identityId = (*owner)->identityId;
    stored.identityName = (*owner)->identityName;
    stored.signature = approval;
    stored.source = source;
    stored.recordedBy = recordedBy;
    auto id = approvals.record(stored);
    if (!id.ok()) {
        const QString code = id.error().code == u"approval.replayed"    ? u"policy.replayed"_s
                             : id.error().code == u"approval.duplicate" ? u"policy.duplicate"_s
                                                                        : u"policy.refused"_s;
        return refused(code, Tr::tr("Refused by the workspace: %1").arg(id.error().message));
    }
    stored.id = *id;
    const bool approve = approval.decision == ApprovalSignature::Decision::Approve;
    auto audited =
        m_workspace.audit().append(recordedBy, approve ? u"approval.recorded"_s : u"rejection.recorded"_s,
                                   u"deployment/%1"_s.arg(target.id),
                                   QJsonObject{{u"identity"_s, stored.identityName},
                                               {u"plan_digest"_s, approval.planDigest},
                                               {u"source"_s, source},
                                               {u"comment"_s, approval.comment},
                                               {u"approval_id"_s, stored.id},
                                               {u"approval_file"_s, fileObject(approval)}});
    if (!audited.ok())
        return audited.error();
    return stored;
}

Status ApprovalService::addGateTo(Plan &plan) const
{
    auto policy = policyFor(plan.environmentId);
    if (!policy.ok())
        return policy.error();
    if (!policy->appliesTo(plan.kind, plan.contract) || plan.indexOf(QLatin1String(step::kApprovals)) >= 0)
        return {};
    PlanStep gateStep{
        QString::fromLatin1(step::kApprovals),
        Tr::tr("Wait for %n signed approval(s) of this plan", nullptr, policy->requiredApprovals),
        {Tr::tr("policy of %1: %2").arg(plan.environment, policy->describe()),
         Tr::tr("approvers sign this plan's digest; the requester does not count"),
         Tr::tr("checked again just before the switch")}};
    const int at = plan.indexOf(QLatin1String(step::kSwitch));
    plan.steps.insert(at < 0 ? plan.steps.size() : at, gateStep);
    return {};
}

Status ApprovalService::gate(const Deployment &deployment, const Plan &plan, const QString &stage)
{
    Q_UNUSED(plan)
    auto eval = evaluate(deployment);
    if (!eval.ok())
        return eval.error();
    if (!eval->required)
        return {};
    if (eval->rejected) {
        QStringList why;
        for (const ApprovalVerdict &v : eval->verdicts) {
            if (v.counts && v.decision == ApprovalSignature::Decision::Reject)
                why << v.identity;
        }
        return Error{u"policy.rejected"_s,
                     Tr::tr("Deployment #%1 was rejected by %2; it cannot go on.")
                         .arg(deployment.id)
                         .arg(eval->rejectedBy.join(u", "_s)),
                     stage};
    }
    if (eval->emergencyBypass) {
        auto audited = m_workspace.audit().append(deployment.requestedBy, u"approval.emergency_bypass"_s,
                                                  u"deployment/%1"_s.arg(deployment.id),
                                                  QJsonObject{{u"stage"_s, stage},
                                                              {u"plan_digest"_s, deployment.planDigest},
                                                              {u"review_required"_s, true}});
        if (!audited.ok())
            return audited.error();
        return {};
    }
    if (eval->satisfied)
        return {};
    return Error{u"policy.awaiting_approval"_s, eval->summary(), stage};
}

Status ApprovalService::setPolicy(EnvironmentId environment,
                                  const ApprovalPolicy &policy,
                                  const QString &actor,
                                  const Ed25519 *actorKey)
{
    auto before = policyFor(environment);
    if (!before.ok())
        return before.error();
    if (auto set = ApprovalRepository(m_workspace.database(), m_workspace.dialect())
                       .setPolicy(environment, policy, actor);
        !set.ok())
        return set;
    QJsonObject details{{u"before"_s, before->toJson()}, {u"after"_s, policy.toJson()}};
    const QString subject = u"environment/%1"_s.arg(environment);
    if (actorKey)
        details = auditsig::sign(*actorKey, actor, u"policy.changed"_s, subject, details);
    auto audited = m_workspace.audit().append(actor, u"policy.changed"_s, subject, details);
    if (!audited.ok())
        return audited.error();
    return {};
}

Status ApprovalService::auditIdentity(const QString &actor,
                                      const QString &action,
                                      const QString &identity,
                                      const QJsonObject &details,
                                      const Ed25519 *key)
{
    const QString subject = u"identity/%1"_s.arg(identity);
    const QJsonObject d = key ? auditsig::sign(*key, actor, action, subject, details) : details;
    auto audited = m_workspace.audit().append(actor, action, subject, d);
    if (!audited.ok())
        return audited.error();
    return {};
}

} // namespace core
