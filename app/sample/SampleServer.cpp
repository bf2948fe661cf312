#include "SampleServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace app {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

QJsonObject check(const QString &name, const QString &status, const QString &error = {}, int latencyMs = -1)
{
    QJsonObject obj{{u"name"_s, name}, {u"status"_s, status}};
    if (!error.isEmpty())
        obj.insert(u"error"_s, error);
    if (latencyMs >= 0)
        obj.insert(u"latency"_s, latencyMs);
    return obj;
}

QHttpServerResponse jsonResponse(const QJsonObject &body, HttpStatus status)
{
    return QHttpServerResponse("application/json"_ba, QJsonDocument(body).toJson(QJsonDocument::Compact),
                               status);
}

} // namespace

SampleServer::SampleServer(SampleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_uptime.start();
    using Method = QHttpServerRequest::Method;
    using Request = const QHttpServerRequest &;
    m_server.route(u"/api/health/system"_s, Method::Get, [this](Request, QHttpServerResponder &&responder) {
        respondToHealth(std::move(responder), false);
    });
    m_server.route(u"/diag-health"_s, Method::Get, [this](Request, QHttpServerResponder &&responder) {
        respondToHealth(std::move(responder), true);
    });
    m_server.route(u"/api/hello"_s, Method::Get, [this](Request, QHttpServerResponder &&responder) {
        respond(std::move(responder), hello());
    });
    m_server.route(u"/"_s, Method::Get, [this](Request, QHttpServerResponder &&responder) {
        respond(std::move(responder), page());
    });
    m_server.setMissingHandler([this](Request, QHttpServerResponder &&responder) {
        respond(std::move(responder),
                QHttpServerResponse("text/plain"_ba, "not found\n"_ba, HttpStatus::NotFound));
    });
}

SampleServer::~SampleServer()
{
    // Responders of hanging requests may outlive their sockets; never destroy them.
    for (auto &responder : m_hanging)
        static_cast<void>(responder.release());
}

bool SampleServer::listen(QString &error)
{
    const QHostAddress address(m_options.bind);
    if (address.isNull()) {
        error = tr("%1 is not an IP address.").arg(m_options.bind);
        return false;
    }
    if (m_server.listen(address, m_options.port) == 0) {
        error = tr("Cannot listen on %1:%2.").arg(m_options.bind, QString::number(m_options.port));
        return false;
    }
    return true;
}

void SampleServer::respond(QHttpServerResponder &&responder, QHttpServerResponse &&response) const
{
    response.setHeader("X-Served-By"_ba, m_options.slot.toUtf8());
    response.setHeader("Cache-Control"_ba, "no-store"_ba);
    response.write(std::move(responder));
}

void SampleServer::respondToHealth(QHttpServerResponder &&responder, bool diag)
{
    if (m_options.healthFailAfter > 0 && ++m_healthRequests > m_options.healthFailAfter)
        m_options.health = u"unhealthy"_s;
    if (m_options.health == u"hang"_s) {
        m_hanging.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return;
    }
    if (m_options.healthDelayMs <= 0) {
        respond(std::move(responder), diag ? diagHealth() : systemHealth());
        return;
    }
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(m_options.healthDelayMs, this, [this, pending, diag] {
        respond(std::move(*pending), diag ? diagHealth() : systemHealth());
    });
}

QHttpServerResponse SampleServer::systemHealth() const
{
    const QString &mode = m_options.health;
    if (mode == u"malformed"_s)
        return QHttpServerResponse("application/json"_ba, R"({"status": "healthy", "checks": [)"_ba,
                                   HttpStatus::Ok);
    QJsonArray checks{check(u"database"_s, u"healthy"_s, {}, 3)};
    HttpStatus status = HttpStatus::Ok;
    if (mode == u"degraded"_s) {
        checks.append(check(u"cache"_s, u"degraded"_s, u"Connection timeout"_s));
        status = HttpStatus::PartialContent;
    } else if (mode == u"unhealthy"_s) {
        checks = QJsonArray{check(u"database"_s, u"unhealthy"_s, u"Connection refused"_s)};
        status = HttpStatus::ServiceUnavailable;
    } else {
        checks.append(check(u"cache"_s, u"healthy"_s, {}, 1));
    }
    return jsonResponse(QJsonObject{{u"status"_s, mode},
                                    {u"checks"_s, checks},
                                    {u"uptime"_s, m_uptime.elapsed()},
                                    {u"version"_s, m_options.version}},
                        status);
}

QHttpServerResponse SampleServer::diagHealth() const
{
    if (m_options.health == u"malformed"_s)
        return QHttpServerResponse("application/json"_ba, R"({"ok": tru)"_ba, HttpStatus::Ok);
    const bool ok = m_options.health != u"unhealthy"_s;
    return jsonResponse(
        QJsonObject{{u"ok"_s, ok},
                    {u"projectRef"_s, QString(u"sample-"_s + m_options.slot)},
                    {u"commitSha"_s, m_options.commit},
                    {u"version"_s, m_options.version},
                    {u"timestamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
        ok ? HttpStatus::Ok : HttpStatus::ServiceUnavailable);
}

QHttpServerResponse SampleServer::hello() const
{
    return jsonResponse(QJsonObject{{u"message"_s, u"hello"_s},
                                    {u"version"_s, m_options.version},
                                    {u"slot"_s, m_options.slot},
                                    {u"commit"_s, m_options.commit},
                                    {u"pid"_s, QCoreApplication::applicationPid()}},
                        HttpStatus::Ok);
}

QHttpServerResponse SampleServer::page() const
{
    const QString slot = m_options.slot.toHtmlEscaped();
    const QString version = m_options.version.toHtmlEscaped();
    const QString html = uR"(<!doctype html>
<html><head><meta charset="utf-8"><title>Sample %1 (%2)</title></head>
<body><h1>Sample service</h1><p>Version <b>%1</b> on slot <b>%2</b>.</p></body></html>
)"_s.arg(version, slot);
    return QHttpServerResponse("text/html; charset=utf-8"_ba, html.toUtf8(), HttpStatus::Ok);
}

} // namespace app
