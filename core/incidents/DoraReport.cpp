#include "DoraReport.h"

#include <QHash>

#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

Result<QList<DoraFigures>>
DoraReport::compute(const QSqlDatabase &db, const QDateTime &from, const QDateTime &to)
{
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    const double days = qMax(1.0, static_cast<double>(toMs - fromMs) / 86'400'000.0);

    auto envs =
        runSql(db, u"SELECT e.id, s.name, e.name FROM environments e JOIN services s ON s.id = e.service_id "
                   "ORDER BY s.name, e.position"_s);
    if (!envs.ok())
        return envs.error();
    QList<DoraFigures> out;
    QHash<EnvironmentId, qsizetype> index;
    while (envs->next()) {
        DoraFigures f;
        f.environmentId = envs->value(0).toLongLong();
        f.service = envs->value(1).toString();
        f.environment = envs->value(2).toString();
        f.periodDays = days;
        index.insert(f.environmentId, out.size());
        out << f;
    }

    auto deploys = runSql(db,
                          u"SELECT d.environment_id, COUNT(*), "
                          "SUM(CASE WHEN r.id IS NOT NULL THEN d.finished_at - COALESCE(r.committed_at, "
                          "r.created_at) ELSE 0 END), "
                          "SUM(CASE WHEN r.id IS NOT NULL THEN 1 ELSE 0 END), "
                          "SUM(CASE WHEN r.committed_at IS NOT NULL THEN 1 ELSE 0 END) "
                          "FROM deployments d LEFT JOIN releases r ON r.id = d.release_id "
                          "WHERE d.kind = 'deploy' AND d.status = 'succeeded' AND d.finished_at >= :from AND "
                          "d.finished_at < :to "
                          "GROUP BY d.environment_id"_s,
                          {{u":from"_s, fromMs}, {u":to"_s, toMs}});
    if (!deploys.ok())
        return deploys.error();
    while (deploys->next()) {
        auto it = index.constFind(deploys->value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        DoraFigures &f = out[*it];
        f.deployments = deploys->value(1).toInt();
        f.deploymentsPerDay = f.deployments / days;
        f.leadTimeSamples = deploys->value(3).toInt();
        f.leadTimeFromCommit = deploys->value(4).toInt();
        if (f.leadTimeSamples > 0)
            f.meanLeadTimeMs = deploys->value(2).toLongLong() / f.leadTimeSamples;
    }

    auto changes = runSql(
        db,
        u"SELECT d.environment_id, COUNT(*), "
        "SUM(CASE WHEN (d.status = 'failed' AND d.current_step IN ('switch', 'monitor', 'finalize')) "
        "OR EXISTS (SELECT 1 FROM deployments rb WHERE rb.rollback_of = d.id AND rb.kind = 'rollback') "
        "THEN 1 ELSE 0 END) "
        "FROM deployments d WHERE d.kind = 'deploy' AND d.status IN ('succeeded', 'failed') "
        "AND d.started_at >= :from AND d.started_at < :to GROUP BY d.environment_id"_s,
        {{u":from"_s, fromMs}, {u":to"_s, toMs}});
    if (!changes.ok())
        return changes.error();
    while (changes->next()) {
        auto it = index.constFind(changes->value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        DoraFigures &f = out[*it];
        f.changes = changes->value(1).toInt();
        f.failedChanges = changes->value(2).toInt();
        if (f.changes > 0)
            f.changeFailureRate = static_cast<double>(f.failedChanges) / f.changes;
    }

    // Per rollback: the earliest start of an incident naming the rolled-back deployment as its cause
    // (a correlated lookup on an index: cheap for the rollbacks in the period, whatever the history).
    auto restores = runSql(
        db,
        u"SELECT rb.environment_id, COUNT(*), SUM(rb.finished_at - COALESCE("
        "(SELECT MIN(i.started_at) FROM incident_deployments l JOIN incidents i ON i.id = l.incident_id "
        "WHERE l.deployment_id = d.id AND l.relation = 'cause' AND i.started_at <= rb.finished_at), "
        "CASE WHEN d.status = 'failed' AND d.finished_at IS NOT NULL AND d.finished_at <= rb.finished_at "
        "THEN d.finished_at ELSE rb.started_at END)) "
        "FROM deployments rb JOIN deployments d ON d.id = rb.rollback_of "
        "WHERE rb.kind = 'rollback' AND rb.status = 'succeeded' AND rb.finished_at >= :from "
        "AND rb.finished_at < :to GROUP BY rb.environment_id"_s,
        {{u":from"_s, fromMs}, {u":to"_s, toMs}});
    if (!restores.ok())
        return restores.error();
    while (restores->next()) {
        auto it = index.constFind(restores->value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        DoraFigures &f = out[*it];
        f.restores = restores->value(1).toInt();
        if (f.restores > 0)
            f.meanTimeToRestoreMs = restores->value(2).toLongLong() / f.restores;
    }
    return out;
}

} // namespace core
