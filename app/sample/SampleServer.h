#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QHttpServer>
#include <QObject>

#include "SampleOptions.h"

class QHttpServerResponder;
class QHttpServerResponse;

namespace app {

// The sample service: /api/health/system (system format), /diag-health (diag format), / and /api/hello.
// Every response carries X-Served-By: <slot>. GET /__faults shows the injected faults, POST /__faults (JSON,
// from loopback only) changes them at run time (see SampleFaults); GET /__metrics counts requests and errors
// ({"requests": N, "errors": M}, a metrics source for the monitor). The control routes are never faulted.
class SampleServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleServer)

public:
    explicit SampleServer(SampleOptions options, QObject *parent = nullptr);
    ~SampleServer() override;

    // Listens on options.bind:options.port; false (with `error` set) if it cannot.
    bool listen(QString &error);

private:
    enum class RouteKind
    {
        Health,
        Other
    };

    void respond(QHttpServerResponder &&responder, QHttpServerResponse &&response) const;
    void respondToHealth(QHttpServerResponder &&responder, bool diag);
    // Answers with what `make` produces, after the injected latency (plus `extraDelayMs`), or with an
    // injected 500 when the error rate says this request fails.
    void serve(QHttpServerResponder &&responder,
               RouteKind kind,
               int extraDelayMs,
               std::function<QHttpServerResponse()> make);
    [[nodiscard]] QHttpServerResponse setFaults(const QHttpServerRequest &request);
    [[nodiscard]] QString reportedVersion() const;
    [[nodiscard]] QString healthMode() const;
    [[nodiscard]] QHttpServerResponse systemHealth() const;
    [[nodiscard]] QHttpServerResponse diagHealth() const;
    [[nodiscard]] QHttpServerResponse hello() const;
    [[nodiscard]] QHttpServerResponse page() const;

    SampleOptions m_options;
    QHttpServer m_server;
    QElapsedTimer m_uptime;
    int m_healthRequests = 0;
    qint64 m_requests = 0; // served on the health and normal routes (GET /__metrics)
    qint64 m_errors = 0;   // of those, answered 5xx
    FaultCounter m_healthFaults;
    FaultCounter m_otherFaults;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hanging; // "hang" mode: never answered
};

} // namespace app
