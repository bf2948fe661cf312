#include "EnvironmentSettings.h"

using namespace Qt::StringLiterals;

namespace core {

QJsonObject EnvironmentSettings::toJson() const
{
    QJsonObject json{
        {u"health_interval_ms"_s, healthIntervalMs},
        {u"health_timeout_ms"_s, healthTimeoutMs},
        {u"request_timeout_ms"_s, requestTimeoutMs},
        {u"command_timeout_ms"_s, commandTimeoutMs},
        {u"monitor_probes"_s, monitorProbes},
        {u"monitor_interval_ms"_s, monitorIntervalMs},
        {u"require_success_in_previous"_s, requireSuccessInPrevious},
    };
    if (!metricsUrl.isEmpty())
        json.insert(u"metrics_url"_s, metricsUrl);
    return json;
}

EnvironmentSettings EnvironmentSettings::fromJson(const QJsonObject &json)
{
    EnvironmentSettings s;
    s.healthIntervalMs = json.value(u"health_interval_ms"_s).toInt(s.healthIntervalMs);
    s.healthTimeoutMs = json.value(u"health_timeout_ms"_s).toInt(s.healthTimeoutMs);
    s.requestTimeoutMs = json.value(u"request_timeout_ms"_s).toInt(s.requestTimeoutMs);
    s.commandTimeoutMs = json.value(u"command_timeout_ms"_s).toInt(s.commandTimeoutMs);
    s.monitorProbes = json.value(u"monitor_probes"_s).toInt(s.monitorProbes);
    s.monitorIntervalMs = json.value(u"monitor_interval_ms"_s).toInt(s.monitorIntervalMs);
    s.requireSuccessInPrevious =
        json.value(u"require_success_in_previous"_s).toBool(s.requireSuccessInPrevious);
    s.metricsUrl = json.value(u"metrics_url"_s).toString();
    return s;
}

} // namespace core
