#include "RollbackTrigger.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

QString durationText(qint64 ms)
{
    if (ms % (60 * 1000) == 0)
        return RollbackTrigger::tr("%n min", nullptr, static_cast<int>(ms / (60 * 1000)));
    if (ms % 1000 == 0)
        return RollbackTrigger::tr("%n s", nullptr, static_cast<int>(ms / 1000));
    return RollbackTrigger::tr("%1 ms").arg(ms);
}

} // namespace

QString triggerMetricToString(TriggerMetric metric)
{
    switch (metric) {
    case TriggerMetric::ErrorRate:
        return u"error_rate"_s;
    case TriggerMetric::LatencyP50:
        return u"latency_p50"_s;
    case TriggerMetric::LatencyP95:
        return u"latency_p95"_s;
    case TriggerMetric::LatencyP99:
        return u"latency_p99"_s;
    case TriggerMetric::ConsecutiveFailures:
        return u"consecutive_failures"_s;
    case TriggerMetric::DegradedTime:
        return u"degraded_time"_s;
    }
    return {};
}

std::optional<TriggerMetric> triggerMetricFromString(const QString &text)
{
    for (TriggerMetric m :
         {TriggerMetric::ErrorRate, TriggerMetric::LatencyP50, TriggerMetric::LatencyP95,
          TriggerMetric::LatencyP99, TriggerMetric::ConsecutiveFailures, TriggerMetric::DegradedTime}) {
        if (triggerMetricToString(m) == text)
            return m;
    }
    return std::nullopt;
}

QString triggerActionToString(TriggerAction action)
{
    switch (action) {
    case TriggerAction::RollBackNow:
        return u"rollback"_s;
    case TriggerAction::ProposeRollback:
        return u"propose"_s;
    case TriggerAction::AlertOnly:
        return u"alert"_s;
    }
    return {};
}

std::optional<TriggerAction> triggerActionFromString(const QString &text)
{
    for (TriggerAction a :
         {TriggerAction::RollBackNow, TriggerAction::ProposeRollback, TriggerAction::AlertOnly}) {
        if (triggerActionToString(a) == text)
            return a;
    }
    return std::nullopt;
}

QList<RollbackTrigger> RollbackTrigger::defaults(EnvironmentId environment)
{
    constexpr qint64 kMinute = 60 * 1000;
    const auto trigger = [environment](TriggerMetric metric, double threshold, qint64 windowMs,
                                       int minSamples, TriggerAction action, qint64 cooldownMs) {
        RollbackTrigger t;
        t.environmentId = environment;
        t.metric = metric;
        t.threshold = threshold;
        t.windowMs = windowMs;
        t.minSamples = minSamples;
        t.action = action;
        t.cooldownMs = cooldownMs;
        return t;
    };
    return {
        trigger(TriggerMetric::ErrorRate, 0.05, 5 * kMinute, 10, TriggerAction::RollBackNow, 15 * kMinute),
        trigger(TriggerMetric::LatencyP95, 5000, 10 * kMinute, 20, TriggerAction::ProposeRollback,
                30 * kMinute),
        trigger(TriggerMetric::ConsecutiveFailures, 3, 5 * kMinute, 3, TriggerAction::RollBackNow,
                15 * kMinute)};
}

bool RollbackTrigger::isBreach(double value) const
{
    switch (metric) {
    case TriggerMetric::ConsecutiveFailures:
    case TriggerMetric::DegradedTime:
        return value >= threshold;
    default:
        return value > threshold;
    }
}

QString RollbackTrigger::formatValue(double value) const
{
    switch (metric) {
    case TriggerMetric::ErrorRate:
        return tr("%1 %").arg(value * 100.0, 0, 'f', 1);
    case TriggerMetric::ConsecutiveFailures:
        return QString::number(qRound64(value));
    default:
        return tr("%1 ms").arg(qRound64(value));
    }
}

QString RollbackTrigger::describe() const
{
    const QString window = durationText(windowMs);
    const QString limit = formatValue(threshold);
    switch (metric) {
    case TriggerMetric::ErrorRate:
        return tr("error rate > %1 over %2").arg(limit, window);
    case TriggerMetric::LatencyP50:
        return tr("p50 latency > %1 over %2").arg(limit, window);
    case TriggerMetric::LatencyP95:
        return tr("p95 latency > %1 over %2").arg(limit, window);
    case TriggerMetric::LatencyP99:
        return tr("p99 latency > %1 over %2").arg(limit, window);
    case TriggerMetric::ConsecutiveFailures:
        return tr("%1 consecutive failed probes").arg(limit);
    case TriggerMetric::DegradedTime:
        return tr("degraded for %1 within %2").arg(limit, window);
    }
    return {};
}

QJsonObject RollbackTrigger::toJson() const
{
    QJsonObject json{{u"metric"_s, triggerMetricToString(metric)},
                     {u"threshold"_s, threshold},
                     {u"window_ms"_s, windowMs},
                     {u"min_samples"_s, minSamples},
                     {u"action"_s, triggerActionToString(action)},
                     {u"cooldown_ms"_s, cooldownMs},
                     {u"enabled"_s, enabled},
                     {u"description"_s, describe()}};
    if (id > 0)
        json.insert(u"id"_s, id);
    return json;
}

} // namespace core
