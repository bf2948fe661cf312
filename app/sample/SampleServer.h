#pragma once

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
// Every response carries X-Served-By: <slot>.
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
    void respond(QHttpServerResponder &&responder, QHttpServerResponse &&response) const;
    void respondToHealth(QHttpServerResponder &&responder, bool diag);
    [[nodiscard]] QHttpServerResponse systemHealth() const;
    [[nodiscard]] QHttpServerResponse diagHealth() const;
    [[nodiscard]] QHttpServerResponse hello() const;
    [[nodiscard]] QHttpServerResponse page() const;

    SampleOptions m_options;
    QHttpServer m_server;
    QElapsedTimer m_uptime;
    int m_healthRequests = 0;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hanging; // "hang" mode: never answered
};

} // namespace app
