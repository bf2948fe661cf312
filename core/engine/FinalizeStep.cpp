#include "FinalizeStep.h"

#include <QCoreApplication>

#include "core/engine/StepContext.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

void FinalizeStep::run(StepContext &context, Done done)
{
    const Plan &plan = context.plan();
    // Idempotent: the switch step recorded this already unless it was interrupted right after the
    // router changed; setting it again is harmless.
    if (auto live = context.workspace().environments().setLive(plan.environmentId, plan.toSlot, plan.version);
        !live.ok()) {
        done(live);
        return;
    }
    context.log(
        QCoreApplication::translate("core::FinalizeStep", "%1 is live with %2; %3 stays as hot standby (%4).")
            .arg(plan.toSlot, plan.version, plan.fromSlot,
                 plan.fromVersion.isEmpty() ? QCoreApplication::translate("core::FinalizeStep", "no version")
                                            : plan.fromVersion));
    done(Status());
}

} // namespace core
