#pragma once

#include "core/engine/Step.h"

namespace core {

// Watches what users get, through the router, for a short window: every probe must be healthy,
// from the new slot, with the new version. Any failing probe fails the step (and the deployment
// session rolls back).
class MonitorStep final : public Step
{
    Q_OBJECT

public:
    using Step::Step;
    void run(StepContext &context, Done done) override;
};

} // namespace core
