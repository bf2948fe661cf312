#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/Result.h"

namespace core {

enum class HealthStatus
{
    Healthy,
    Degraded,
    Unhealthy
};

// "healthy" / "degraded" / "unhealthy"
QString healthStatusToString(HealthStatus status);

// One dependency check inside a "system" health report.
struct HealthCheck
{
    QString name;
    HealthStatus status = HealthStatus::Unhealthy;
    QString error;
    std::optional<int> latencyMs;
};

// What a health endpoint answered, in one of the two formats Switchyard understands:
// "system": {status, checks[], uptime, version} answered 200 / 206 / 503 (healthy / degraded / unhealthy);
// "diag":   {ok, projectRef, commitSha, version, timestamp} (ok true answered 2xx).
struct HealthReport
{
    HealthStatus status = HealthStatus::Unhealthy;
    int httpStatus = 0;
    QString format; // "system" or "diag"
    QString version;
    QString commit;
    QString projectRef;
    std::optional<qint64> uptimeMs;
    QList<HealthCheck> checks;

    // Errors: "health.malformed" (the body is not a valid report, or contradicts the HTTP status) and
    // "health.http" (an unexpected HTTP status without a recognisable body).
    [[nodiscard]] static Result<HealthReport> parse(int httpStatus, const QByteArray &body);

    // True when the versions are equal, ignoring a leading 'v' or 'V' on either side.
    [[nodiscard]] static bool versionMatches(const QString &reported, const QString &expected);

    Q_DECLARE_TR_FUNCTIONS(core::HealthReport)
};

} // namespace core
