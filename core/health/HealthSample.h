#pragma once

#include <QDateTime>
#include <QString>

namespace core {

// One health observation of one slot: what a probe (or a metrics read) saw at one moment.
// A plain value; RollingWindow keeps them per slot and Lttb thins them out for charts.
struct HealthSample
{
    enum class Status
    {
        Healthy,
        Degraded,  // answered, but the service reports a problem: counts as a success
        Unhealthy, // answered and reported itself unhealthy (or a 5xx): a failure
        Error      // no usable answer (connection refused, timeout, malformed body): a failure
    };

    QString slot;
    QDateTime time;     // UTC, millisecond precision
    int httpStatus = 0; // 0 = no HTTP answer
    qint64 latencyMs = 0;
    Status status = Status::Error;
    QString version; // as reported by the service, empty if unknown
    QString error;   // why the probe failed, empty on success

    [[nodiscard]] bool isFailure() const { return status == Status::Unhealthy || status == Status::Error; }
    [[nodiscard]] bool isDegradedOrWorse() const { return status != Status::Healthy; }
    [[nodiscard]] bool hasAnswer() const { return httpStatus > 0; }

    friend bool operator==(const HealthSample &, const HealthSample &) = default;
};

} // namespace core
