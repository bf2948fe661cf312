#pragma once

#include <functional>

#include <QDeadlineTimer>
#include <QObject>

#include "SampleOptions.h"

class QNetworkAccessManager;

namespace app {

// The control modes: --replace (stop the instance in the pid file, start a new one detached, wait until it
// answers, write the pid file) and --stop. Never blocks the event loop; finished() carries the exit code.
class SampleControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleControl)

public:
    static constexpr int kTermWaitMs = 5000;
    static constexpr int kKillWaitMs = 2000;
    static constexpr int kStartWaitMs = 10000;
    static constexpr int kPollMs = 20;

    explicit SampleControl(SampleOptions options, QObject *parent = nullptr);

    void run();

signals:
    void finished(int exitCode);

private:
    void stopRunning(std::function<void(bool wasRunning)> then);
    void waitForExit(qint64 pid, QDeadlineTimer deadline, bool killed, std::function<void()> then);
    void startNew();
    void pollNew();
    void succeed(const QString &line);
    void fail(const QString &reason);

    SampleOptions m_options;
    QNetworkAccessManager *m_nam;
    qint64 m_pid = 0;
    QDeadlineTimer m_startDeadline;
};

} // namespace app
