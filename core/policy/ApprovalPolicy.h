#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "core/crypto/ApprovalSignature.h"
#include "core/model/Deployment.h"
#include "core/model/Identity.h"

namespace core {

// The two-person rule of one environment: how many approvals a plan needs, from whom, for which
// kinds of deployment, how long an approval stays good, and whether a rollback may go ahead with
// one person in an emergency (and be reviewed afterwards). Stored as JSON per environment
// (ApprovalRepository::setPolicy); the default (required 0) asks for no approval.
struct ApprovalPolicy
{
    int requiredApprovals = 0;
    QStringList allowedIdentities; // empty with empty allowedGroups: any registered identity
    QStringList allowedGroups;
    bool forDeploy = true;
    bool forRollback = true;
    bool forContractMigration = true;
    int lifetimeMinutes = 24 * 60;  // an approval older than this no longer counts, whatever it says
    bool emergencyRollback = false; // a rollback marked emergency proceeds alone, flagged for review

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ApprovalPolicy fromJson(const QJsonObject &json);
    // Whether a plan of this kind needs approvals at all under this policy.
    [[nodiscard]] bool appliesTo(DeploymentKind kind, bool contractMigration) const;
    [[nodiscard]] bool allows(const Identity &identity) const;
    [[nodiscard]] QString describe() const;
};

// What is being approved: the plan's digest and who asked for it.
struct ApprovalRequest
{
    QString planDigest;
    QString environment;
    DeploymentKind kind = DeploymentKind::Deploy;
    bool contractMigration = false;
    bool emergency = false;
    QString requestedBy;   // identity (or user) name of the requester
    QString requestedRole; // team mode: the requester's database role
};

// One stored or offered approval, with the identity its key belongs to (if any).
struct ApprovalCandidate
{
    qint64 approvalId = 0;
    ApprovalSignature signature;
    std::optional<Identity> identity; // the registered owner of signature.signerPublicKey
    bool keyValidAtSigning = false;   // that key was the identity's key when it signed
};

struct ApprovalVerdict
{
    qint64 approvalId = 0;
    QString identity; // empty for an unregistered key
    ApprovalSignature::Decision decision = ApprovalSignature::Decision::Approve;
    bool counts = false;
    QString code;   // policy.* code of the reason it does not count
    QString reason; // translated, empty when it counts
};

struct ApprovalEvaluation
{
    bool required = false;        // the policy asks for approvals for this plan
    bool satisfied = false;       // the plan may pass the approvals gate
    bool rejected = false;        // a valid rejection blocks it
    bool emergencyBypass = false; // satisfied by the emergency rollback rule: review required
    int needed = 0;
    QStringList approvedBy; // identities whose approvals count
    QStringList rejectedBy; // identities whose rejections count
    QStringList awaiting;   // identities that could still approve
    QList<ApprovalVerdict> verdicts;

    // One line: "approved by a, b (2 of 2)" / "awaiting approvals: 1 of 2 (from c, d)" / …
    [[nodiscard]] QString summary() const;
};

// The rule. Pure: same inputs, same answer; `now` is the time it is checked at.
//  - the requester never counts (by name, and in team mode by database role);
//  - approvals must come from distinct identities, each allowed by the policy;
//  - a signature that does not verify, an unregistered or revoked key, or a key that was not the
//    identity's key when it signed does not count;
//  - an approval over another plan digest does not count (so any change to the plan voids it);
//  - an expired approval, or one older than the policy's lifetime, does not count;
//  - one valid rejection blocks.
ApprovalEvaluation evaluateApprovals(const ApprovalPolicy &policy,
                                     const ApprovalRequest &request,
                                     const QList<ApprovalCandidate> &candidates,
                                     const QList<Identity> &identities,
                                     const QDateTime &now);

} // namespace core
