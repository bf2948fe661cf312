#include "CommandRunner.h"

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

#include <QTimer>

#include "core/Logging.h"

using namespace Qt::StringLiterals;

namespace core {

CommandRunner::CommandRunner(QObject *parent)
    : QObject(parent)
    , m_timeoutTimer(new QTimer(this))
    , m_killTimer(new QTimer(this))
{
    m_timeoutTimer->setSingleShot(true);
    m_killTimer->setSingleShot(true);
    m_killTimer->setInterval(kKillGraceMs);
    connect(m_timeoutTimer, &QTimer::timeout, this, [this] { stopProcess(StopReason::Timeout); });
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (isRunning()) {
            qCWarning(lcProviders) << m_program << "ignored SIGTERM; killing it";
            signalGroup(SIGKILL);
        }
    });
}

CommandRunner::~CommandRunner()
{
    if (!isRunning())
        return;
    // Kill the command without waiting for it: its QProcess lives on until the exit is seen.
    m_process->disconnect(this);
    m_process->setParent(nullptr);
    connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    signalGroup(SIGKILL);
}

void CommandRunner::signalGroup(int signal)
{
    const qint64 pid = m_process ? m_process->processId() : 0;
    // The command leads its own process group, so its children go too (unless it just started and
    // has not reached setpgid yet: then at least the command itself).
    if (pid > 0 && ::kill(-pid_t(pid), signal) != 0)
        ::kill(pid_t(pid), signal);
}

bool CommandRunner::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void CommandRunner::start(const QString &program,
                          const QStringList &arguments,
                          int timeoutMs,
                          const QProcessEnvironment &env)
{
    if (m_process) {
        emit finished(Error{
            u"command.busy"_s, tr("Cannot start %1: %2 is still running.").arg(program, m_program), {}});
        return;
    }
    m_program = program;
    m_timeoutMs = timeoutMs;
    m_stopReason = StopReason::None;
    m_stdoutBuffer.clear();
    m_stderrBuffer.clear();

    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    m_process->setProcessEnvironment(env);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // Its own process group, so that a timeout or cancel also ends what the command started.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readChannel(QProcess::StandardOutput, false); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readChannel(QProcess::StandardError, false); });
    connect(m_process, &QProcess::errorOccurred, this, &CommandRunner::handleError);
    connect(m_process, &QProcess::finished, this, &CommandRunner::handleFinished);

    qCInfo(lcProviders).noquote() << "run" << program << arguments.join(u' ');
    if (timeoutMs > 0)
        m_timeoutTimer->start(timeoutMs);
    m_process->start();
}

void CommandRunner::cancel()
{
    if (isRunning())
        stopProcess(StopReason::Cancel);
}

void CommandRunner::stopProcess(StopReason reason)
{
    if (!isRunning() || m_stopReason != StopReason::None)
        return;
    m_stopReason = reason;
    signalGroup(SIGTERM);
    m_killTimer->start();
}

void CommandRunner::readChannel(QProcess::ProcessChannel channel, bool flush)
{
    const bool isStderr = channel == QProcess::StandardError;
    QByteArray &buffer = isStderr ? m_stderrBuffer : m_stdoutBuffer;
    buffer += isStderr ? m_process->readAllStandardError() : m_process->readAllStandardOutput();
    qsizetype start = 0;
    for (qsizetype end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n', start)) {
        QByteArray line = buffer.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        emit outputLine(QString::fromUtf8(line), isStderr);
    }
    buffer.remove(0, start);
    if (flush && !buffer.isEmpty()) {
        emit outputLine(QString::fromUtf8(buffer), isStderr);
        buffer.clear();
    }
}

void CommandRunner::handleError(QProcess::ProcessError error)
{
    // Crashes and timeouts also end in finished(); only a failed start does not.
    if (error != QProcess::FailedToStart)
        return;
    finish(Error{u"command.start_failed"_s,
                 tr("Could not start %1: %2").arg(m_program, m_process->errorString()),
                 {}});
}

void CommandRunner::handleFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    readChannel(QProcess::StandardOutput, true);
    readChannel(QProcess::StandardError, true);
    switch (m_stopReason) {
    case StopReason::Timeout:
        finish(Error{u"command.timeout"_s,
                     tr("%1 did not finish within %2 ms and was stopped.")
                         .arg(m_program, QString::number(m_timeoutMs)),
                     {}});
        return;
    case StopReason::Cancel:
        finish(Error{u"command.cancelled"_s, tr("%1 was cancelled.").arg(m_program), {}});
        return;
    case StopReason::None:
        break;
    }
    if (exitStatus == QProcess::CrashExit) {
        finish(Error{u"command.crashed"_s, tr("%1 crashed.").arg(m_program), m_process->errorString()});
    } else if (exitCode != 0) {
        finish(Error{u"command.exit_code"_s,
                     tr("%1 failed with exit code %2.").arg(m_program, QString::number(exitCode)),
                     {}});
    } else {
        finish(Status{});
    }
}

void CommandRunner::finish(const Status &status)
{
    m_timeoutTimer->stop();
    m_killTimer->stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (!status)
        qCInfo(lcProviders).noquote() << status.error().toString();
    emit finished(status);
}

} // namespace core
