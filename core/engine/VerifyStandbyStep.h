#pragma once

#include "core/engine/Step.h"

namespace core {

// The slot that will take traffic must answer healthy with the expected version, polled every
// health interval until the health timeout (seed 004: every 5 s, at most 60 s).
class VerifyStandbyStep final : public Step
{
    Q_OBJECT

public:
    using Step::Step;
    void run(StepContext &context, Done done) override;
};

} // namespace core
