#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include "core/incidents/Communication.h"

namespace core {

class Incidents;
class NotificationClient;
class SecretStore;
struct NotificationOutcome;

// Sends the queued communications of the workspace outbox, one at a time, and records every attempt
// (on the incident's timeline) with its outcome. A failure that may pass (network, timeout, 429/420,
// 5xx, keychain unavailable) is retried with exponential backoff — base·2^(n−1), capped, or the
// server's Retry-After — up to the communication's max attempts; then, or at once for a refusal
// (4xx, no channel configured), it is marked failed and stays visible until someone retries it.
// Because the queue lives in the workspace, nothing is lost when the process ends: the next pump
// (at start-up) picks up what is still pending.
class CommunicationOutbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunicationOutbox)

public:
    struct Options
    {
        int baseDelayMs = 2000;
        int maxDelayMs = 5 * 60 * 1000;
    };

    CommunicationOutbox(Incidents &incidents,
                        NotificationClient &client,
                        SecretStore &secrets,
                        Options options,
                        QObject *parent = nullptr);
    ~CommunicationOutbox() override;

    // Sends everything due now, then waits for the next due attempt on a timer.
    void pump();
    [[nodiscard]] bool busy() const { return m_current != 0; }
    // The delay before attempt `attempts + 1` after `attempts` failures.
    [[nodiscard]] int backoffMs(int attempts) const;

Q_SIGNALS:
    void attempted(qint64 communication, bool ok, bool finalState);
    // Nothing is due now (some may still wait for a later retry).
    void idle();

private:
    void sendNext();
    void send(const Communication &c);
    void complete(Communication c, const NotificationOutcome &outcome);
    void scheduleNext();

    Incidents &m_incidents;
    NotificationClient &m_client;
    SecretStore &m_secrets;
    Options m_options;
    QList<Communication> m_queue;
    qint64 m_current = 0;
    QTimer m_timer;
};

} // namespace core
