#include "AutomaticRollback.h"

#include <QCoreApplication>

#include "core/engine/Plan.h"
#include "core/policy/ApprovalService.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::AutomaticRollback)
};
} // namespace

Result<AutomaticRollback> prepareAutomaticRollback(Workspace &workspace, Plan &plan)
{
    auto policy = ApprovalService(workspace).policyFor(plan.environmentId);
    if (!policy.ok())
        return policy.error();
    if (!policy->appliesTo(DeploymentKind::Rollback, plan.contract))
        return AutomaticRollback::Free;
    if (policy->emergencyRollback) { // as evaluateApprovals() lets it pass
        plan.emergency = true;
        return AutomaticRollback::Emergency;
    }
    return AutomaticRollback::AwaitingApproval;
}

QString describeAutomaticRollback(AutomaticRollback kind, const Plan &plan)
{
    switch (kind) {
    case AutomaticRollback::Free:
        break;
    case AutomaticRollback::Emergency:
        return Tr::tr("an emergency rollback: the policy of %1 lets it go with one person; it is flagged "
                      "for review afterwards")
            .arg(plan.environment);
    case AutomaticRollback::AwaitingApproval:
        return Tr::tr("the policy of %1 requires approvals for rollbacks and allows no emergency rollback: "
                      "the rollback waits for approvers to sign it; traffic stays on slot %2 until then")
            .arg(plan.environment, plan.fromSlot);
    }
    return Tr::tr("the policy of %1 asks no approval for rollbacks").arg(plan.environment);
}

} // namespace core
