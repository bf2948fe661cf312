#pragma once

#include <QDateTime>
#include <QString>

#include "core/model/Ids.h"

namespace core {

// One health observation of one slot: what a probe (or a metrics read) saw at one moment.
// A plain value; RollingWindow keeps them per slot, HealthSampleRepository stores them and Lttb thins
// them out for charts.
struct HealthSample
{
    enum class Status
    {
        Healthy,
        Degraded,  // answered, but the service reports a problem: counts as a success
        Unhealthy, // answered and reported itself unhealthy (or a 5xx): a failure
        Error      // no usable answer (connection refused, timeout, malformed body): a failure
    };

    // Where the observation comes from.
    enum class Source
    {
        Probe,  // the slot's own health endpoint
        Router, // the environment's public health URL, through the router: what users get (slot = the
                // slot that answered, else the slot the workspace says is live)
        Metrics // the environment's metrics endpoint (requests and errors counted by the service)
    };

    QString slot;
    QDateTime time;     // UTC, millisecond precision
    int httpStatus = 0; // 0 = no HTTP answer
    qint64 latencyMs = 0;
    Status status = Status::Error;
    QString version; // as reported by the service, empty if unknown
    QString error;   // why the probe failed, empty on success

    EnvironmentId environmentId = 0;
    Source source = Source::Probe;
    // Metrics samples: the requests and errors the service counted since the previous read.
    qint64 requests = 0;
    qint64 errors = 0;
    // Rolled-up samples (HealthSampleRepository::series over old data): one sample stands for
    // `sampleCount` samples of a bucket `bucketMs` long starting at `time`, `failureCount` of them
    // failures; latencyMs is their p50, latencyP95Ms their p95. Raw samples: 1, 0 or 1, 0, latencyMs.
    int sampleCount = 1;
    int failureCount = 0;
    qint64 bucketMs = 0;
    qint64 latencyP95Ms = 0;

    [[nodiscard]] bool isFailure() const { return status == Status::Unhealthy || status == Status::Error; }
    [[nodiscard]] bool isDegradedOrWorse() const { return status != Status::Healthy; }
    [[nodiscard]] bool hasAnswer() const { return httpStatus > 0; }

    friend bool operator==(const HealthSample &, const HealthSample &) = default;
};

QString healthSampleStatusToString(HealthSample::Status status);
HealthSample::Status healthSampleStatusFromString(const QString &text);
QString healthSampleSourceToString(HealthSample::Source source);
HealthSample::Source healthSampleSourceFromString(const QString &text);

} // namespace core
