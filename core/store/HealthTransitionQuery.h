#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/Result.h"
#include "core/model/Ids.h"

namespace core {

// One change of a slot's health level (healthy, degraded, unhealthy) seen by its probe.
struct HealthTransition
{
    EnvironmentId environmentId = 0;
    QString slot;
    QDateTime at;         // the first sample (or bucket start) at the new level, UTC
    QString fromLevel;    // empty when nothing was recorded before
    QString toLevel;      // healthy, degraded or unhealthy ("error" samples count as unhealthy)
    qint64 bucketMs = 0;  // 0: a raw sample; else a rolled-up bucket of that length
    int httpStatus = 0;   // raw samples only
    qint64 latencyMs = 0; // the sample's latency, or the bucket's p50
    QString error;        // raw samples only
    qint64 samples = 1;   // buckets: how many samples, and how many of them failed
    qint64 failures = 0;

    friend bool operator==(const HealthTransition &, const HealthTransition &) = default;
};

// Health transitions of an environment's slots over a time range, found by the database: per slot, one
// indexed range read of the raw probe samples and of the rolled-up buckets (minute and hour, see
// HealthSampleRepository), of which a window function (LAG) keeps only the rows whose level differs from
// the row before; plus one indexed look-up of the last level before the range, so the first row in the
// range counts only if it changed something. A bucket's level is the one HealthRollup::toSample gives
// (unhealthy when most of it failed, degraded when any of it was not healthy). Never loads the samples
// that repeat a level.
class HealthTransitionQuery
{
public:
    explicit HealthTransitionQuery(QSqlDatabase db);

    // Transitions with from <= at <= to, oldest first (slots in name order on equal times). A slot whose
    // first level in the range is its first ever recorded appears only if that level is not healthy.
    Result<QList<HealthTransition>>
    transitions(EnvironmentId environment, const QDateTime &from, const QDateTime &to) const;

private:
    Result<QList<HealthTransition>>
    transitionsOfSlot(EnvironmentId environment, const QString &slot, qint64 fromMs, qint64 toMs) const;

    QSqlDatabase m_db;
};

} // namespace core
