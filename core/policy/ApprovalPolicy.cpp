#include "ApprovalPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::ApprovalPolicy)
};

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.toString().isEmpty())
            out << v.toString();
    }
    return out;
}

ApprovalVerdict refuse(ApprovalVerdict verdict, const QString &code, const QString &reason)
{
    verdict.counts = false;
    verdict.code = code;
    verdict.reason = reason;
    return verdict;
}

} // namespace

QJsonObject ApprovalPolicy::toJson() const
{
    return QJsonObject{
        {u"required_approvals"_s, requiredApprovals},
        {u"allowed_identities"_s, QJsonArray::fromStringList(allowedIdentities)},
        {u"allowed_groups"_s, QJsonArray::fromStringList(allowedGroups)},
        {u"for_deploy"_s, forDeploy},
        {u"for_rollback"_s, forRollback},
        {u"for_contract_migration"_s, forContractMigration},
        {u"lifetime_minutes"_s, lifetimeMinutes},
        {u"emergency_rollback"_s, emergencyRollback},
    };
}

ApprovalPolicy ApprovalPolicy::fromJson(const QJsonObject &json)
{
    ApprovalPolicy p;
    p.requiredApprovals = qMax(0, json.value(u"required_approvals"_s).toInt(0));
    p.allowedIdentities = stringList(json.value(u"allowed_identities"_s));
    p.allowedGroups = stringList(json.value(u"allowed_groups"_s));
    p.forDeploy = json.value(u"for_deploy"_s).toBool(true);
    p.forRollback = json.value(u"for_rollback"_s).toBool(true);
    p.forContractMigration = json.value(u"for_contract_migration"_s).toBool(true);
    p.lifetimeMinutes = qMax(1, json.value(u"lifetime_minutes"_s).toInt(24 * 60));
    p.emergencyRollback = json.value(u"emergency_rollback"_s).toBool(false);
    return p;
}

bool ApprovalPolicy::appliesTo(DeploymentKind kind, bool contractMigration) const
{
    if (requiredApprovals <= 0)
        return false;
    if (contractMigration && forContractMigration)
        return true;
    return kind == DeploymentKind::Rollback ? forRollback : forDeploy;
}

bool ApprovalPolicy::allows(const Identity &identity) const
{
    if (allowedIdentities.isEmpty() && allowedGroups.isEmpty())
        return true;
    if (allowedIdentities.contains(identity.name))
        return true;
    for (const QString &g : identity.groups) {
        if (allowedGroups.contains(g))
            return true;
    }
    return false;
}

QString ApprovalPolicy::describe() const
{
    if (requiredApprovals <= 0)
        return Tr::tr("no approval required");
    QStringList kinds;
    if (forDeploy)
        kinds << u"deploy"_s;
    if (forRollback)
        kinds << u"rollback"_s;
    if (forContractMigration)
        kinds << u"contract migration"_s;
    QString from = Tr::tr("any registered identity");
    if (!allowedIdentities.isEmpty() || !allowedGroups.isEmpty()) {
        QStringList who = allowedIdentities;
        for (const QString &g : allowedGroups)
            who << Tr::tr("group %1").arg(g);
        from = who.join(u", "_s);
    }
    return Tr::tr("%1 approval(s) for %2 from %3; approvals last %4 min; emergency rollback %5")
        .arg(requiredApprovals)
        .arg(kinds.join(u", "_s), from)
        .arg(lifetimeMinutes)
        .arg(emergencyRollback ? Tr::tr("allowed alone (reviewed afterwards)") : Tr::tr("not allowed"));
}

QString ApprovalEvaluation::summary() const
{
    if (!required)
        return Tr::tr("no approval required");
    if (rejected)
        return Tr::tr("rejected by %1").arg(rejectedBy.join(u", "_s));
    if (emergencyBypass)
        return Tr::tr("emergency rollback without approval: to be reviewed afterwards");
    if (satisfied)
        return Tr::tr("approved by %1 (%2 of %3)")
            .arg(approvedBy.join(u", "_s))
            .arg(approvedBy.size())
            .arg(needed);
    return Tr::tr("awaiting approvals: %1 of %2 (approved by %3; awaited from %4)")
        .arg(approvedBy.size())
        .arg(needed)
        .arg(approvedBy.isEmpty() ? Tr::tr("nobody yet") : approvedBy.join(u", "_s),
             awaiting.isEmpty() ? Tr::tr("nobody: no other identity may approve") : awaiting.join(u", "_s));
}

ApprovalEvaluation evaluateApprovals(const ApprovalPolicy &policy,
                                     const ApprovalRequest &request,
                                     const QList<ApprovalCandidate> &candidates,
                                     const QList<Identity> &identities,
                                     const QDateTime &now)
{
    ApprovalEvaluation out;
    out.required = policy.appliesTo(request.kind, request.contractMigration);
    out.needed = out.required ? policy.requiredApprovals : 0;

    auto isRequester = [&](const Identity &i) {
        return i.name == request.requestedBy ||
               (!request.requestedRole.isEmpty() && i.dbRole == request.requestedRole);
    };

    QSet<qint64> approvedIds;
    QSet<qint64> rejectedIds;
    for (const ApprovalCandidate &c : candidates) {
        ApprovalVerdict v;
        v.approvalId = c.approvalId;
        v.decision = c.signature.decision;
        v.identity = c.identity ? c.identity->name : QString();
        const ApprovalSignature &s = c.signature;
        const bool approve = s.decision == ApprovalSignature::Decision::Approve;
        if (auto verified = s.verify(); !verified.ok()) {
            out.verdicts << refuse(v, u"policy.bad_signature"_s, verified.error().message);
            continue;
        }
        if (!c.identity) {
            out.verdicts << refuse(
                v, u"policy.unregistered_key"_s,
                Tr::tr("it is signed by the key %1, which belongs to no registered identity")
                    .arg(QString::fromLatin1(s.signerPublicKey.toBase64())));
            continue;
        }
        const Identity &who = *c.identity;
        if (s.planDigest != request.planDigest) {
            out.verdicts << refuse(v, u"policy.other_plan"_s,
                                   Tr::tr("%1 signed another plan (digest %2…, this plan is %3…): the plan "
                                          "changed or the approval is for another deployment")
                                       .arg(who.name, s.planDigest.left(12), request.planDigest.left(12)));
            continue;
        }
        if (now >= s.expiresAt || s.signedAt.addSecs(qint64(policy.lifetimeMinutes) * 60) <= now) {
            out.verdicts << refuse(
                v, u"policy.expired"_s,
                Tr::tr("the %1 by %2 expired at %3")
                    .arg(approve ? Tr::tr("approval") : Tr::tr("rejection"), who.name,
                         qMin(s.expiresAt, s.signedAt.addSecs(qint64(policy.lifetimeMinutes) * 60))
                             .toUTC()
                             .toString(Qt::ISODate)));
            continue;
        }
        if (who.revoked() && who.revokedAt <= s.signedAt) {
            out.verdicts << refuse(v, u"policy.revoked"_s,
                                   Tr::tr("the identity %1 was revoked before it signed").arg(who.name));
            continue;
        }
        if (!c.keyValidAtSigning) {
            out.verdicts << refuse(
                v, u"policy.stale_key"_s,
                Tr::tr("%1 signed with a key that was not theirs at the time of signing").arg(who.name));
            continue;
        }
        if (approve && isRequester(who)) {
            out.verdicts << refuse(
                v, u"policy.self_approval"_s,
                Tr::tr("%1 requested this deployment and cannot approve it").arg(who.name));
            continue;
        }
        if (approve && !policy.allows(who)) {
            out.verdicts << refuse(v, u"policy.not_allowed"_s,
                                   Tr::tr("%1 may not approve in %2 (policy: %3)")
                                       .arg(who.name, request.environment, policy.describe()));
            continue;
        }
        QSet<qint64> &seen = approve ? approvedIds : rejectedIds;
        if (seen.contains(who.id)) {
            out.verdicts << refuse(
                v, u"policy.duplicate"_s,
                approve ? Tr::tr("%1 already approved this plan; one approval per person").arg(who.name)
                        : Tr::tr("%1 already rejected this plan").arg(who.name));
            continue;
        }
        seen.insert(who.id);
        v.counts = true;
        out.verdicts << v;
        if (approve)
            out.approvedBy << who.name;
        else
            out.rejectedBy << who.name;
    }
    out.rejected = !out.rejectedBy.isEmpty();
    for (const Identity &i : identities) {
        if (i.revoked() || isRequester(i) || approvedIds.contains(i.id) || !policy.allows(i))
            continue;
        out.awaiting << i.name;
    }
    if (!out.required) {
        out.satisfied = !out.rejected;
        return out;
    }
    if (out.rejected)
        return out;
    if (out.approvedBy.size() >= out.needed) {
        out.satisfied = true;
    } else if (request.kind == DeploymentKind::Rollback && request.emergency && policy.emergencyRollback) {
        out.satisfied = true;
        out.emergencyBypass = true;
    }
    return out;
}

} // namespace core
