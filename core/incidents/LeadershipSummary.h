#pragma once

#include <QDateTime>
#include <QList>

#include "core/Result.h"
#include "core/incidents/Incident.h"
#include "core/incidents/IncidentRepository.h"

namespace core {

class Workspace;

// One environment at a glance: what is live, how the last deployment went, open incidents.
struct EnvironmentGlance
{
    EnvironmentId id = 0;
    QString service;
    QString environment;
    QString liveSlot;
    QString liveVersion;
    QString lastDeploymentStatus; // deployment status string, empty if never deployed
    QDateTime lastDeploymentAt;
    int openIncidents = 0;
    std::optional<Severity> worstOpenSeverity;
    // The live slot's latest probe: healthy, degraded or unhealthy (an error counts as unhealthy); empty
    // when it has none. With its time.
    QString health;
    QDateTime healthAt;
    // good, warning, bad: bad = the live slot unhealthy, an open P0/P1 or a failed last deployment;
    // warning = the live slot degraded, an open P2 or a deployment in progress.
    QString tone;
};

// What the leadership view shows first, in a handful of aggregate queries whatever the history's
// size: incident counts by severity and status, the most recent incidents (open first), and every
// environment at a glance. Timelines and DORA figures are loaded separately, on demand.
struct LeadershipSummary
{
    IncidentCounts counts;
    QList<Incident> incidents;
    QList<EnvironmentGlance> environments;

    static Result<LeadershipSummary>
    load(Workspace &workspace, IncidentRepository &incidents, int incidentLimit = 200);
};

} // namespace core
