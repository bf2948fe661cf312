#include "ApprovalsStep.h"

#include <QCoreApplication>

#include "core/engine/StepContext.h"
#include "core/policy/ApprovalService.h"
#include "core/store/AuditLog.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

void ApprovalsStep::run(StepContext &context, Done done)
{
    ApprovalService service(context.workspace());
    auto eval = service.evaluate(context.deployment());
    if (!eval.ok()) {
        done(eval.error());
        return;
    }
    context.log(eval->summary());
    Status gate = service.gate(context.deployment(), context.plan(), u"approvals"_s);
    if (gate.ok() || gate.error().code != u"policy.awaiting_approval") {
        done(gate);
        return;
    }
    const Deployment &d = context.deployment();
    auto audited = context.workspace().audit().append(
        d.requestedBy, u"approval.requested"_s, u"deployment/%1"_s.arg(d.id),
        QJsonObject{{u"plan_digest"_s, d.planDigest},
                    {u"environment"_s, context.plan().environment},
                    {u"version"_s, context.plan().version},
                    {u"needed"_s, eval->needed},
                    {u"awaiting"_s, eval->awaiting.join(u", "_s)}});
    if (!audited.ok()) {
        done(audited.error());
        return;
    }
    if (auto notified = ApprovalRepository(context.workspace().database(), context.workspace().dialect())
                            .notifyRequest(d.planDigest);
        !notified.ok()) {
        done(notified);
        return;
    }
    done(gate);
}

} // namespace core
