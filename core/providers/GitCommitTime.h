#pragma once

#include <functional>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "core/Result.h"

class QObject;

namespace core {

// When a commit was made, from the repository it lives in: runs `git show -s --format=%cI SHA` (no shell)
// in the repository's folder and parses the strict ISO 8601 committer date. Asynchronous: the callback
// runs once, on `context`'s thread, with the time in UTC or why there is none (git missing, not a
// repository, unknown commit, timeout).
class GitCommitTime
{
public:
    using Callback = std::function<void(Result<QDateTime>)>;
    static constexpr int kDefaultTimeoutMs = 10000;

    GitCommitTime() = delete;

    static void lookup(const QString &repository,
                       const QString &sha,
                       QObject *context,
                       Callback done,
                       int timeoutMs = kDefaultTimeoutMs);

    // The output of `git show -s --format=%cI`: one ISO 8601 date with its offset.
    static Result<QDateTime> parse(const QByteArray &output);
    // A date given by hand (`release add --commit-time`): ISO 8601; without an offset it is UTC.
    static Result<QDateTime> parseIso(const QString &text);
};

} // namespace core
