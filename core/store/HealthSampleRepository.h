#pragma once

#include <functional>
#include <optional>
#include <utility>

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include "core/Result.h"
#include "core/health/HealthSample.h"
#include "core/store/Dialect.h"

namespace core {

// A bucket of rolled-up samples of one slot and source.
struct HealthRollup
{
    EnvironmentId environmentId = 0;
    QString slot;
    HealthSample::Source source = HealthSample::Source::Probe;
    qint64 bucketMs = 0;
    QDateTime start; // bucket start, UTC
    qint64 samples = 0;
    qint64 failures = 0;
    qint64 degraded = 0; // degraded, unhealthy or error
    qint64 latencyP50Ms = 0;
    qint64 latencyP95Ms = 0;
    qint64 latencyMaxMs = 0;
    qint64 requests = 0; // metrics samples
    qint64 errors = 0;
    QString version; // the newest version seen in the bucket

    [[nodiscard]] HealthSample toSample() const;
    friend bool operator==(const HealthRollup &, const HealthRollup &) = default;
};

// How old samples are thinned out (ages are measured from `now`).
struct HealthRollupPolicy
{
    qint64 rawAgeMs = 24LL * 3600 * 1000;         // raw samples older than this become minute buckets
    qint64 minuteAgeMs = 30LL * 24 * 3600 * 1000; // minute buckets older than this become hour buckets
    qint64 minuteMs = 60 * 1000;
    qint64 hourMs = 3600 * 1000;
};

struct HealthRollupReport
{
    qint64 rawRolledUp = 0;     // raw samples folded into minute buckets (and deleted)
    qint64 minutesRolledUp = 0; // minute buckets folded into hour buckets (and deleted)
};

// Health samples in the workspace: appended in batches by the monitor, rolled up with age so the
// workspace stays bounded (raw for a day, per minute for a month, per hour after that), read back by time
// range for the dashboard.
//
// Rollups: a bucket keeps count, failures, degraded count, p50 / p95 (nearest rank over the answered
// samples' latencies) and max latency, metrics requests and errors, and the newest version. An hour bucket
// made from minute buckets takes the sample-weighted mean of their p50s and the largest of their p95s (an
// upper bound: percentiles do not compose). Bucket boundaries are aligned to the epoch, and only buckets
// wholly older than the age limit are rolled up, so a bucket is never split between raw and rolled-up rows.
class HealthSampleRepository
{
public:
    // Rows per INSERT statement in append().
    static constexpr int kRowsPerInsert = 100;

    HealthSampleRepository(QSqlDatabase db, const Dialect &dialect);

    // Appends samples in one transaction, with multi-row INSERTs. Every sample needs an environment id.
    Status append(const QList<HealthSample> &samples);

    // Raw samples with from <= time < to, oldest first; `slot` narrows to one slot.
    Result<QList<HealthSample>> samples(EnvironmentId environment,
                                        const QDateTime &from,
                                        const QDateTime &to,
                                        const std::optional<QString> &slot = std::nullopt) const;
    // Buckets of `bucketMs` starting in [from, to), oldest first.
    Result<QList<HealthRollup>> rollups(EnvironmentId environment,
                                        qint64 bucketMs,
                                        const QDateTime &from,
                                        const QDateTime &to,
                                        const std::optional<QString> &slot = std::nullopt) const;
    // Everything in [from, to) at the finest resolution kept: hour buckets, then minute buckets, then raw
    // samples, as HealthSample values (rollups with sampleCount > 1 or bucketMs > 0), oldest first.
    Result<QList<HealthSample>> series(EnvironmentId environment,
                                       const QDateTime &from,
                                       const QDateTime &to,
                                       const std::optional<QString> &slot = std::nullopt) const;

    // Rolls up what is old enough (in chunks, one transaction each). Safe to call often.
    Result<HealthRollupReport> rollUp(const QDateTime &now, const HealthRollupPolicy &policy = {});

    Result<qint64> rawCount(std::optional<EnvironmentId> environment = std::nullopt) const;
    Result<qint64> rollupCount(qint64 bucketMs) const;

private:
    // Reads the rows of one chunk [from, to), stores their rollups, and says how many rows it read.
    using ChunkRollup = std::function<Result<qint64>(qint64 from, qint64 to)>;
    // Rolls up `table` (rows matching `filter`, a constant condition over named parameters, and older than
    // cutoffMs) chunk by chunk, oldest first: each chunk starts at its oldest row floored to bucketMs and is
    // at most chunkMs long; `rollChunk` and the deletion of the chunk's rows share one write transaction.
    // Returns the rows read in all.
    Result<qint64> rollUpInChunks(const QString &table,
                                  const QString &filter,
                                  const QList<std::pair<QString, QVariant>> &filterBindings,
                                  qint64 cutoffMs,
                                  qint64 bucketMs,
                                  qint64 chunkMs,
                                  const ChunkRollup &rollChunk);
    Result<qint64> rollUpRaw(qint64 cutoffMs, qint64 bucketMs);
    Result<qint64> rollUpBuckets(qint64 cutoffMs, qint64 fromBucketMs, qint64 toBucketMs);
    Status upsert(const QList<HealthRollup> &rollups);

    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
