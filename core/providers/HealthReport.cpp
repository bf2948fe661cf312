#include "HealthReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr qsizetype kDetailBytes = 200;

enum class JsonType
{
    String,
    Number,
    Bool,
    Array,
    Object
};

// The start of the body, for logs: enough to recognise an HTML error page or a truncated answer.
QString bodySnippet(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(kDetailBytes)).simplified();
    return body.size() > kDetailBytes ? text + u"…"_s : text;
}

Error malformed(const QString &message, const QByteArray &body)
{
    return Error{u"health.malformed"_s, message, bodySnippet(body)};
}

bool isExpectedHttpStatus(int httpStatus)
{
    return (httpStatus >= 200 && httpStatus < 300) || httpStatus == 503;
}

Error unexpectedHttp(int httpStatus, const QByteArray &body)
{
    return Error{
        u"health.http"_s,
        HealthReport::tr("The health endpoint answered HTTP %1 without a health report.").arg(httpStatus),
        bodySnippet(body)};
}

bool hasType(const QJsonValue &value, JsonType type)
{
    switch (type) {
    case JsonType::String:
        return value.isString();
    case JsonType::Number:
        return value.isDouble();
    case JsonType::Bool:
        return value.isBool();
    case JsonType::Array:
        return value.isArray();
    case JsonType::Object:
        return value.isObject();
    }
    return false;
}

QString wrongTypeMessage(const QString &field, JsonType type)
{
    switch (type) {
    case JsonType::String:
        return HealthReport::tr("The health report's field \"%1\" must be a string.").arg(field);
    case JsonType::Number:
        return HealthReport::tr("The health report's field \"%1\" must be a number.").arg(field);
    case JsonType::Bool:
        return HealthReport::tr("The health report's field \"%1\" must be true or false.").arg(field);
    case JsonType::Array:
        return HealthReport::tr("The health report's field \"%1\" must be an array.").arg(field);
    case JsonType::Object:
        return HealthReport::tr("The health report's field \"%1\" must be an object.").arg(field);
    }
    return {};
}

// Reads obj[key]: absent is an error when required, a wrong type always is. `path` names the field in
// messages ("checks[1].status").
std::optional<Error> field(const QJsonObject &obj,
                           const QString &key,
                           const QString &path,
                           JsonType type,
                           bool required,
                           const QByteArray &body,
                           QJsonValue &out)
{
    out = obj.value(key);
    if (out.isUndefined() || (out.isNull() && !required)) {
        out = QJsonValue(QJsonValue::Undefined);
        if (!required)
            return std::nullopt;
        return malformed(HealthReport::tr("The health report has no field \"%1\".").arg(path), body);
    }
    if (!hasType(out, type))
        return malformed(wrongTypeMessage(path, type), body);
    return std::nullopt;
}

std::optional<HealthStatus> statusFromString(const QString &text)
{
    const QString lower = text.toLower();
    if (lower == u"healthy"_s)
        return HealthStatus::Healthy;
    if (lower == u"degraded"_s)
        return HealthStatus::Degraded;
    if (lower == u"unhealthy"_s)
        return HealthStatus::Unhealthy;
    return std::nullopt;
}

int httpStatusFor(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy:
        return 200;
    case HealthStatus::Degraded:
        return 206;
    case HealthStatus::Unhealthy:
        return 503;
    }
    return 0;
}

Result<HealthStatus> parseStatus(const QJsonObject &obj, const QString &path, const QByteArray &body)
{
    QJsonValue value;
    if (auto error = field(obj, u"status"_s, path, JsonType::String, true, body, value))
        return *error;
    const auto status = statusFromString(value.toString());
    if (!status) {
        return malformed(HealthReport::tr("The health report's field \"%1\" is \"%2\", which is not one of "
                                          "healthy, degraded or unhealthy.")
                             .arg(path, value.toString()),
                         body);
    }
    return *status;
}

Result<HealthCheck> parseCheck(const QJsonValue &item, int index, const QByteArray &body)
{
    const QString prefix = u"checks[%1]"_s.arg(index);
    if (!item.isObject())
        return malformed(wrongTypeMessage(prefix, JsonType::Object), body);
    const QJsonObject obj = item.toObject();
    HealthCheck check;
    QJsonValue value;
    if (auto error = field(obj, u"name"_s, prefix + u".name"_s, JsonType::String, true, body, value))
        return *error;
    check.name = value.toString();
    const auto status = parseStatus(obj, prefix + u".status"_s, body);
    if (!status)
        return status.error();
    check.status = *status;
    if (auto error = field(obj, u"error"_s, prefix + u".error"_s, JsonType::String, false, body, value))
        return *error;
    check.error = value.toString();
    if (auto error = field(obj, u"latency"_s, prefix + u".latency"_s, JsonType::Number, false, body, value))
        return *error;
    if (value.isDouble())
        check.latencyMs = qRound(value.toDouble());
    return check;
}

Result<HealthReport> parseSystem(int httpStatus, const QJsonObject &obj, const QByteArray &body)
{
    HealthReport report;
    report.format = u"system"_s;
    report.httpStatus = httpStatus;
    const auto status = parseStatus(obj, u"status"_s, body);
    if (!status)
        return status.error();
    report.status = *status;
    const int expectedHttp = httpStatusFor(report.status);
    if (httpStatus != expectedHttp) {
        return malformed(HealthReport::tr("HTTP %1 but the health report says \"%2\" (expected HTTP %3).")
                             .arg(httpStatus)
                             .arg(healthStatusToString(report.status))
                             .arg(expectedHttp),
                         body);
    }
    QJsonValue value;
    if (auto error = field(obj, u"checks"_s, u"checks"_s, JsonType::Array, true, body, value))
        return *error;
    const QJsonArray checks = value.toArray();
    for (int i = 0; i < checks.size(); ++i) {
        auto check = parseCheck(checks.at(i), i, body);
        if (!check)
            return check.error();
        report.checks.append(std::move(check).value());
    }
    if (auto error = field(obj, u"uptime"_s, u"uptime"_s, JsonType::Number, false, body, value))
        return *error;
    if (value.isDouble()) {
        if (value.toDouble() < 0)
            return malformed(HealthReport::tr("The health report's field \"uptime\" is negative."), body);
        report.uptimeMs = qint64(value.toDouble());
    }
    if (auto error = field(obj, u"version"_s, u"version"_s, JsonType::String, false, body, value))
        return *error;
    report.version = value.toString();
    return report;
}

Result<HealthReport> parseDiag(int httpStatus, const QJsonObject &obj, const QByteArray &body)
{
    HealthReport report;
    report.format = u"diag"_s;
    report.httpStatus = httpStatus;
    QJsonValue value;
    if (auto error = field(obj, u"ok"_s, u"ok"_s, JsonType::Bool, true, body, value))
        return *error;
    const bool ok = value.toBool();
    report.status = ok ? HealthStatus::Healthy : HealthStatus::Unhealthy;
    if (ok && (httpStatus < 200 || httpStatus >= 300)) {
        return malformed(
            HealthReport::tr("HTTP %1 but the health report says \"ok\": true (expected HTTP 2xx).")
                .arg(httpStatus),
            body);
    }
    // A healthy diag report must name its version: the runbook compares it before switching.
    if (auto error = field(obj, u"version"_s, u"version"_s, JsonType::String, ok, body, value))
        return *error;
    report.version = value.toString();
    if (auto error = field(obj, u"commitSha"_s, u"commitSha"_s, JsonType::String, false, body, value))
        return *error;
    report.commit = value.toString();
    if (auto error = field(obj, u"projectRef"_s, u"projectRef"_s, JsonType::String, false, body, value))
        return *error;
    report.projectRef = value.toString();
    const QJsonValue timestamp = obj.value(u"timestamp"_s);
    if (!timestamp.isUndefined() && !timestamp.isNull() && !timestamp.isString() && !timestamp.isDouble()) {
        return malformed(
            HealthReport::tr("The health report's field \"timestamp\" must be a string or a number."), body);
    }
    return report;
}

} // namespace

QString healthStatusToString(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy:
        return u"healthy"_s;
    case HealthStatus::Degraded:
        return u"degraded"_s;
    case HealthStatus::Unhealthy:
        return u"unhealthy"_s;
    }
    return {};
}

Result<HealthReport> HealthReport::parse(int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool expectedHttp = isExpectedHttpStatus(httpStatus);
    if (parseError.error != QJsonParseError::NoError) {
        if (!expectedHttp)
            return unexpectedHttp(httpStatus, body);
        if (body.trimmed().isEmpty())
            return malformed(tr("The health endpoint answered HTTP %1 with an empty body.").arg(httpStatus),
                             body);
        return malformed(
            tr("The health endpoint answered HTTP %1 with a body that is not JSON: %2 at offset %3.")
                .arg(QString::number(httpStatus), parseError.errorString(),
                     QString::number(parseError.offset)),
            body);
    }
    if (!doc.isObject()) {
        if (!expectedHttp)
            return unexpectedHttp(httpStatus, body);
        return malformed(
            tr("The health endpoint answered HTTP %1 with JSON that is not an object.").arg(httpStatus),
            body);
    }
    const QJsonObject obj = doc.object();
    if (obj.contains(u"status"_s))
        return parseSystem(httpStatus, obj, body);
    if (obj.contains(u"ok"_s))
        return parseDiag(httpStatus, obj, body);
    if (!expectedHttp)
        return unexpectedHttp(httpStatus, body);
    return malformed(tr("The health endpoint answered HTTP %1 with a JSON object that has neither \"status\" "
                        "(system format) nor \"ok\" (diag format).")
                         .arg(httpStatus),
                     body);
}

bool HealthReport::versionMatches(const QString &reported, const QString &expected)
{
    const auto normalised = [](const QString &version) {
        const QString trimmed = version.trimmed();
        return trimmed.startsWith(u'v', Qt::CaseInsensitive) ? trimmed.mid(1) : trimmed;
    };
    const QString a = normalised(reported);
    return !a.isEmpty() && a == normalised(expected);
}

} // namespace core
