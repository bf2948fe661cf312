#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "core/Result.h"

class QTimer;

namespace core {

// Runs one command without a shell (program + arguments), streams its output line by line and enforces
// a timeout. Never blocks: finished() reports the outcome. Errors: "command.start_failed",
// "command.exit_code", "command.crashed", "command.timeout", "command.cancelled", "command.busy".
class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    static constexpr int kKillGraceMs = 2000;

    explicit CommandRunner(QObject *parent = nullptr);
    ~CommandRunner() override;

    void start(const QString &program,
               const QStringList &arguments,
               int timeoutMs,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // Terminates the command and its children (SIGTERM to its process group, SIGKILL after kKillGraceMs);
    // finished() follows with "command.cancelled". Destroying a running runner kills the command.
    void cancel();
    [[nodiscard]] bool isRunning() const;

signals:
    void outputLine(const QString &line, bool isStderr);
    void finished(const core::Status &status);

private:
    enum class StopReason
    {
        None,
        Timeout,
        Cancel
    };

    void readChannel(QProcess::ProcessChannel channel, bool flush);
    void stopProcess(StopReason reason);
    void signalGroup(int signal);
    void handleError(QProcess::ProcessError error);
    void handleFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void finish(const Status &status);

    QProcess *m_process = nullptr;
    QTimer *m_timeoutTimer = nullptr;
    QTimer *m_killTimer = nullptr;
    QString m_program;
    int m_timeoutMs = 0;
    StopReason m_stopReason = StopReason::None;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrBuffer;
};

} // namespace core
