#include "PreflightStep.h"

#include <QCoreApplication>

#include "core/engine/CloudStandby.h"
#include "core/engine/StepContext.h"
#include "core/providers/Router.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

Status PreflightStep::check(StepContext &context)
{
    const Plan &plan = context.plan();
    const Environment &env = context.environment();
    const Slot *from = context.slotNamed(plan.fromSlot);
    const Slot *to = context.slotNamed(plan.toSlot);
    if (!from || !to) {
        return Error{
            u"config.slots"_s,
            tr("Environment %1 needs a “%2” and a “%3” slot.").arg(env.name, plan.fromSlot, plan.toSlot),
            {}};
    }
    for (const Slot *slot : {from, to}) {
        if (slot->healthUrl.isEmpty() || slot->upstream.isEmpty()) {
            return Error{u"config.slot"_s,
                         tr("Slot %1 of %2 has no health URL or upstream address.").arg(slot->name, env.name),
                         {}};
        }
    }
    if (plan.kind == DeploymentKind::Deploy && to->deployCommand.isEmpty() && !CloudStandby::applies(env)) {
        return Error{
            u"config.command"_s, tr("Slot %1 of %2 has no deploy command.").arg(to->name, env.name), {}};
    }

    // Lifecycle: a release reaches this environment only after it succeeded in the one before.
    if (plan.kind == DeploymentKind::Deploy && env.settings.requireSuccessInPrevious) {
        auto previous = context.workspace().environments().previous(env);
        if (!previous.ok())
            return previous.error();
        if (*previous) {
            auto done = context.workspace().deployments().lastSucceeded((*previous)->id, plan.releaseId);
            if (!done.ok())
                return done.error();
            if (!*done) {
                return Error{
                    u"policy.lifecycle"_s,
                    tr("%1 has not been deployed successfully to %2 yet; it must succeed there before "
                       "it can go to %3.")
                        .arg(plan.version, (*previous)->name, env.name),
                    {}};
            }
        }
    }

    // A deploy is planned from the workspace's picture of which slot is live: the router must agree.
    // (A rollback accepts either slot: putting traffic back where it belongs is its purpose.)
    const std::optional<QString> routed = context.router().configuredSlot();
    if (plan.kind == DeploymentKind::Deploy && routed && *routed != plan.fromSlot) {
        return Error{
            u"router.drift"_s,
            tr("The router sends %1's traffic to slot %2, but the workspace says %3 is live. Check the "
               "router (or roll back) before deploying.")
                .arg(env.name, *routed, plan.fromSlot),
            {}};
    }
    return {};
}

void PreflightStep::run(StepContext &context, Done done)
{
    const Status status = check(context);
    if (status.ok())
        context.log(tr("Configuration valid, lifecycle order respected, router in the expected state."));
    done(status);
}

} // namespace core
