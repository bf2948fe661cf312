#pragma once

#include <QObject>

class QSocketNotifier;

namespace app {

// Turns SIGTERM and SIGINT into a Qt signal (self-pipe), so the service can shut down cleanly.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);

private:
    static void handle(int signal);
    void readSignal();

    static int s_fds[2];
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace app
