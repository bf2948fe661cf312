#include "HealthProbe.h"

#include <memory>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include "core/Logging.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

bool isTimeout(QNetworkReply::NetworkError error)
{
    // A transfer timeout aborts the reply: Qt reports it as OperationCanceledError (we never abort
    // otherwise).
    return error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
}

Error networkError(const QNetworkReply *reply, const QUrl &url, int timeoutMs)
{
    if (isTimeout(reply->error())) {
        return Error{u"health.timeout"_s,
                     HealthProbe::tr("%1 did not answer within %2 ms.")
                         .arg(url.toDisplayString(), QString::number(timeoutMs)),
                     reply->errorString()};
    }
    return Error{u"health.unreachable"_s,
                 HealthProbe::tr("Could not reach %1: %2").arg(url.toDisplayString(), reply->errorString()),
                 QString::number(int(reply->error()))};
}

} // namespace

bool ProbeOutcome::isHealthy() const
{
    return report.ok() && report->status == HealthStatus::Healthy;
}

HealthProbe::HealthProbe(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

void HealthProbe::probe(const QUrl &url,
                        int timeoutMs,
                        QObject *context,
                        std::function<void(const ProbeOutcome &)> done,
                        ProbeConnection connection)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Cache-Control", "no-cache");
    request.setRawHeader("Accept", "application/json");
    if (connection == ProbeConnection::Fresh) // not kept for the next probe, which then connects anew
        request.setRawHeader("Connection", "close");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QNetworkReply *reply = m_nam->get(request);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, reply,
            [reply, guard, url, timeoutMs, at, timer, done = std::move(done)] {
                reply->deleteLater();
                if (!guard)
                    return;
                ProbeOutcome outcome;
                outcome.url = url;
                outcome.at = at;
                outcome.latencyMs = timer->elapsed();
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                outcome.httpStatus = status.isValid() ? status.toInt() : 0;
                outcome.routerSlot = QString::fromUtf8(reply->rawHeader("X-Switchyard-Slot"));
                outcome.servedBy = QString::fromUtf8(reply->rawHeader("X-Served-By"));
                if (outcome.httpStatus == 0 || isTimeout(reply->error()))
                    outcome.report = networkError(reply, url, timeoutMs);
                else
                    outcome.report = HealthReport::parse(outcome.httpStatus, reply->readAll());
                qCDebug(lcProviders) << "probe" << url.toDisplayString() << outcome.httpStatus
                                     << outcome.latencyMs << "ms"
                                     << (outcome.report ? u"ok"_s : outcome.report.error().code);
                done(outcome);
            });
}

} // namespace core
