#include "CliReleaseCommit.h"

#include <optional>

#include <QCoreApplication>
#include <QEventLoop>

#include "core/providers/GitCommitTime.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(app::Cli)
};

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

core::Result<CliReleaseCommit::Found>
CliReleaseCommit::find(const QString &sha, const QString &commitTime, const QString &repository)
{
    if (!commitTime.isEmpty()) {
        auto at = core::GitCommitTime::parseIso(commitTime);
        if (!at.ok())
            return at.error();
        return Found{*at, Tr::tr("Commit time %1 (from --commit-time).").arg(utc(*at))};
    }
    const QString fallback =
        Tr::tr("DORA lead time for this release will count from its registration, not from the commit.");
    if (repository.isEmpty() || sha.isEmpty()) {
        return Found{{},
                     Tr::tr("No commit time recorded (give --commit-time, or --commit with --repo). %1")
                         .arg(fallback)};
    }
    // The CLI runs one command at a time: wait here for git (bounded by GitCommitTime's timeout).
    QEventLoop loop;
    std::optional<core::Result<QDateTime>> answer;
    core::GitCommitTime::lookup(repository, sha, &loop, [&](core::Result<QDateTime> result) {
        answer = std::move(result);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    if (!answer->ok())
        return Found{{}, Tr::tr("No commit time: %1 %2").arg(answer->error().message, fallback)};
    return Found{**answer, Tr::tr("Commit time %1 (from git in %2).").arg(utc(**answer), repository)};
}

} // namespace app
