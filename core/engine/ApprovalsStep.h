#pragma once

#include "core/engine/Step.h"

namespace core {

// The two-person gate (just before the switch): passes when the environment's policy is satisfied
// for this plan's digest; fails with "policy.rejected" on a valid rejection; otherwise ends with
// "policy.awaiting_approval", which the runner turns into a parked deployment (journaled as
// awaiting approval, lock kept) that `resume` continues once enough approvals are recorded.
// Each time it parks, it records an "approval.requested" audit entry and (team mode) NOTIFYs.
class ApprovalsStep final : public Step
{
    Q_OBJECT

public:
    using Step::Step;
    void run(StepContext &context, Done done) override;
};

} // namespace core
