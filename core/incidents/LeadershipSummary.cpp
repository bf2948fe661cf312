#include "LeadershipSummary.h"

#include <algorithm>

#include "core/store/Sql.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

Result<LeadershipSummary>
LeadershipSummary::load(Workspace &workspace, IncidentRepository &incidents, int incidentLimit)
{
    LeadershipSummary summary;
    auto counts = incidents.counts();
    if (!counts.ok())
        return counts.error();
    summary.counts = *counts;

    // Every open incident, then the most recent resolved ones up to the limit.
    IncidentFilter open;
    open.openOnly = true;
    auto openList = incidents.list(open);
    if (!openList.ok())
        return openList.error();
    IncidentFilter recent;
    recent.limit = incidentLimit;
    auto recentList = incidents.list(recent);
    if (!recentList.ok())
        return recentList.error();
    summary.incidents = *openList;
    std::sort(summary.incidents.begin(), summary.incidents.end(), [](const Incident &a, const Incident &b) {
        return a.severity != b.severity ? a.severity < b.severity : a.startedAt > b.startedAt;
    });
    for (const Incident &i : *recentList) {
        if (!i.isOpen() && summary.incidents.size() < qMax<qsizetype>(incidentLimit, openList->size()))
            summary.incidents << i;
    }

    const QSqlDatabase db = workspace.database();
    auto envs = runSql(
        db,
        u"SELECT e.id, s.name, e.name, "
        "(SELECT sl.name FROM slots sl WHERE sl.environment_id = e.id AND sl.role = 'live' ORDER BY sl.id "
        "LIMIT 1), "
        "(SELECT sl.version FROM slots sl WHERE sl.environment_id = e.id AND sl.role = 'live' ORDER BY sl.id "
        "LIMIT 1), d.status, d.started_at, d.version "
        "FROM environments e JOIN services s ON s.id = e.service_id "
        "LEFT JOIN deployments d ON d.id = (SELECT MAX(d2.id) FROM deployments d2 WHERE d2.environment_id = "
        "e.id) "
        "ORDER BY s.name, e.position"_s);
    if (!envs.ok())
        return envs.error();
    while (envs->next()) {
        EnvironmentGlance g;
        g.id = envs->value(0).toLongLong();
        g.service = envs->value(1).toString();
        g.environment = envs->value(2).toString();
        g.liveSlot = envs->value(3).toString();
        g.liveVersion = envs->value(4).toString();
        g.lastDeploymentStatus = envs->value(5).toString();
        if (!envs->value(6).isNull())
            g.lastDeploymentAt = QDateTime::fromMSecsSinceEpoch(envs->value(6).toLongLong(), Qt::UTC);
        if (g.liveVersion.isEmpty() && g.lastDeploymentStatus == u"succeeded")
            g.liveVersion = envs->value(7).toString();
        summary.environments << g;
    }
    for (EnvironmentGlance &g : summary.environments) {
        if (!g.liveSlot.isEmpty()) {
            // One indexed read of the newest probe sample (environment_id, at), whatever the history.
            auto latest =
                runSql(db,
                       u"SELECT status, at FROM health_samples WHERE environment_id = :env AND slot = :slot "
                       "AND source = 'probe' ORDER BY at DESC LIMIT 1"_s,
                       {{u":env"_s, g.id}, {u":slot"_s, g.liveSlot}});
            if (!latest.ok())
                return latest.error();
            if (latest->next()) {
                const QString status = latest->value(0).toString();
                g.health = status == u"error" ? u"unhealthy"_s : status;
                g.healthAt = QDateTime::fromMSecsSinceEpoch(latest->value(1).toLongLong(), Qt::UTC);
            }
        }
        for (const Incident &i : *openList) {
            const bool affects = (i.environments.contains(g.environment) &&
                                  (i.services.isEmpty() || i.services.contains(g.service))) ||
                                 i.environments.contains(g.service + u'/' + g.environment);
            if (!affects)
                continue;
            ++g.openIncidents;
            if (!g.worstOpenSeverity || i.severity < *g.worstOpenSeverity)
                g.worstOpenSeverity = i.severity;
        }
        const bool failed = g.lastDeploymentStatus == u"failed" || g.lastDeploymentStatus == u"aborted";
        if (failed || g.health == u"unhealthy" ||
            (g.worstOpenSeverity && *g.worstOpenSeverity != Severity::P2))
            g.tone = u"bad"_s;
        else if (g.worstOpenSeverity || g.health == u"degraded" || g.lastDeploymentStatus == u"running" ||
                 g.lastDeploymentStatus == u"pending")
            g.tone = u"warning"_s;
        else
            g.tone = u"good"_s;
    }
    return summary;
}

} // namespace core
