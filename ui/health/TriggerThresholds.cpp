#include "TriggerThresholds.h"

#include <optional>

namespace ui {

namespace {

std::optional<core::RollbackTrigger> firstToFire(const QList<core::RollbackTrigger> &triggers,
                                                 core::TriggerMetric metric)
{
    std::optional<core::RollbackTrigger> best;
    for (const core::RollbackTrigger &t : triggers) {
        if (!t.enabled || t.metric != metric)
            continue;
        if (!best || t.threshold < best->threshold ||
            (t.threshold == best->threshold && t.windowMs < best->windowMs))
            best = t;
    }
    return best;
}

} // namespace

HealthThresholds thresholdsOf(const QList<core::RollbackTrigger> &triggers)
{
    HealthThresholds out;
    if (const auto errors = firstToFire(triggers, core::TriggerMetric::ErrorRate)) {
        out.errorRate = errors->threshold;
        out.errorWindowMs = errors->windowMs;
    } else {
        out.hasErrorRate = false;
    }
    if (const auto latency = firstToFire(triggers, core::TriggerMetric::LatencyP95)) {
        out.p95LatencyMs = static_cast<qint64>(latency->threshold);
        out.latencyWindowMs = latency->windowMs;
    } else {
        out.hasP95Latency = false;
    }
    return out;
}

} // namespace ui
