#include "MonitorStep.h"

#include <QCoreApplication>
#include <QTimer>

#include "core/engine/HealthExpectation.h"
#include "core/engine/ProbeLoop.h"
#include "core/engine/StepContext.h"
#include "core/providers/Router.h"

using namespace Qt::StringLiterals;

namespace core {

void MonitorStep::run(StepContext &context, Done done)
{
    const Plan &plan = context.plan();
    const EnvironmentSettings &settings = context.environment().settings;
    ProbeLoop::Options options;
    options.url = context.router().publicHealthUrl();
    options.requestTimeoutMs = settings.requestTimeoutMs;
    options.intervalMs = settings.monitorIntervalMs;
    options.required = qMax(1, settings.monitorProbes);
    options.deadlineMs = options.required * (settings.monitorIntervalMs + settings.requestTimeoutMs);
    options.mode = ProbeLoop::Mode::Strict;
    const HealthExpectation expectation{plan.version, context.router().slotHeaderFor(plan.toSlot), {}};
    auto *loop = new ProbeLoop(
        context.probe(), options, [expectation](const ProbeOutcome &o) { return expectation.problemWith(o); },
        this);
    const int required = options.required;
    auto seen = std::make_shared<int>(0);
    connect(loop, &ProbeLoop::probed, this,
            [&context, seen, required](const ProbeOutcome &outcome, const QString &problem) {
                ++*seen;
                context.log(
                    problem.isEmpty()
                        ? QCoreApplication::translate("core::MonitorStep",
                                                      "Probe %1/%2 through the router: healthy, slot %3, "
                                                      "version %4 (%5 ms)")
                              .arg(*seen)
                              .arg(required)
                              .arg(outcome.routerSlot, outcome.report->version)
                              .arg(outcome.latencyMs)
                        : QCoreApplication::translate("core::MonitorStep", "Probe %1/%2 failed: %3")
                              .arg(*seen)
                              .arg(required)
                              .arg(problem));
            });
    const auto watch = [loop, done] {
        loop->start([loop, done](const Status &status) {
            loop->deleteLater();
            if (status.ok()) {
                done(status);
                return;
            }
            Error error = status.error();
            error.code = u"monitor.failed"_s;
            error.message =
                QCoreApplication::translate("core::MonitorStep", "Monitoring after the switch failed: %1")
                    .arg(error.message);
            done(error);
        });
    };
    // Until the router has settled, some users may still get the previous slot: not a failure of
    // the new one, so watching starts after that.
    const int settle = context.router().settleMs();
    if (settle > 0) {
        context.log(
            QCoreApplication::translate("core::MonitorStep", "Waiting %1 ms for the router to settle.")
                .arg(settle));
        QTimer::singleShot(settle, this, watch);
    } else {
        watch();
    }
}

} // namespace core
