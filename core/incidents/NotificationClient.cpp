#include "NotificationClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "core/Logging.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::NotificationClient)
};

QUrl joined(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    if (p.endsWith(u'/'))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

QString snippet(const QByteArray &body)
{
    return QString::fromUtf8(body.left(200)).simplified();
}

} // namespace

NotificationClient::NotificationClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

void NotificationClient::postSlack(const QUrl &webhook, const QString &text, QObject *context, Done done)
{
    QNetworkRequest request(webhook);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(m_timeoutMs);
    const QByteArray body = QJsonDocument(QJsonObject{{u"text"_s, text}}).toJson(QJsonDocument::Compact);
    finish(m_nam->post(request, body), true, context, std::move(done));
}

void NotificationClient::createStatuspageIncident(const QUrl &apiBase,
                                                  const QString &pageId,
                                                  const QByteArray &apiKey,
                                                  const QJsonObject &incident,
                                                  QObject *context,
                                                  Done done)
{
    QNetworkRequest request(joined(apiBase, u"/pages/%1/incidents"_s.arg(pageId)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "OAuth " + apiKey);
    request.setTransferTimeout(m_timeoutMs);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"incident"_s, incident}}).toJson(QJsonDocument::Compact);
    finish(m_nam->post(request, body), false, context, std::move(done));
}

void NotificationClient::updateStatuspageIncident(const QUrl &apiBase,
                                                  const QString &pageId,
                                                  const QString &incidentId,
                                                  const QByteArray &apiKey,
                                                  const QJsonObject &incident,
                                                  QObject *context,
                                                  Done done)
{
    QNetworkRequest request(joined(apiBase, u"/pages/%1/incidents/%2"_s.arg(pageId, incidentId)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "OAuth " + apiKey);
    request.setTransferTimeout(m_timeoutMs);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"incident"_s, incident}}).toJson(QJsonDocument::Compact);
    finish(m_nam->sendCustomRequest(request, "PATCH", body), false, context, std::move(done));
}

void NotificationClient::finish(QNetworkReply *reply, bool slack, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, slack, guard, done = std::move(done)] {
        reply->deleteLater();
        NotificationOutcome outcome;
        outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QString target = slack ? Tr::tr("Slack") : Tr::tr("Statuspage");
        if (outcome.httpStatus == 0) {
            // No HTTP answer. errorString() would name the URL (for Slack, the secret): say what kind.
            outcome.retryable = true;
            outcome.message = reply->error() == QNetworkReply::OperationCanceledError ||
                                      reply->error() == QNetworkReply::TimeoutError
                                  ? Tr::tr("%1 did not answer in time.").arg(target)
                                  : Tr::tr("%1 could not be reached (network error %2).")
                                        .arg(target)
                                        .arg(static_cast<int>(reply->error()));
        } else if (outcome.httpStatus >= 200 && outcome.httpStatus < 300) {
            outcome.ok = true;
            if (!slack)
                outcome.externalId = QJsonDocument::fromJson(body).object().value(u"id"_s).toString();
            outcome.message = Tr::tr("%1 accepted the update (HTTP %2).").arg(target).arg(outcome.httpStatus);
            if (!slack && outcome.externalId.isEmpty() &&
                reply->operation() == QNetworkAccessManager::PostOperation) {
                outcome.ok = false;
                outcome.retryable = false;
                outcome.message = Tr::tr("Statuspage answered without an incident id.");
            }
        } else {
            const int s = outcome.httpStatus;
            outcome.retryable = s == 420 || s == 429 || s >= 500;
            const QByteArray retryAfter = reply->rawHeader("Retry-After");
            if (!retryAfter.isEmpty()) {
                bool isNumber = false;
                const int secs = retryAfter.trimmed().toInt(&isNumber);
                if (isNumber)
                    outcome.retryAfterMs = secs * 1000;
            }
            outcome.message =
                Tr::tr("%1 refused the update (HTTP %2): %3").arg(target).arg(s).arg(snippet(body));
        }
        qCInfo(lcProviders) << (slack ? "slack" : "statuspage") << "update: HTTP" << outcome.httpStatus
                            << (outcome.ok ? "ok" : "failed");
        if (guard)
            done(outcome);
    });
}

} // namespace core
