#include "NginxInstance.h"

#include <csignal>

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include "core/Logging.h"
#include "core/providers/ProcessIds.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr int kPollMs = 10;

// Polls `condition` until it holds or `timeoutMs` passes (a bounded synchronous wait).
template <typename Condition> bool waitUntil(int timeoutMs, Condition condition)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(kPollMs);
    }
    return true;
}

} // namespace

NginxInstance::NginxInstance(QString prefix, QString binary)
    : m_prefix(QDir::cleanPath(QDir(prefix).absolutePath()))
    , m_binary(std::move(binary))
{}

QString NginxInstance::confPath() const
{
    return m_prefix + u"/conf/nginx.conf"_s;
}

QString NginxInstance::errorLogPath() const
{
    return m_prefix + u"/logs/error.log"_s;
}

QString NginxInstance::pidFilePath() const
{
    return m_prefix + u"/logs/nginx.pid"_s;
}

QStringList NginxInstance::commandArgs() const
{
    return {u"-p"_s, m_prefix + u'/', u"-c"_s, confPath(), u"-e"_s, errorLogPath()};
}

QString NginxInstance::resolveBinary(const QString &binary)
{
    if (binary.contains(u'/')) {
        const QFileInfo info(binary);
        return info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    QString found = QStandardPaths::findExecutable(binary);
    if (found.isEmpty()) // Debian keeps nginx in /usr/sbin, which a user's PATH may lack.
        found = QStandardPaths::findExecutable(binary, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s});
    return found;
}

Status NginxInstance::writeConfig(const QList<NginxSite> &sites)
{
    const QDir root(m_prefix);
    for (const QString &dir : {u"conf"_s, u"logs"_s, u"tmp"_s}) {
        if (!root.mkpath(dir)) {
            return Error{u"nginx.io"_s, tr("Could not create the folder %1.").arg(root.filePath(dir)), {}};
        }
    }
    QSaveFile file(confPath());
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(NginxConfig::renderMain(m_prefix, sites).toUtf8()) < 0 || !file.commit()) {
        return Error{u"nginx.io"_s, tr("Could not write %1: %2").arg(confPath(), file.errorString()), {}};
    }
    return {};
}

std::optional<qint64> NginxInstance::pid() const
{
    return readPidFile(pidFilePath());
}

bool NginxInstance::isRunning() const
{
    const auto current = pid();
    return current && isProcessAlive(*current);
}

Status NginxInstance::start()
{
    const QString program = resolveBinary(m_binary);
    if (program.isEmpty()) {
        return Error{
            u"nginx.not_found"_s,
            tr("nginx was not found (looked for \"%1\"). Install nginx to run a local router.").arg(m_binary),
            {}};
    }
    if (isRunning()) {
        return Error{u"nginx.start_failed"_s,
                     tr("nginx under %1 is already running (pid %2).").arg(m_prefix, QString::number(*pid())),
                     {}};
    }
    QFile::remove(pidFilePath());

    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, commandArgs());
    // nginx daemonizes: the command returns once the master has forked and the ports are bound.
    const bool exited = process.waitForFinished(kStartTimeoutMs);
    const QString output = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (!exited || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (!exited)
            process.kill();
        return Error{u"nginx.start_failed"_s,
                     tr("nginx under %1 did not start: %2")
                         .arg(m_prefix, output.isEmpty() ? process.errorString() : output),
                     commandArgs().join(u' ')};
    }
    if (!waitUntil(kStartTimeoutMs, [this] { return isRunning(); })) {
        return Error{u"nginx.start_failed"_s,
                     tr("nginx under %1 started but wrote no pid file to %2 within %3 ms.")
                         .arg(m_prefix, pidFilePath(), QString::number(kStartTimeoutMs)),
                     {}};
    }
    qCInfo(lcProviders) << "nginx started under" << m_prefix << "pid" << *pid();
    return {};
}

Status NginxInstance::stop()
{
    const auto current = pid();
    if (!current || !isProcessAlive(*current))
        return {};
    const qint64 master = *current;
    const auto gone = [master] { return !isProcessAlive(master); };
    signalProcess(master, SIGQUIT);
    if (waitUntil(kStopTimeoutMs, gone))
        return {};
    qCWarning(lcProviders) << "nginx" << master << "ignored SIGQUIT; terminating it";
    signalProcess(master, SIGTERM);
    if (waitUntil(kStopTimeoutMs / 2, gone))
        return {};
    // The daemonized master leads its own process group: take the workers down with it.
    signalProcess(-master, SIGKILL);
    if (waitUntil(kStopTimeoutMs / 2, gone))
        return {};
    return Error{
        u"nginx.stop_failed"_s, tr("nginx (pid %1) under %2 did not stop.").arg(master).arg(m_prefix), {}};
}

} // namespace core
