#pragma once

#include <functional>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include "core/Result.h"
#include "core/providers/HealthReport.h"

class QNetworkAccessManager;

namespace core {

// The result of one health request.
struct ProbeOutcome
{
    QUrl url;
    QDateTime at;
    qint64 latencyMs = 0;
    int httpStatus = 0; // 0 = no HTTP answer
    QString routerSlot; // response header X-Switchyard-Slot (set by nginx), empty if absent
    QString servedBy;   // response header X-Served-By (set by the sample service), empty if absent
    Result<HealthReport> report = Error{}; // the parsed report, or why there is none

    [[nodiscard]] bool isHealthy() const;
};

// Whether a probe may reuse a kept-alive connection (the default) or must see what a new client sees.
// After `nginx -s reload` the old workers keep serving their kept-alive connections (for about 100 ms,
// until the master tells them to quit), so router verification asks for a fresh connection.
enum class ProbeConnection
{
    KeepAlive,
    Fresh
};

// One GET of a health endpoint over a shared QNetworkAccessManager. Errors in the outcome's report:
// "health.timeout", "health.unreachable", "health.malformed", "health.http".
class HealthProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthProbe)

public:
    explicit HealthProbe(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // Calls `done` once, on `context`'s thread, unless `context` is destroyed first.
    void probe(const QUrl &url,
               int timeoutMs,
               QObject *context,
               std::function<void(const ProbeOutcome &)> done,
               ProbeConnection connection = ProbeConnection::KeepAlive);

private:
    QNetworkAccessManager *m_nam;
};

} // namespace core
