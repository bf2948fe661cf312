#pragma once

#include "core/engine/Step.h"

namespace core {

// Checks the environment's configuration, the lifecycle order and that the router routes where
// the workspace says. (The deploy lock is taken by the runner before any step, so that two
// deployments can never both be in preflight.)
class PreflightStep final : public Step
{
    Q_OBJECT

public:
    using Step::Step;
    void run(StepContext &context, Done done) override;

    // The same checks without a running deployment: used by plans and dry runs.
    static Status check(StepContext &context);
};

} // namespace core
