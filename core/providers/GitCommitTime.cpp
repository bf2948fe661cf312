#include "GitCommitTime.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include "core/Logging.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::GitCommitTime)
};

Error failed(const QString &message, const QString &detail = {})
{
    return Error{u"git.commit_time"_s, message, detail};
}

} // namespace

Result<QDateTime> GitCommitTime::parseIso(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid() || !text.contains(u'T'))
        return failed(
            Tr::tr("“%1” is not an ISO 8601 date and time (e.g. 2026-11-30T14:03:11+01:00).").arg(text));
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no offset given: UTC, whatever this machine's zone
    return t.toUTC();
}

Result<QDateTime> GitCommitTime::parse(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output).trimmed();
    if (text.isEmpty() || text.contains(u'\n'))
        return failed(Tr::tr("git did not print one commit date."), text.left(200));
    return parseIso(text);
}

void GitCommitTime::lookup(
    const QString &repository, const QString &sha, QObject *context, Callback done, int timeoutMs)
{
    static const QRegularExpression hex(u"^[0-9a-fA-F]{4,64}$"_s);
    auto finish = [context, done](Result<QDateTime> result) {
        QTimer::singleShot(0, context, [done, result = std::move(result)] { done(result); });
    };
    if (!hex.match(sha).hasMatch()) {
        finish(failed(Tr::tr("“%1” is not a commit SHA (4 to 64 hexadecimal digits).").arg(sha)));
        return;
    }
    if (!QDir(repository).exists()) {
        finish(failed(Tr::tr("The repository folder %1 does not exist.").arg(repository)));
        return;
    }
    auto *process = new QProcess(context);
    process->setWorkingDirectory(repository);
    process->setProgram(u"git"_s);
    process->setArguments({u"show"_s, u"-s"_s, u"--format=%cI"_s, sha});
    auto reported = std::make_shared<bool>(false);
    auto report = [process, done, reported](Result<QDateTime> result) {
        if (*reported)
            return;
        *reported = true;
        process->disconnect();
        if (process->state() != QProcess::NotRunning)
            process->kill();
        process->deleteLater();
        done(result);
    };
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, process, [report, repository, timeoutMs] {
        report(failed(Tr::tr("git did not answer within %1 s in %2.").arg(timeoutMs / 1000).arg(repository)));
    });
    QObject::connect(
        process, &QProcess::errorOccurred, process, [report, process](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                report(failed(Tr::tr("git could not be started: %1").arg(process->errorString())));
        });
    QObject::connect(
        process, &QProcess::finished, process,
        [report, process, sha, repository](int code, QProcess::ExitStatus status) {
            if (status != QProcess::NormalExit || code != 0) {
                const QString why = QString::fromUtf8(process->readAllStandardError()).trimmed();
                qCInfo(lcProviders) << "git show failed in" << repository << ":" << why;
                report(failed(
                    Tr::tr("git knows no commit %1 in %2: %3").arg(sha, repository, why.section(u'\n', 0, 0)),
                    why));
                return;
            }
            report(parse(process->readAllStandardOutput()));
        });
    timer->start(timeoutMs);
    process->start();
}

} // namespace core
