#pragma once

#include <optional>

#include <QList>

#include "core/incidents/Incident.h"

namespace core {

// Time to detect (detection − start), to mitigate (mitigation − start) and to resolve
// (resolution − start), in milliseconds; empty while the time is unknown.
struct IncidentDurations
{
    std::optional<qint64> ttdMs;
    std::optional<qint64> ttmMs;
    std::optional<qint64> ttrMs;
    // Detected within the severity's response target (P0 15 min, P1 1 h, P2 4 h) of the start.
    std::optional<bool> withinResponseTarget;
};

// Mean and median of each duration over the incidents that have it.
struct IncidentDurationSummary
{
    int incidents = 0;
    int resolved = 0;
    std::optional<qint64> meanTtdMs, medianTtdMs;
    std::optional<qint64> meanTtmMs, medianTtmMs;
    std::optional<qint64> meanTtrMs, medianTtrMs;
};

class IncidentMetrics
{
public:
    IncidentMetrics() = delete;
    static IncidentDurations of(const Incident &incident);
    static IncidentDurationSummary across(const QList<Incident> &incidents);
    // "1 h 05 min", "42 s", "—" for none.
    static QString formatDuration(std::optional<qint64> ms);
};

} // namespace core
