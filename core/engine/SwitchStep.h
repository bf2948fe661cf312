#pragma once

#include "core/engine/Step.h"

namespace core {

// Points the router at the target slot and verifies through the router that users now get it;
// then records the target as live. On failure the router leaves traffic where it was.
class SwitchStep final : public Step
{
    Q_OBJECT

public:
    using Step::Step;
    void run(StepContext &context, Done done) override;
};

} // namespace core
