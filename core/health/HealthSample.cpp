#include "HealthSample.h"

using namespace Qt::StringLiterals;

namespace core {

QString healthSampleStatusToString(HealthSample::Status status)
{
    switch (status) {
    case HealthSample::Status::Healthy:
        return u"healthy"_s;
    case HealthSample::Status::Degraded:
        return u"degraded"_s;
    case HealthSample::Status::Unhealthy:
        return u"unhealthy"_s;
    case HealthSample::Status::Error:
        break;
    }
    return u"error"_s;
}

HealthSample::Status healthSampleStatusFromString(const QString &text)
{
    if (text == u"healthy")
        return HealthSample::Status::Healthy;
    if (text == u"degraded")
        return HealthSample::Status::Degraded;
    if (text == u"unhealthy")
        return HealthSample::Status::Unhealthy;
    return HealthSample::Status::Error;
}

QString healthSampleSourceToString(HealthSample::Source source)
{
    switch (source) {
    case HealthSample::Source::Router:
        return u"router"_s;
    case HealthSample::Source::Metrics:
        return u"metrics"_s;
    case HealthSample::Source::Probe:
        break;
    }
    return u"probe"_s;
}

HealthSample::Source healthSampleSourceFromString(const QString &text)
{
    if (text == u"router")
        return HealthSample::Source::Router;
    if (text == u"metrics")
        return HealthSample::Source::Metrics;
    return HealthSample::Source::Probe;
}

} // namespace core
