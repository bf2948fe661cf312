#include "FakeServer.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fakes {

QString providerSpec(const QString &fileName)
{
    return QStringLiteral(SWITCHYARD_PROVIDER_SPECS_DIR) + u'/' + fileName;
}

FakeResponse FakeResponse::json(int status, const QJsonValue &body)
{
    FakeResponse response;
    response.status = status;
    if (body.isArray())
        response.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (body.isObject())
        response.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

FakeResponse FakeResponse::raw(int status, QByteArray body, QByteArray contentType)
{
    FakeResponse response;
    response.status = status;
    response.body = std::move(body);
    response.contentType = std::move(contentType);
    return response;
}

FakeServer::FakeServer(QString specFile, QString basePath, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_basePath(std::move(basePath))
{
    if (!specFile.isEmpty())
        m_validator = std::make_unique<OpenApiValidator>(specFile);
}

FakeServer::~FakeServer() = default;

bool FakeServer::start(quint16 port)
{
    if (m_validator && !m_validator->isValid())
        return false;
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl FakeServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(m_basePath));
}

void FakeServer::on(const QString &operationOrRoute, Handler handler)
{
    m_handlers.insert(operationOrRoute, std::move(handler));
}

void FakeServer::injectFault(Fault fault, int times, const QString &operationId)
{
    m_faults << Injected{fault, times, operationId};
}

int FakeServer::callCount(const QString &operationId) const
{
    return int(std::count_if(m_calls.begin(), m_calls.end(),
                             [&](const RecordedCall &c) { return c.operationId == operationId; }));
}

QStringList FakeServer::violations() const
{
    QStringList lines;
    for (const RecordedCall &call : m_calls) {
        for (const QString &problem : call.problems)
            lines << u"%1 %2 (%3): %4"_s.arg(QString::fromLatin1(call.request.method), call.request.path,
                                             call.operationId.isEmpty() ? u"?"_s : call.operationId, problem);
    }
    return lines;
}

std::optional<Fault> FakeServer::takeFault(const QString &operationId)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Injected &injected = m_faults[i];
        if (!injected.operationId.isEmpty() && injected.operationId != operationId)
            continue;
        const Fault fault = injected.fault;
        if (--injected.remaining <= 0)
            m_faults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

FakeResponse FakeServer::errorResponse(int status, const QString &code, const QString &message) const
{
    return FakeResponse::json(status, QJsonObject{{u"code"_s, code}, {u"message"_s, message}});
}

QList<std::pair<QByteArray, QByteArray>> FakeServer::rateLimitHeaders(int) const
{
    return {};
}

void FakeServer::write(QTcpSocket *socket, const FakeResponse &response, bool truncate)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    const qsizetype announced = truncate ? response.body.size() + 64 : response.body.size();
    head += "Content-Length: " + QByteArray::number(announced) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head + response.body);
    if (truncate) {
        socket->flush();
        QTimer::singleShot(20, socket, [socket] { socket->disconnectFromHost(); });
    }
}

bool FakeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ReceivedRequest received;
    received.method = QHttpServerRequest::staticMetaObject
                          .enumerator(QHttpServerRequest::staticMetaObject.indexOfEnumerator("Method"))
                          .valueToKey(int(request.method()));
    received.method = received.method.toUpper();
    QString path = request.url().path(QUrl::FullyEncoded);
    if (!m_basePath.isEmpty() && path.startsWith(m_basePath))
        path = path.mid(m_basePath.size());
    received.path = path;
    received.query = request.query();
    for (const auto &[name, value] : request.headers())
        received.headers.insert(name.toLower(), value);
    received.body = request.body();

    RecordedCall call;
    call.request = received;
    QHash<QString, QString> params;
    Handler handler;
    if (m_validator) {
        const ValidationResult result = m_validator->validate(received);
        call.operationId = result.operationId;
        call.problems = result.problems + extraProblems(received, result.operationId);
        params = result.pathParams;
        handler = m_handlers.value(result.operationId);
        if (!handler && call.problems.isEmpty() && !result.operationId.isEmpty())
            call.problems << u"the fake has no handler for this operation"_s;
    } else {
        for (auto it = m_handlers.begin(); it != m_handlers.end(); ++it) {
            const QString route = QString::fromLatin1(received.method) + u' ' + received.path;
            if (route.startsWith(it.key())) {
                call.operationId = it.key();
                handler = it.value();
                break;
            }
        }
    }
    call.fault = call.problems.isEmpty() ? takeFault(call.operationId) : std::nullopt;
    m_calls << call;

    if (!call.problems.isEmpty()) {
        write(socket, errorResponse(400, u"spec_violation"_s, call.problems.join(u"; "_s)));
        return true;
    }
    if (!handler) {
        write(socket, errorResponse(404, u"not_found"_s, u"no such route in the fake"_s));
        return true;
    }
    if (call.fault) {
        switch (*call.fault) {
        case Fault::RateLimited: {
            FakeResponse response = errorResponse(429, u"rate_limited"_s, u"Too many requests"_s);
            response.headers << rateLimitHeaders(retryAfterSeconds);
            write(socket, response);
            return true;
        }
        case Fault::ServerError:
            write(socket, errorResponse(500, u"internal_server_error"_s, u"Internal error"_s));
            return true;
        case Fault::BadGateway:
            write(socket, errorResponse(502, u"bad_gateway"_s, u"Bad gateway"_s));
            return true;
        case Fault::Unavailable:
            write(socket, errorResponse(503, u"service_unavailable"_s, u"Service unavailable"_s));
            return true;
        case Fault::Unauthorized:
            write(socket, errorResponse(401, u"invalid_token"_s, u"The token has expired"_s));
            return true;
        case Fault::Forbidden:
            write(socket, errorResponse(403, u"forbidden"_s, u"Not authorized for this resource"_s));
            return true;
        case Fault::Malformed:
            write(socket, FakeResponse::raw(200, "{\"result\": {\"id\": \"abc\", ", "application/json"));
            return true;
        case Fault::Truncated:
            write(socket, FakeResponse::raw(200, "{\"result\": {\"id\"", "application/json"), true);
            return true;
        case Fault::Drop:
            QTimer::singleShot(0, socket, [socket] { socket->abort(); });
            return true;
        case Fault::Slow: {
            // The real answer, late; the state change happens when it is finally answered.
            QPointer<QTcpSocket> guard(socket);
            auto shared = std::make_shared<ReceivedRequest>(received);
            QTimer::singleShot(slowMs, this, [this, guard, shared, handler, params] {
                const FakeResponse response = handler(*shared, params);
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    write(guard, response);
            });
            return true;
        }
        }
    }
    write(socket, handler(received, params));
    return true;
}

} // namespace fakes
