#include "SampleFaultClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;

namespace testsupport {

core::Result<QJsonObject> setSampleFaults(QNetworkAccessManager &nam, quint16 port, const QJsonObject &faults)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/__faults"_s.arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = nam.post(request, QJsonDocument(faults).toJson(QJsonDocument::Compact));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 6000);
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!finished || status != 200) {
        return core::Error{u"test.faults"_s,
                           u"POST /__faults on port %1 answered HTTP %2: %3"_s.arg(port).arg(status).arg(
                               QString::fromUtf8(body)),
                           {}};
    }
    return QJsonDocument::fromJson(body).object();
}

core::Result<QJsonObject> sampleMetrics(QNetworkAccessManager &nam, quint16 port)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/__metrics"_s.arg(port)));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = nam.get(request);
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 6000);
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject metrics = QJsonDocument::fromJson(body).object();
    if (!finished || status != 200 || !metrics.value(u"requests"_s).isDouble()) {
        return core::Error{u"test.metrics"_s,
                           u"GET /__metrics on port %1 answered HTTP %2: %3"_s.arg(port).arg(status).arg(
                               QString::fromUtf8(body)),
                           {}};
    }
    return metrics;
}

} // namespace testsupport
