#pragma once

#include "core/Result.h"

namespace core {

struct Plan;
class Workspace;

// How a rollback that nobody asked for by hand (a rollback trigger firing, or a deployment's
// monitor step failing after the switch) meets its environment's approval policy:
//  - Free: the policy asks no approval of rollbacks; the plan is unchanged.
//  - Emergency: the policy asks approvals of rollbacks but lets an emergency rollback go with one
//    person and be reviewed afterwards: the plan is marked emergency, so the approvals gate lets it
//    pass and audits "approval.emergency_bypass" with review_required.
//  - AwaitingApproval: the policy asks approvals of rollbacks and allows no emergency rollback:
//    the rollback will wait at its approvals step until approvers sign it. The caller must say
//    so loudly (notification, audit, incident), never park it silently.
enum class AutomaticRollback
{
    Free,
    Emergency,
    AwaitingApproval
};

// Decides, and marks `plan` (a rollback plan) emergency when the policy allows it.
[[nodiscard]] Result<AutomaticRollback> prepareAutomaticRollback(Workspace &workspace, Plan &plan);

// One translated line for the log / notification, e.g. "an emergency rollback (the policy of
// production lets it go with one person; it will be reviewed afterwards)".
[[nodiscard]] QString describeAutomaticRollback(AutomaticRollback kind, const Plan &plan);

} // namespace core
