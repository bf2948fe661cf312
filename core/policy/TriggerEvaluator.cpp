#include "TriggerEvaluator.h"

#include "core/health/RollingWindow.h"

using namespace Qt::StringLiterals;

namespace core {

double TriggerFigures::errorRate() const
{
    const qint64 total = samples + requests;
    if (total <= 0)
        return 0.0;
    return static_cast<double>(failures + errors) / static_cast<double>(total);
}

QJsonObject TriggerFigures::toJson() const
{
    QJsonObject json{{u"window_ms"_s, windowMs},     {u"at"_s, now.toString(Qt::ISODateWithMs)},
                     {u"samples"_s, samples},        {u"failures"_s, failures},
                     {u"requests"_s, requests},      {u"errors"_s, errors},
                     {u"error_rate"_s, errorRate()}, {u"consecutive_failures"_s, consecutiveFailures},
                     {u"degraded_ms"_s, degradedMs}};
    if (latencyP50Ms)
        json.insert(u"latency_p50_ms"_s, *latencyP50Ms);
    if (latencyP95Ms)
        json.insert(u"latency_p95_ms"_s, *latencyP95Ms);
    if (latencyP99Ms)
        json.insert(u"latency_p99_ms"_s, *latencyP99Ms);
    return json;
}

TriggerFigures TriggerEvaluator::figures(const std::deque<HealthSample> &probes,
                                         const std::deque<HealthSample> &metrics,
                                         qint64 windowMs,
                                         const QDateTime &now)
{
    TriggerFigures f;
    f.windowMs = windowMs;
    f.now = now;
    const qint64 end = now.toMSecsSinceEpoch();
    const qint64 start = end - windowMs;
    const auto inWindow = [start, end](const HealthSample &s) {
        const qint64 at = s.time.toMSecsSinceEpoch();
        return at > start && at <= end;
    };
    if (!probes.empty()) {
        RollingWindow window(probes.front().slot, windowMs);
        for (const HealthSample &s : probes) {
            if (inWindow(s) && s.source != HealthSample::Source::Metrics)
                window.add(s);
        }
        window.evictOlderThan(now);
        f.samples = window.count();
        f.failures = window.failureCount();
        f.latencyP50Ms = window.latencyP50();
        f.latencyP95Ms = window.latencyP95();
        f.latencyP99Ms = window.latencyP99();
        f.consecutiveFailures = window.consecutiveFailures();
        f.degradedMs = window.degradedTimeMs(now);
    }
    for (const HealthSample &s : metrics) {
        if (inWindow(s)) {
            f.requests += s.requests;
            f.errors += s.errors;
        }
    }
    return f;
}

std::optional<double> TriggerEvaluator::valueOf(TriggerMetric metric, const TriggerFigures &figures)
{
    const auto asDouble = [](const std::optional<qint64> &v) -> std::optional<double> {
        if (!v)
            return std::nullopt;
        return static_cast<double>(*v);
    };
    switch (metric) {
    case TriggerMetric::ErrorRate:
        if (figures.sampleCount() == 0)
            return std::nullopt;
        return figures.errorRate();
    case TriggerMetric::LatencyP50:
        return asDouble(figures.latencyP50Ms);
    case TriggerMetric::LatencyP95:
        return asDouble(figures.latencyP95Ms);
    case TriggerMetric::LatencyP99:
        return asDouble(figures.latencyP99Ms);
    case TriggerMetric::ConsecutiveFailures:
        return static_cast<double>(figures.consecutiveFailures);
    case TriggerMetric::DegradedTime:
        return static_cast<double>(figures.degradedMs);
    }
    return std::nullopt;
}

TriggerDecision TriggerEvaluator::evaluate(const RollbackTrigger &trigger,
                                           const TriggerFigures &figures,
                                           const QDateTime &now)
{
    TriggerDecision d;
    if (!trigger.enabled) {
        d.outcome = TriggerDecision::Outcome::Disabled;
        return d;
    }
    d.value = valueOf(trigger.metric, figures);
    if (figures.sampleCount() < trigger.minSamples) {
        d.outcome = TriggerDecision::Outcome::TooFewSamples;
        d.summary = tr("%1: %2 of %3 samples needed")
                        .arg(trigger.describe())
                        .arg(figures.sampleCount())
                        .arg(trigger.minSamples);
        return d;
    }
    if (!d.value) {
        d.outcome = TriggerDecision::Outcome::NoData;
        d.summary = tr("%1: no data").arg(trigger.describe());
        return d;
    }
    d.summary = tr("%1: now %2 (%3 samples)")
                    .arg(trigger.describe(), trigger.formatValue(*d.value))
                    .arg(figures.sampleCount());
    if (!trigger.isBreach(*d.value)) {
        d.outcome = TriggerDecision::Outcome::Quiet;
        return d;
    }
    if (trigger.lastFiredAt &&
        now.toMSecsSinceEpoch() < trigger.lastFiredAt->toMSecsSinceEpoch() + trigger.cooldownMs) {
        d.outcome = TriggerDecision::Outcome::CoolingDown;
        return d;
    }
    d.outcome = TriggerDecision::Outcome::Breach;
    return d;
}

} // namespace core
