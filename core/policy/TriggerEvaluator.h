#pragma once

#include <deque>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include "core/health/HealthSample.h"
#include "core/policy/RollbackTrigger.h"

namespace core {

// The figures of one slot over one window, as triggers read them.
struct TriggerFigures
{
    qint64 windowMs = 0;
    QDateTime now;
    qint64 samples = 0;  // probe samples (own endpoint and through the router) in the window
    qint64 failures = 0; // of those, failed
    qint64 requests = 0; // counted by the metrics source in the window
    qint64 errors = 0;   // of those, errors
    std::optional<qint64> latencyP50Ms;
    std::optional<qint64> latencyP95Ms;
    std::optional<qint64> latencyP99Ms;
    int consecutiveFailures = 0;
    qint64 degradedMs = 0;

    // Samples and metrics requests together: what minimum samples counts.
    [[nodiscard]] qint64 sampleCount() const { return samples + requests; }
    // (failed probes + counted errors) / (probes + counted requests); 0 without any.
    [[nodiscard]] double errorRate() const;
    [[nodiscard]] QJsonObject toJson() const;
};

struct TriggerDecision
{
    enum class Outcome
    {
        Quiet,         // evaluated, no breach
        Breach,        // fires now
        CoolingDown,   // would fire, but the trigger fired less than its cool-down ago
        TooFewSamples, // fewer samples in the window than the trigger's minimum
        NoData,        // the metric has no value (e.g. no answered probe for a latency)
        Disabled
    };
    Outcome outcome = Outcome::Quiet;
    std::optional<double> value;
    QString summary; // "error rate 30.0 % > 5.0 % over 5 min (60 samples)" (translated)

    [[nodiscard]] bool fires() const { return outcome == Outcome::Breach; }
};

// Pure functions: the figures of a window of samples, and whether a trigger fires on them.
class TriggerEvaluator final
{
public:
    TriggerEvaluator() = delete;

    // Figures over (now - windowMs, now] from a slot's probe samples (Probe and Router sources, one slot)
    // and its environment's metrics samples (Metrics source); samples outside the interval are ignored.
    [[nodiscard]] static TriggerFigures figures(const std::deque<HealthSample> &probes,
                                                const std::deque<HealthSample> &metrics,
                                                qint64 windowMs,
                                                const QDateTime &now);
    [[nodiscard]] static std::optional<double> valueOf(TriggerMetric metric, const TriggerFigures &figures);
    [[nodiscard]] static TriggerDecision
    evaluate(const RollbackTrigger &trigger, const TriggerFigures &figures, const QDateTime &now);

    Q_DECLARE_TR_FUNCTIONS(core::TriggerEvaluator)
};

} // namespace core
