#include "VerifyStandbyStep.h"

#include <QCoreApplication>

#include "core/engine/CloudStandby.h"
#include "core/engine/HealthExpectation.h"
#include "core/engine/ProbeLoop.h"
#include "core/engine/StepContext.h"

using namespace Qt::StringLiterals;

namespace core {

void VerifyStandbyStep::run(StepContext &context, Done done)
{
    const Plan &plan = context.plan();
    const Slot *slot = context.slotNamed(plan.toSlot);
    if (!slot) {
        done(Error{
            u"config.slots"_s,
            QCoreApplication::translate("core::VerifyStandbyStep", "There is no slot %1.").arg(plan.toSlot),
            {}});
        return;
    }
    const EnvironmentSettings &settings = context.environment().settings;
    ProbeLoop::Options options;
    options.url = QUrl(slot->healthUrl);
    options.requestTimeoutMs = settings.requestTimeoutMs;
    options.intervalMs = settings.healthIntervalMs;
    options.deadlineMs = settings.healthTimeoutMs;
    options.required = 1;
    options.mode = ProbeLoop::Mode::UntilPassing;
    // Cloud slots answer diag-health: it must also name the release's commit (seed 000).
    const HealthExpectation expectation{
        plan.version, {}, CloudStandby::applies(context.environment()) ? plan.commit : QString()};
    auto *loop = new ProbeLoop(
        context.probe(), options, [expectation](const ProbeOutcome &o) { return expectation.problemWith(o); },
        this);
    connect(loop, &ProbeLoop::probed, this, [&context](const ProbeOutcome &outcome, const QString &problem) {
        context.log(problem.isEmpty() ? QCoreApplication::translate("core::VerifyStandbyStep",
                                                                    "%1: healthy, version %2 (%3 ms)")
                                            .arg(outcome.url.toString(), outcome.report->version)
                                            .arg(outcome.latencyMs)
                                      : problem);
    });
    const QString slotName = slot->name;
    loop->start([loop, done, slotName](const Status &status) {
        loop->deleteLater();
        if (status.ok()) {
            done(status);
            return;
        }
        Error error = status.error();
        error.message =
            QCoreApplication::translate("core::VerifyStandbyStep", "Slot %1 did not prove healthy: %2")
                .arg(slotName, error.message);
        done(error);
    });
}

} // namespace core
