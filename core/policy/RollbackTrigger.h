#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/model/Ids.h"

namespace core {

// What a rollback trigger watches on the live slot.
enum class TriggerMetric
{
    ErrorRate,           // failures / samples (probes and metrics counts), 0..1; breach: value > threshold
    LatencyP50,          // ms; breach: value > threshold
    LatencyP95,          // ms; breach: value > threshold
    LatencyP99,          // ms; breach: value > threshold
    ConsecutiveFailures, // failed probes at the newest end; breach: value >= threshold
    DegradedTime         // ms held degraded or worse within the window; breach: value >= threshold
};

// What a breach does.
enum class TriggerAction
{
    RollBackNow,     // run the ordinary rollback deployment at once
    ProposeRollback, // ask a person (staged rollback): signal + audit, no traffic change
    AlertOnly        // notify and audit only
};

QString triggerMetricToString(TriggerMetric metric); // "error_rate", "latency_p95", …
std::optional<TriggerMetric> triggerMetricFromString(const QString &text);
QString triggerActionToString(TriggerAction action); // "rollback", "propose", "alert"
std::optional<TriggerAction> triggerActionFromString(const QString &text);

// One rollback trigger of an environment: a metric of the live slot over a sliding window, compared with a
// threshold once the window holds at least `minSamples` samples; a breach fires `action`, then the trigger
// stays quiet for `cooldownMs`.
struct RollbackTrigger
{
    qint64 id = 0;
    EnvironmentId environmentId = 0;
    TriggerMetric metric = TriggerMetric::ErrorRate;
    double threshold = 0.05;
    qint64 windowMs = 5 * 60 * 1000;
    int minSamples = 10;
    TriggerAction action = TriggerAction::RollBackNow;
    qint64 cooldownMs = 15 * 60 * 1000;
    bool enabled = true;
    std::optional<QDateTime> lastFiredAt;

    // Seed 003: error rate > 5 % over 5 min → roll back now; p95 latency > 5 s over 10 min → propose a
    // (staged) rollback. Plus DESIGN.md's 3 consecutive failed probes → roll back now.
    static QList<RollbackTrigger> defaults(EnvironmentId environment = 0);

    // Whether `value` of this trigger's metric is a breach (before minimum samples and cool-down).
    [[nodiscard]] bool isBreach(double value) const;
    // "error rate > 5 % over 5 min" (translated).
    [[nodiscard]] QString describe() const;
    // A value of this trigger's metric as users read it: "7.5 %", "5200 ms", "3".
    [[nodiscard]] QString formatValue(double value) const;
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const RollbackTrigger &, const RollbackTrigger &) = default;

    Q_DECLARE_TR_FUNCTIONS(core::RollbackTrigger)
};

} // namespace core
