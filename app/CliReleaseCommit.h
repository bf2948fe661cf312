#pragma once

#include <QDateTime>
#include <QString>

#include "core/Result.h"

namespace app {

// `release add`: when the release's commit was made. From --commit-time, else from the repository given
// with --repo (git show, through core::GitCommitTime), else unknown: DORA lead time then counts from the
// release's registration, and the note says so (also when the repository could not tell).
class CliReleaseCommit
{
public:
    struct Found
    {
        QDateTime at; // invalid: unknown
        QString note; // for the user: where the time came from, or why there is none
    };

    // An error only for a --commit-time that is not a date (bad input).
    static core::Result<Found> find(const QString &sha, const QString &commitTime, const QString &repository);
};

} // namespace app
