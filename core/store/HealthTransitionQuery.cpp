#include "HealthTransitionQuery.h"

#include <algorithm>
#include <limits>

#include "core/store/HealthSampleRepository.h"
#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

// One observation row: raw probe samples and rolled-up buckets of one slot, with their level.
// (:env, :slot, :minute, :hour appear once per branch, hence the numbered names.)
const QString kObservations =
    u"SELECT at, CASE status WHEN 'error' THEN 'unhealthy' ELSE status END AS level, 0 AS bucket_ms, "
    "http_status, latency_ms, error, 1 AS samples, "
    "CASE WHEN status IN ('unhealthy', 'error') THEN 1 ELSE 0 END AS failures, id AS seq "
    "FROM health_samples WHERE environment_id = :env1 AND slot = :slot1 AND source = 'probe' AND %1 "
    "UNION ALL "
    "SELECT at, CASE WHEN failures * 2 > samples THEN 'unhealthy' WHEN degraded > 0 THEN 'degraded' "
    "ELSE 'healthy' END AS level, bucket_ms, 0 AS http_status, latency_p50_ms AS latency_ms, '' AS error, "
    "samples, failures, 0 AS seq "
    "FROM health_rollups WHERE environment_id = :env2 AND slot = :slot2 AND source = 'probe' "
    "AND bucket_ms IN (:minute, :hour) AND %2"_s;

} // namespace

HealthTransitionQuery::HealthTransitionQuery(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<HealthTransition>> HealthTransitionQuery::transitions(EnvironmentId environment,
                                                                   const QDateTime &from,
                                                                   const QDateTime &to) const
{
    auto slotNames =
        collectRows(runSql(m_db,
                           u"SELECT DISTINCT slot FROM health_samples WHERE environment_id = :env "
                           "UNION SELECT DISTINCT slot FROM health_rollups WHERE environment_id = "
                           ":env2 ORDER BY 1"_s,
                           {{u":env"_s, environment}, {u":env2"_s, environment}}),
                    [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!slotNames.ok())
        return slotNames.error();
    QList<HealthTransition> all;
    for (const QString &slot : *slotNames) {
        auto one = transitionsOfSlot(environment, slot, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
        if (!one.ok())
            return one.error();
        all += *one;
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const HealthTransition &a, const HealthTransition &b) { return a.at < b.at; });
    return all;
}

Result<QList<HealthTransition>> HealthTransitionQuery::transitionsOfSlot(EnvironmentId environment,
                                                                         const QString &slot,
                                                                         qint64 fromMs,
                                                                         qint64 toMs) const
{
    const HealthRollupPolicy policy;
    const QList<Binding> common{{u":env1"_s, environment},       {u":slot1"_s, slot},
                                {u":env2"_s, environment},       {u":slot2"_s, slot},
                                {u":minute"_s, policy.minuteMs}, {u":hour"_s, policy.hourMs}};
    // The level just before the range: the latest raw sample, minute or hour bucket that starts before it
    // (three indexed look-ups of one row each; the latest wins, a finer one on a tie).
    QString previous;
    qint64 previousAt = std::numeric_limits<qint64>::min();
    const QList<std::pair<QString, qint64>> kinds{
        {u"SELECT at, CASE status WHEN 'error' THEN 'unhealthy' ELSE status END FROM health_samples "
         "WHERE environment_id = :env AND slot = :slot AND source = 'probe' AND at < :from "
         "ORDER BY at DESC, id DESC LIMIT 1"_s,
         0},
        {u"SELECT at, CASE WHEN failures * 2 > samples THEN 'unhealthy' WHEN degraded > 0 THEN 'degraded' "
         "ELSE 'healthy' END FROM health_rollups WHERE environment_id = :env AND slot = :slot "
         "AND source = 'probe' AND bucket_ms = :bucket AND at < :from ORDER BY at DESC LIMIT 1"_s,
         policy.minuteMs},
        {QString(), policy.hourMs},
    };
    for (const auto &[sql, bucket] : kinds) {
        QList<Binding> b{{u":env"_s, environment}, {u":slot"_s, slot}, {u":from"_s, fromMs}};
        if (bucket > 0)
            b << Binding{u":bucket"_s, bucket};
        auto row = runSql(m_db, sql.isEmpty() ? kinds.at(1).first : sql, b);
        if (!row.ok())
            return row.error();
        if (row->next() && row->value(0).toLongLong() > previousAt) {
            previousAt = row->value(0).toLongLong();
            previous = row->value(1).toString();
        }
    }

    QList<Binding> inRange = common;
    inRange << Binding{u":from1"_s, fromMs} << Binding{u":to1"_s, toMs} << Binding{u":from2"_s, fromMs}
            << Binding{u":to2"_s, toMs};
    auto rows =
        runSql(m_db,
               u"SELECT at, level, prev, bucket_ms, http_status, latency_ms, error, samples, failures FROM ("
               "SELECT o.*, LAG(level) OVER (ORDER BY at, bucket_ms DESC, seq) AS prev FROM (%1) o) t "
               "WHERE prev IS NULL OR prev <> level ORDER BY at, bucket_ms DESC, seq"_s.arg(
                   kObservations.arg(u"at >= :from1 AND at <= :to1"_s, u"at >= :from2 AND at <= :to2"_s)),
               inRange);
    if (!rows.ok())
        return rows.error();
    QList<HealthTransition> out;
    while (rows->next()) {
        HealthTransition t;
        t.environmentId = environment;
        t.slot = slot;
        t.at = QDateTime::fromMSecsSinceEpoch(rows->value(0).toLongLong(), Qt::UTC);
        t.toLevel = rows->value(1).toString();
        t.fromLevel = rows->value(2).isNull() ? previous : rows->value(2).toString();
        t.bucketMs = rows->value(3).toLongLong();
        t.httpStatus = rows->value(4).toInt();
        t.latencyMs = rows->value(5).toLongLong();
        t.error = rows->value(6).toString();
        t.samples = rows->value(7).toLongLong();
        t.failures = rows->value(8).toLongLong();
        const bool first = rows->value(2).isNull();
        if (first && (t.fromLevel == t.toLevel || (t.fromLevel.isEmpty() && t.toLevel == u"healthy")))
            continue; // nothing changed at the range's start
        out << t;
    }
    return out;
}

} // namespace core
