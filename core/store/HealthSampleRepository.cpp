#include "HealthSampleRepository.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

#include <QCoreApplication>

#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::HealthSampleRepository)
};

constexpr auto kSampleColumns = "environment_id, slot, source, at, status, http_status, latency_ms, version, "
                                "error, requests, errors";

HealthSample sampleFromRow(const QSqlQuery &q)
{
    HealthSample s;
    s.environmentId = q.value(0).toLongLong();
    s.slot = q.value(1).toString();
    s.source = healthSampleSourceFromString(q.value(2).toString());
    s.time = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    s.status = healthSampleStatusFromString(q.value(4).toString());
    s.httpStatus = q.value(5).toInt();
    s.latencyMs = q.value(6).toLongLong();
    s.version = q.value(7).toString();
    s.error = q.value(8).toString();
    s.requests = q.value(9).toLongLong();
    s.errors = q.value(10).toLongLong();
    s.failureCount = s.isFailure() ? 1 : 0;
    s.latencyP95Ms = s.latencyMs;
    return s;
}

HealthRollup rollupFromRow(const QSqlQuery &q)
{
    HealthRollup r;
    r.environmentId = q.value(0).toLongLong();
    r.slot = q.value(1).toString();
    r.source = healthSampleSourceFromString(q.value(2).toString());
    r.bucketMs = q.value(3).toLongLong();
    r.start = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    r.samples = q.value(5).toLongLong();
    r.failures = q.value(6).toLongLong();
    r.degraded = q.value(7).toLongLong();
    r.latencyP50Ms = q.value(8).toLongLong();
    r.latencyP95Ms = q.value(9).toLongLong();
    r.latencyMaxMs = q.value(10).toLongLong();
    r.requests = q.value(11).toLongLong();
    r.errors = q.value(12).toLongLong();
    r.version = q.value(13).toString();
    return r;
}

constexpr auto kRollupColumns = "environment_id, slot, source, bucket_ms, at, samples, failures, degraded, "
                                "latency_p50_ms, latency_p95_ms, latency_max_ms, requests, errors, version";

qint64 nearestRank(std::vector<qint64> &sorted, double percent)
{
    if (sorted.empty())
        return 0;
    const auto n = static_cast<qint64>(sorted.size());
    const auto rank = std::clamp<qint64>(
        static_cast<qint64>(std::ceil(percent * static_cast<double>(n) / 100.0 - 1e-9)), 1, n);
    return sorted[static_cast<std::size_t>(rank - 1)];
}

qint64 floorTo(qint64 ms, qint64 bucketMs)
{
    return ms >= 0 ? ms - ms % bucketMs : ms - ((ms % bucketMs) + bucketMs) % bucketMs;
}

using BucketKey = std::tuple<qint64, QString, QString, qint64>; // environment, slot, source, start

} // namespace

HealthSample HealthRollup::toSample() const
{
    HealthSample s;
    s.environmentId = environmentId;
    s.slot = slot;
    s.source = source;
    s.time = start;
    s.bucketMs = bucketMs;
    s.sampleCount = static_cast<int>(std::min<qint64>(samples, std::numeric_limits<int>::max()));
    s.failureCount = static_cast<int>(std::min<qint64>(failures, std::numeric_limits<int>::max()));
    s.latencyMs = latencyP50Ms;
    s.latencyP95Ms = latencyP95Ms;
    s.requests = requests;
    s.errors = errors;
    s.version = version;
    // The bucket's status: unhealthy when most of it failed, degraded when any of it was not healthy.
    if (failures * 2 > samples)
        s.status = HealthSample::Status::Unhealthy;
    else if (degraded > 0)
        s.status = HealthSample::Status::Degraded;
    else
        s.status = HealthSample::Status::Healthy;
    s.httpStatus = s.status == HealthSample::Status::Unhealthy ? 0 : 200;
    return s;
}

HealthSampleRepository::HealthSampleRepository(QSqlDatabase db, const Dialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

Status HealthSampleRepository::append(const QList<HealthSample> &samples)
{
    if (samples.isEmpty())
        return {};
    for (const HealthSample &s : samples) {
        if (s.environmentId <= 0 || !s.time.isValid() || s.slot.isEmpty()) {
            return Error{u"health.bad_sample"_s,
                         Tr::tr("A health sample needs an environment, a slot and a time."),
                         u"slot=%1"_s.arg(s.slot)};
        }
    }
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun();
    for (qsizetype first = 0; first < samples.size(); first += kRowsPerInsert) {
        const qsizetype n = std::min<qsizetype>(kRowsPerInsert, samples.size() - first);
        QString sql = u"INSERT INTO health_samples ("_s + QLatin1StringView(kSampleColumns) + u") VALUES "_s;
        QList<Binding> bindings;
        bindings.reserve(n * 11);
        for (qsizetype i = 0; i < n; ++i) {
            const HealthSample &s = samples.at(first + i);
            const QString p = u":r%1_"_s.arg(i);
            if (i > 0)
                sql += u", "_s;
            sql += u"(%1e, %1sl, %1so, %1at, %1st, %1hs, %1la, %1ve, %1er, %1rq, %1ec)"_s.arg(p);
            bindings << Binding{p + u"e"_s, s.environmentId} << Binding{p + u"sl"_s, s.slot}
                     << Binding{p + u"so"_s, healthSampleSourceToString(s.source)}
                     << Binding{p + u"at"_s, s.time.toMSecsSinceEpoch()}
                     << Binding{p + u"st"_s, healthSampleStatusToString(s.status)}
                     << Binding{p + u"hs"_s, s.httpStatus} << Binding{p + u"la"_s, s.latencyMs}
                     << Binding{p + u"ve"_s, s.version} << Binding{p + u"er"_s, s.error.left(500)}
                     << Binding{p + u"rq"_s, s.requests} << Binding{p + u"ec"_s, s.errors};
        }
        if (auto ran = runSql(m_db, sql, bindings); !ran.ok())
            return ran.error();
    }
    return tx.commit();
}

Result<QList<HealthSample>> HealthSampleRepository::samples(EnvironmentId environment,
                                                            const QDateTime &from,
                                                            const QDateTime &to,
                                                            const std::optional<QString> &slot) const
{
    QString sql = u"SELECT "_s + QLatin1StringView(kSampleColumns) +
                  u" FROM health_samples WHERE environment_id = :env AND at >= :from AND at < :to"_s;
    QList<Binding> bindings{
        {u":env"_s, environment}, {u":from"_s, from.toMSecsSinceEpoch()}, {u":to"_s, to.toMSecsSinceEpoch()}};
    if (slot) {
        sql += u" AND slot = :slot"_s;
        bindings << Binding{u":slot"_s, *slot};
    }
    sql += u" ORDER BY at, id"_s;
    return collectRows(runSql(m_db, sql, bindings), sampleFromRow);
}

Result<QList<HealthRollup>> HealthSampleRepository::rollups(EnvironmentId environment,
                                                            qint64 bucketMs,
                                                            const QDateTime &from,
                                                            const QDateTime &to,
                                                            const std::optional<QString> &slot) const
{
    QString sql = u"SELECT "_s + QLatin1StringView(kRollupColumns) +
                  u" FROM health_rollups WHERE environment_id = :env AND bucket_ms = :bucket"
                  " AND at >= :from AND at < :to"_s;
    QList<Binding> bindings{{u":env"_s, environment},
                            {u":bucket"_s, bucketMs},
                            {u":from"_s, from.toMSecsSinceEpoch()},
                            {u":to"_s, to.toMSecsSinceEpoch()}};
    if (slot) {
        sql += u" AND slot = :slot"_s;
        bindings << Binding{u":slot"_s, *slot};
    }
    sql += u" ORDER BY at, slot, source"_s;
    return collectRows(runSql(m_db, sql, bindings), rollupFromRow);
}

Result<QList<HealthSample>> HealthSampleRepository::series(EnvironmentId environment,
                                                           const QDateTime &from,
                                                           const QDateTime &to,
                                                           const std::optional<QString> &slot) const
{
    // Every bucket size present, coarsest first.
    auto sizes = collectRows(
        runSql(m_db, u"SELECT DISTINCT bucket_ms FROM health_rollups WHERE environment_id = :env"_s,
               {{u":env"_s, environment}}),
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!sizes.ok())
        return sizes.error();
    std::sort(sizes->begin(), sizes->end(), std::greater<>());
    QList<HealthSample> out;
    for (qint64 bucketMs : *sizes) {
        auto buckets = rollups(environment, bucketMs, from, to, slot);
        if (!buckets.ok())
            return buckets.error();
        for (const HealthRollup &r : *buckets)
            out << r.toSample();
    }
    auto raw = samples(environment, from, to, slot);
    if (!raw.ok())
        return raw.error();
    out << *raw;
    std::stable_sort(out.begin(), out.end(),
                     [](const HealthSample &a, const HealthSample &b) { return a.time < b.time; });
    return out;
}

Result<HealthRollupReport> HealthSampleRepository::rollUp(const QDateTime &now,
                                                          const HealthRollupPolicy &policy)
{
    if (policy.minuteMs <= 0 || policy.hourMs <= 0 || policy.hourMs % policy.minuteMs != 0) {
        return Error{u"health.bad_policy"_s,
                     Tr::tr("Rollup buckets must be positive, the larger a multiple of the smaller."),
                     {}};
    }
    HealthRollupReport report;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto raw = rollUpRaw(floorTo(nowMs - policy.rawAgeMs, policy.minuteMs), policy.minuteMs);
    if (!raw.ok())
        return raw.error();
    report.rawRolledUp = *raw;
    auto minutes =
        rollUpBuckets(floorTo(nowMs - policy.minuteAgeMs, policy.hourMs), policy.minuteMs, policy.hourMs);
    if (!minutes.ok())
        return minutes.error();
    report.minutesRolledUp = *minutes;
    return report;
}

Result<qint64>
HealthSampleRepository::rollUpInChunks(const QString &table,
                                       const QString &filter,
                                       const QList<std::pair<QString, QVariant>> &filterBindings,
                                       qint64 cutoffMs,
                                       qint64 bucketMs,
                                       qint64 chunkMs,
                                       const ChunkRollup &rollChunk)
{
    const QString where = filter.isEmpty() ? QString() : filter + u" AND "_s;
    qint64 total = 0;
    for (;;) {
        QList<Binding> bindings = filterBindings;
        bindings << Binding{u":cutoff"_s, cutoffMs};
        auto oldest = runSql(
            m_db, u"SELECT MIN(at) FROM "_s + table + u" WHERE "_s + where + u"at < :cutoff"_s, bindings);
        if (!oldest.ok())
            return oldest.error();
        if (!oldest->next() || oldest->value(0).isNull())
            return total;
        const qint64 chunkStart = floorTo(oldest->value(0).toLongLong(), bucketMs);
        const qint64 chunkEnd = std::min(chunkStart + chunkMs, cutoffMs);
        oldest->finish();

        WriteTransaction tx(m_db, m_dialect);
        if (!tx.begun().ok())
            return tx.begun().error();
        auto read = rollChunk(chunkStart, chunkEnd);
        if (!read.ok())
            return read.error();
        bindings = filterBindings;
        bindings << Binding{u":from"_s, chunkStart} << Binding{u":to"_s, chunkEnd};
        auto deleted = runSql(
            m_db, u"DELETE FROM "_s + table + u" WHERE "_s + where + u"at >= :from AND at < :to"_s, bindings);
        if (!deleted.ok())
            return deleted.error();
        deleted->finish();
        if (auto committed = tx.commit(); !committed.ok())
            return committed.error();
        total += *read;
    }
}

Result<qint64> HealthSampleRepository::rollUpRaw(qint64 cutoffMs, qint64 bucketMs)
{
    // In chunks of 60 buckets, so memory stays bounded however much there is to roll up.
    return rollUpInChunks(
        u"health_samples"_s, {}, {}, cutoffMs, bucketMs, 60 * bucketMs,
        [this, bucketMs](qint64 chunkStart, qint64 chunkEnd) -> Result<qint64> {
            auto rows = collectRows(runSql(m_db,
                                           u"SELECT "_s + QLatin1StringView(kSampleColumns) +
                                               u" FROM health_samples WHERE at >= :from AND at < :to"_s,
                                           {{u":from"_s, chunkStart}, {u":to"_s, chunkEnd}}),
                                    sampleFromRow);
            if (!rows.ok())
                return rows.error();
            struct Acc
            {
                HealthRollup rollup;
                std::vector<qint64> latencies;
                qint64 newest = 0;
            };
            std::map<BucketKey, Acc> buckets;
            for (const HealthSample &s : *rows) {
                const qint64 at = s.time.toMSecsSinceEpoch();
                const qint64 start = floorTo(at, bucketMs);
                Acc &acc =
                    buckets[BucketKey{s.environmentId, s.slot, healthSampleSourceToString(s.source), start}];
                HealthRollup &r = acc.rollup;
                if (r.samples == 0) {
                    r.environmentId = s.environmentId;
                    r.slot = s.slot;
                    r.source = s.source;
                    r.bucketMs = bucketMs;
                    r.start = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
                }
                ++r.samples;
                r.failures += s.isFailure() ? 1 : 0;
                r.degraded += s.isDegradedOrWorse() ? 1 : 0;
                r.requests += s.requests;
                r.errors += s.errors;
                if (s.hasAnswer()) {
                    acc.latencies.push_back(s.latencyMs);
                    r.latencyMaxMs = std::max(r.latencyMaxMs, s.latencyMs);
                }
                if (!s.version.isEmpty() && at >= acc.newest) {
                    acc.newest = at;
                    r.version = s.version;
                }
            }
            QList<HealthRollup> out;
            for (auto &[key, acc] : buckets) {
                std::sort(acc.latencies.begin(), acc.latencies.end());
                acc.rollup.latencyP50Ms = nearestRank(acc.latencies, 50);
                acc.rollup.latencyP95Ms = nearestRank(acc.latencies, 95);
                out << acc.rollup;
            }
            if (auto stored = upsert(out); !stored.ok())
                return stored.error();
            return qint64(rows->size());
        });
}

Result<qint64> HealthSampleRepository::rollUpBuckets(qint64 cutoffMs, qint64 fromBucketMs, qint64 toBucketMs)
{
    return rollUpInChunks(
        u"health_rollups"_s, u"bucket_ms = :bucket"_s, {Binding{u":bucket"_s, fromBucketMs}}, cutoffMs,
        toBucketMs, 24 * toBucketMs,
        [this, fromBucketMs, toBucketMs](qint64 chunkStart, qint64 chunkEnd) -> Result<qint64> {
            auto rows = collectRows(
                runSql(
                    m_db,
                    u"SELECT "_s + QLatin1StringView(kRollupColumns) +
                        u" FROM health_rollups WHERE bucket_ms = :bucket AND at >= :from AND at < :to ORDER BY at"_s,
                    {{u":bucket"_s, fromBucketMs}, {u":from"_s, chunkStart}, {u":to"_s, chunkEnd}}),
                rollupFromRow);
            if (!rows.ok())
                return rows.error();
            struct Acc
            {
                HealthRollup rollup;
                double p50Sum = 0;
            };
            std::map<BucketKey, Acc> buckets;
            for (const HealthRollup &m : *rows) {
                const qint64 start = floorTo(m.start.toMSecsSinceEpoch(), toBucketMs);
                Acc &acc =
                    buckets[BucketKey{m.environmentId, m.slot, healthSampleSourceToString(m.source), start}];
                HealthRollup &r = acc.rollup;
                if (r.samples == 0) {
                    r = m;
                    r.bucketMs = toBucketMs;
                    r.start = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
                    acc.p50Sum = static_cast<double>(m.latencyP50Ms) * static_cast<double>(m.samples);
                    continue;
                }
                r.samples += m.samples;
                r.failures += m.failures;
                r.degraded += m.degraded;
                r.requests += m.requests;
                r.errors += m.errors;
                r.latencyP95Ms = std::max(r.latencyP95Ms, m.latencyP95Ms);
                r.latencyMaxMs = std::max(r.latencyMaxMs, m.latencyMaxMs);
                acc.p50Sum += static_cast<double>(m.latencyP50Ms) * static_cast<double>(m.samples);
                if (!m.version.isEmpty())
                    r.version = m.version; // rows come oldest first
            }
            QList<HealthRollup> out;
            for (auto &[key, acc] : buckets) {
                if (acc.rollup.samples > 0)
                    acc.rollup.latencyP50Ms =
                        std::llround(acc.p50Sum / static_cast<double>(acc.rollup.samples));
                out << acc.rollup;
            }
            if (auto stored = upsert(out); !stored.ok())
                return stored.error();
            return qint64(rows->size());
        });
}

Status HealthSampleRepository::upsert(const QList<HealthRollup> &rollups)
{
    // A bucket that exists already (samples that arrived late) is merged into.
    const QString sql =
        u"INSERT INTO health_rollups ("_s + QLatin1StringView(kRollupColumns) +
        u") VALUES (:env, :slot, :source, :bucket, :at, :samples, :failures, :degraded, :p50, :p95, :max,"
        " :requests, :errors, :version)"
        " ON CONFLICT (environment_id, slot, source, bucket_ms, at) DO UPDATE SET"
        " samples = health_rollups.samples + excluded.samples,"
        " failures = health_rollups.failures + excluded.failures,"
        " degraded = health_rollups.degraded + excluded.degraded,"
        " requests = health_rollups.requests + excluded.requests,"
        " errors = health_rollups.errors + excluded.errors,"
        " latency_p95_ms = CASE WHEN excluded.latency_p95_ms > health_rollups.latency_p95_ms"
        " THEN excluded.latency_p95_ms ELSE health_rollups.latency_p95_ms END,"
        " latency_max_ms = CASE WHEN excluded.latency_max_ms > health_rollups.latency_max_ms"
        " THEN excluded.latency_max_ms ELSE health_rollups.latency_max_ms END,"
        " version = excluded.version"_s;
    for (const HealthRollup &r : rollups) {
        auto ran = runSql(m_db, sql,
                          {{u":env"_s, r.environmentId},
                           {u":slot"_s, r.slot},
                           {u":source"_s, healthSampleSourceToString(r.source)},
                           {u":bucket"_s, r.bucketMs},
                           {u":at"_s, r.start.toMSecsSinceEpoch()},
                           {u":samples"_s, r.samples},
                           {u":failures"_s, r.failures},
                           {u":degraded"_s, r.degraded},
                           {u":p50"_s, r.latencyP50Ms},
                           {u":p95"_s, r.latencyP95Ms},
                           {u":max"_s, r.latencyMaxMs},
                           {u":requests"_s, r.requests},
                           {u":errors"_s, r.errors},
                           {u":version"_s, r.version}});
        if (!ran.ok())
            return ran.error();
        ran->finish();
    }
    return {};
}

Result<qint64> HealthSampleRepository::rawCount(std::optional<EnvironmentId> environment) const
{
    auto q = environment ? runSql(m_db, u"SELECT COUNT(*) FROM health_samples WHERE environment_id = :env"_s,
                                  {{u":env"_s, *environment}})
                         : runSql(m_db, u"SELECT COUNT(*) FROM health_samples"_s);
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> HealthSampleRepository::rollupCount(qint64 bucketMs) const
{
    auto q = runSql(m_db, u"SELECT COUNT(*) FROM health_rollups WHERE bucket_ms = :bucket"_s,
                    {{u":bucket"_s, bucketMs}});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace core
