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
#include <QTextStream>
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
        serve(std::move(responder), RouteKind::Other, 0, [this] { return hello(); });
    });
    m_server.route(u"/__faults"_s, Method::Get, [this](Request, QHttpServerResponder &&responder) {
        respond(std::move(responder), jsonResponse(m_options.faults.toJson(), HttpStatus::Ok));
    });
    m_server.route(u"/__metrics"_s, Method::Get, [this](Request, QHttpServerResponder &&responder) {
        respond(
            std::move(responder),
            jsonResponse(QJsonObject{{u"requests"_s, m_requests}, {u"errors"_s, m_errors}}, HttpStatus::Ok));
    });
    m_server.route(u"/__faults"_s, Method::Post, [this](Request request, QHttpServerResponder &&responder) {
        respond(std::move(responder), setFaults(request));
    });
    m_server.route(u"/"_s, Method::Get, [this](Request, QHttpServerResponder &&responder) {
        serve(std::move(responder), RouteKind::Other, 0, [this] { return page(); });
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
    serve(std::move(responder), RouteKind::Health, m_options.healthDelayMs,
          [this, diag] { return diag ? diagHealth() : systemHealth(); });
}

void SampleServer::serve(QHttpServerResponder &&responder,
                         RouteKind kind,
                         int extraDelayMs,
                         std::function<QHttpServerResponse()> make)
{
    FaultCounter &counter = kind == RouteKind::Health ? m_healthFaults : m_otherFaults;
    const bool fail = counter.nextFails(m_options.faults.errorRate);
    ++m_requests;
    auto produce = [this, make = std::move(make), fail] {
        if (fail) {
            ++m_errors;
            return jsonResponse(QJsonObject{{u"error"_s, u"injected fault"_s}},
                                HttpStatus::InternalServerError);
        }
        QHttpServerResponse response = make();
        if (static_cast<int>(response.statusCode()) >= 500)
            ++m_errors;
        return response;
    };
    const int delayMs = extraDelayMs + m_options.faults.latencyMs;
    if (delayMs <= 0) {
        respond(std::move(responder), produce());
        return;
    }
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(delayMs, this, [this, pending, produce = std::move(produce)] {
        respond(std::move(*pending), produce());
    });
}

QHttpServerResponse SampleServer::setFaults(const QHttpServerRequest &request)
{
    if (!request.remoteAddress().isLoopback()) {
        return jsonResponse(QJsonObject{{u"error"_s, tr("Faults can only be set from loopback.")}},
                            HttpStatus::Forbidden);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return jsonResponse(QJsonObject{{u"error"_s, tr("The body must be a JSON object.")}},
                            HttpStatus::BadRequest);
    }
    QString error;
    const auto faults = SampleFaults::apply(m_options.faults, document.object(), error);
    if (!faults)
        return jsonResponse(QJsonObject{{u"error"_s, error}}, HttpStatus::BadRequest);
    if (document.object().contains(u"errorRate"_s) || document.object().value(u"reset"_s).toBool()) {
        m_healthFaults.reset();
        m_otherFaults.reset();
    }
    m_options.faults = *faults;
    QTextStream(stdout) << tr("faults set: %1")
                               .arg(QString::fromUtf8(
                                   QJsonDocument(m_options.faults.toJson()).toJson(QJsonDocument::Compact)))
                        << Qt::endl;
    return jsonResponse(m_options.faults.toJson(), HttpStatus::Ok);
}

QString SampleServer::reportedVersion() const
{
    return m_options.faults.wrongVersion.isEmpty() ? m_options.version : m_options.faults.wrongVersion;
}

QString SampleServer::healthMode() const
{
    if (m_options.faults.degraded && m_options.health == u"healthy"_s)
        return u"degraded"_s;
    return m_options.health;
}

QHttpServerResponse SampleServer::systemHealth() const
{
    const QString mode = healthMode();
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
                                    {u"version"_s, reportedVersion()}},
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
                    {u"version"_s, reportedVersion()},
                    {u"timestamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
        ok ? HttpStatus::Ok : HttpStatus::ServiceUnavailable);
}

QHttpServerResponse SampleServer::hello() const
{
    return jsonResponse(QJsonObject{{u"message"_s, u"hello"_s},
                                    {u"version"_s, reportedVersion()},
                                    {u"slot"_s, m_options.slot},
                                    {u"commit"_s, m_options.commit},
                                    {u"pid"_s, QCoreApplication::applicationPid()}},
                        HttpStatus::Ok);
}

QHttpServerResponse SampleServer::page() const
{
    const QString slot = m_options.slot.toHtmlEscaped();
    const QString version = reportedVersion().toHtmlEscaped();
    const QString html = uR"(<!doctype html>
<html><head><meta charset="utf-8"><title>Sample %1 (%2)</title></head>
<body><h1>Sample service</h1><p>Version <b>%1</b> on slot <b>%2</b>.</p></body></html>
)"_s.arg(version, slot);
    return QHttpServerResponse("text/html; charset=utf-8"_ba, html.toUtf8(), HttpStatus::Ok);
}

} // namespace app
