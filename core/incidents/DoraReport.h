#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include "core/Result.h"
#include "core/model/Ids.h"

namespace core {

// The four DORA measures of one environment over a period, from the deployment history.
//  - deployment frequency: successful deploys (kind deploy) that finished in the period, per day;
//  - lead time for changes: mean time from the release's commit to its successful deploy here. A release
//    registered without a commit time (before schema 9, or when neither --commit-time nor the repository
//    gave one) counts from its registration in Switchyard instead, which understates its lead time by
//    however long the commit waited; `leadTimeFromCommit` says how many of the samples had a commit time;
//  - change failure rate: of the deploys that started in the period and finished (succeeded or failed),
//    the share that hurt users: rolled back later, or failed once traffic had moved (in switch,
//    monitor or finalize). A deploy that fails before switching never reached users and is not a
//    failed change;
//  - time to restore: mean over the successful rollbacks that finished in the period, from when the
//    failure began to the rollback's end. The start is the earliest start of an incident that names the
//    rolled-back deployment as its cause; else, for a deploy that failed (automatic rollback), the
//    moment it failed; else the rollback's own start.
// Everything is aggregated in SQL (a few grouped queries whatever the history's size).
struct DoraFigures
{
    EnvironmentId environmentId = 0;
    QString service;
    QString environment;
    double periodDays = 0;
    int deployments = 0;
    double deploymentsPerDay = 0;
    int leadTimeSamples = 0;
    int leadTimeFromCommit = 0; // samples measured from the commit (the rest from registration)
    std::optional<qint64> meanLeadTimeMs;
    int changes = 0;
    int failedChanges = 0;
    std::optional<double> changeFailureRate; // 0..1
    int restores = 0;
    std::optional<qint64> meanTimeToRestoreMs;
};

class DoraReport
{
public:
    DoraReport() = delete;
    // [from, to) in UTC; one entry per environment, in service then lifecycle order.
    static Result<QList<DoraFigures>>
    compute(const QSqlDatabase &db, const QDateTime &from, const QDateTime &to);
};

} // namespace core
