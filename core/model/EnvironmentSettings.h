#pragma once

#include <QJsonObject>
#include <QString>

namespace core {

// Timing and verification settings of one environment. Defaults follow seed 004: the standby's
// health endpoint is polled every 5 s for at most 60 s.
struct EnvironmentSettings
{
    int healthIntervalMs = 5000;   // between probes of a slot that is not healthy yet
    int healthTimeoutMs = 60000;   // a slot must prove healthy within this time
    int requestTimeoutMs = 5000;   // one HTTP request
    int commandTimeoutMs = 600000; // one deploy command
    int monitorProbes = 5;         // consecutive healthy probes through the router after a switch
    int monitorIntervalMs = 2000;  // between monitor probes
    bool requireSuccessInPrevious =
        true; // lifecycle: the release must have succeeded in the previous environment
    // Optional metrics source for the health monitor: a JSON endpoint answering
    // {"requests": N, "errors": M}, cumulative counters of what users got (empty: none).
    QString metricsUrl;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static EnvironmentSettings fromJson(const QJsonObject &json);
};

} // namespace core
