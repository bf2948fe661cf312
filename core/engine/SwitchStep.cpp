#include "SwitchStep.h"

#include <QCoreApplication>

#include "core/engine/StepContext.h"
#include "core/policy/ApprovalService.h"
#include "core/providers/Router.h"
#include "core/store/AuditLog.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

void SwitchStep::run(StepContext &context, Done done)
{
    const Plan &plan = context.plan();
    // The two-person rule is checked again at the last moment: approvals may have expired, been
    // outweighed by a rejection, or the policy changed since the approvals step.
    if (context.deployment().id > 0) {
        if (auto gate = ApprovalService(context.workspace()).gate(context.deployment(), plan, u"switch"_s);
            !gate.ok()) {
            Error error = gate.error();
            if (error.code == u"policy.awaiting_approval")
                error.code = u"policy.approval_lapsed"_s;
            done(error);
            return;
        }
    }
    const Slot *slot = context.slotNamed(plan.toSlot);
    if (!slot) {
        done(Error{u"config.slots"_s,
                   QCoreApplication::translate("core::SwitchStep", "There is no slot %1.").arg(plan.toSlot),
                   {}});
        return;
    }
    const SwitchTarget target{slot->name, slot->upstream, plan.version};
    auto logProgress = connect(&context.router(), &Router::progress, this,
                               [&context](const QString &line) { context.log(line); });
    const int verifyTimeout = qMin(context.environment().settings.healthTimeoutMs, 30000);
    context.router().switchTo(
        target, verifyTimeout, this, [this, &context, done, logProgress](const Status &status) {
            disconnect(logProgress);
            if (!status.ok()) {
                done(status);
                return;
            }
            const Plan &p = context.plan();
            if (auto live = context.workspace().environments().setLive(p.environmentId, p.toSlot, p.version);
                !live.ok()) {
                done(live);
                return;
            }
            auto audited = context.workspace().audit().append(
                context.deployment().requestedBy, u"router.switched"_s, u"environment/"_s + p.environment,
                QJsonObject{{u"deployment"_s, context.deployment().id},
                            {u"from_slot"_s, p.fromSlot},
                            {u"to_slot"_s, p.toSlot},
                            {u"version"_s, p.version}});
            done(audited.ok() ? Status() : Status(audited.error()));
        });
}

} // namespace core
