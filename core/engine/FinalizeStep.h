#pragma once

#include "core/engine/Step.h"

namespace core {

// Records the outcome: the new slot is live and the old one stays as hot standby for an
// instant rollback.
class FinalizeStep final : public Step
{
    Q_OBJECT

public:
    using Step::Step;
    void run(StepContext &context, Done done) override;
};

} // namespace core
