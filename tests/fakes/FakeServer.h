#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include "OpenApiValidator.h"

namespace fakes {

// What a fake answers.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static FakeResponse json(int status, const QJsonValue &body);
    static FakeResponse raw(int status, QByteArray body, QByteArray contentType = "application/octet-stream");
};

// Misbehaviour on demand.
enum class Fault
{
    RateLimited,  // 429 with Retry-After and the provider's rate-limit headers
    ServerError,  // 500
    BadGateway,   // 502
    Unavailable,  // 503
    Slow,         // answers correctly, but only after slowMs
    Malformed,    // 200 with a body that is not JSON
    Truncated,    // 200 announcing more bytes than it sends, then closes
    Drop,         // closes the connection without answering
    Unauthorized, // 401 (expired token)
    Forbidden     // 403 (token without permission)
};

// A request a fake received and what the spec said about it.
struct RecordedCall
{
    ReceivedRequest request;
    QString operationId;
    QStringList problems;
    std::optional<Fault> fault;
};

// A provider API fake on 127.0.0.1: every request is checked against the provider's OpenAPI subset
// (a request that does not conform gets 400 and is listed in violations(), so tests fail on it);
// conforming requests go to the handler registered for their operationId. Faults are injected per
// operation (or for any) and used up one request at a time. Without a spec file it is a plain
// server (for public URLs such as the Worker's or a function's).
class FakeServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler =
        std::function<FakeResponse(const ReceivedRequest &, const QHash<QString, QString> &params)>;

    FakeServer(QString specFile, QString basePath, QObject *parent = nullptr);
    ~FakeServer() override;

    // Listens on 127.0.0.1 (port 0: any free one). False if it cannot.
    bool start(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl baseUrl() const;

    // By operationId (spec fakes) or by "METHOD /path" prefix (plain fakes).
    void on(const QString &operationOrRoute, Handler handler);

    void injectFault(Fault fault, int times = 1, const QString &operationId = {});
    void clearFaults() { m_faults.clear(); }
    int retryAfterSeconds = 1;
    int slowMs = 3000;

    [[nodiscard]] const QList<RecordedCall> &calls() const { return m_calls; }
    [[nodiscard]] int callCount(const QString &operationId) const;
    [[nodiscard]] QStringList violations() const; // "operationId: problem" lines
    void clearCalls() { m_calls.clear(); }
    [[nodiscard]] const OpenApiValidator *validator() const { return m_validator.get(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

    // The provider's error envelope and rate-limit headers.
    [[nodiscard]] virtual FakeResponse
    errorResponse(int status, const QString &code, const QString &message) const;
    [[nodiscard]] virtual QList<std::pair<QByteArray, QByteArray>> rateLimitHeaders(int seconds) const;
    // A hook for checks the spec cannot express (Vercel's teamId): extra problems.
    [[nodiscard]] virtual QStringList extraProblems(const ReceivedRequest &, const QString &) const
    {
        return {};
    }

private:
    struct Injected
    {
        Fault fault;
        int remaining;
        QString operationId;
    };
    std::optional<Fault> takeFault(const QString &operationId);
    void write(QTcpSocket *socket, const FakeResponse &response, bool truncate = false);

    QString m_basePath;
    std::unique_ptr<OpenApiValidator> m_validator;
    QHash<QString, Handler> m_handlers;
    QList<Injected> m_faults;
    QList<RecordedCall> m_calls;
    quint16 m_port = 0;
};

// The checked-in provider specs (tests/provider-specs).
QString providerSpec(const QString &fileName);

} // namespace fakes
