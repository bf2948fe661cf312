#include "ProbeSample.h"

#include "core/providers/HealthProbe.h"

namespace ui {

core::HealthSample probeSample(const QString &slot, const core::ProbeOutcome &outcome)
{
    core::HealthSample sample;
    sample.slot = slot;
    sample.time = (outcome.at.isValid() ? outcome.at : QDateTime::currentDateTimeUtc()).toUTC();
    sample.httpStatus = outcome.httpStatus;
    sample.latencyMs = outcome.latencyMs;
    if (outcome.report.ok()) {
        sample.version = outcome.report->version;
        switch (outcome.report->status) {
        case core::HealthStatus::Healthy:
            sample.status = core::HealthSample::Status::Healthy;
            break;
        case core::HealthStatus::Degraded:
            sample.status = core::HealthSample::Status::Degraded;
            break;
        case core::HealthStatus::Unhealthy:
            sample.status = core::HealthSample::Status::Unhealthy;
            break;
        }
    } else {
        sample.status = core::HealthSample::Status::Error;
        sample.error = outcome.report.error().message;
    }
    return sample;
}

} // namespace ui
