#pragma once

#include <optional>

#include <QDateTime>

#include "core/Result.h"
#include "core/crypto/ApprovalSignature.h"
#include "core/engine/Plan.h"
#include "core/model/Deployment.h"
#include "core/policy/ApprovalPolicy.h"
#include "core/store/ApprovalRepository.h"

namespace core {

class Ed25519;
class Workspace;

// The two-person rule at work on a workspace: evaluates a deployment's approvals under its
// environment's policy, records new approvals (signed here or imported as a file) only when they
// count, and changes policies. Every approval, rejection, refusal and policy change is an audit
// entry: approvals carry their signed file in the entry, policy changes are signed by the actor.
// Refusal codes (exit code 3 on the command line): policy.bad_signature (tampered or not signed by
// the key it names), policy.replayed, policy.unregistered_key, policy.revoked, policy.stale_key,
// policy.other_plan, policy.expired, policy.self_approval, policy.not_allowed, policy.duplicate,
// policy.refused (the database server refused it).
class ApprovalService final
{
public:
    explicit ApprovalService(Workspace &workspace);

    [[nodiscard]] Result<ApprovalEvaluation>
    evaluate(const Deployment &deployment, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The policy that applies to a plan's environment.
    [[nodiscard]] Result<ApprovalPolicy> policyFor(EnvironmentId environment) const;

    // Inserts the approvals step before the switch when the environment's policy asks for approvals
    // of this kind of plan (the planner calls it; the step is part of what approvers sign).
    Status addGateTo(Plan &plan) const;

    // Checks and records an approval. `deployment` narrows it to one deployment (its digest must
    // match); without it the digest must belong to a deployment in this workspace.
    Result<StoredApproval> submit(const ApprovalSignature &approval,
                                  std::optional<DeploymentId> deployment,
                                  const QString &source,
                                  const QString &recordedBy);

    // The gate the engine runs (approvals step, and again just before the switch): ok when the
    // deployment may go on; "policy.awaiting_approval" / "policy.rejected" otherwise.
    Status gate(const Deployment &deployment, const Plan &plan, const QString &stage);

    Status setPolicy(EnvironmentId environment,
                     const ApprovalPolicy &policy,
                     const QString &actor,
                     const Ed25519 *actorKey);

    // An audit entry for an identity change, signed with `key` when given.
    Status auditIdentity(const QString &actor,
                         const QString &action,
                         const QString &identity,
                         const QJsonObject &details,
                         const Ed25519 *key);

    // Records (audits) a refused approval and returns `error`.
    Status recordRefusal(const Error &error,
                         const ApprovalSignature &approval,
                         const QString &source,
                         const QString &by);

private:
    Result<ApprovalRequest> requestFor(const Deployment &deployment) const;

    Workspace &m_workspace;
};

} // namespace core
