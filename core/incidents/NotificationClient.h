#pragma once

#include <functional>

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace core {

// How one request to a notification target went. `message` never contains the secret (a Slack
// webhook URL is the credential, so no URL appears in it at all).
struct NotificationOutcome
{
    bool ok = false;
    int httpStatus = 0;     // 0: no HTTP answer
    bool retryable = false; // network error, timeout, 420/429 or 5xx
    int retryAfterMs = -1;  // from Retry-After, when given
    QString externalId;     // Statuspage: the incident id
    QString message;
};

// Posts incident updates: a Slack incoming webhook (POST {"text": …}, answer "ok") and the Statuspage
// Manage API (POST /pages/{page}/incidents to create, PATCH …/incidents/{id} to update;
// Authorization: OAuth <key>). One attempt per call; core::CommunicationOutbox retries.
class NotificationClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationClient)

public:
    using Done = std::function<void(const NotificationOutcome &)>;

    explicit NotificationClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void postSlack(const QUrl &webhook, const QString &text, QObject *context, Done done);
    void createStatuspageIncident(const QUrl &apiBase,
                                  const QString &pageId,
                                  const QByteArray &apiKey,
                                  const QJsonObject &incident,
                                  QObject *context,
                                  Done done);
    void updateStatuspageIncident(const QUrl &apiBase,
                                  const QString &pageId,
                                  const QString &incidentId,
                                  const QByteArray &apiKey,
                                  const QJsonObject &incident,
                                  QObject *context,
                                  Done done);

private:
    void finish(QNetworkReply *reply, bool slack, QObject *context, Done done);

    QNetworkAccessManager *m_nam;
    int m_timeoutMs = 15000;
};

} // namespace core
