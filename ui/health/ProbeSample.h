#pragma once

#include <QString>

#include "core/health/HealthSample.h"

namespace core {
struct ProbeOutcome;
}

namespace ui {

// One live probe outcome of the slot health monitor as a health sample (what the dashboard charts).
// Status: the report's healthy / degraded / unhealthy; no usable report → Error with the reason.
[[nodiscard]] core::HealthSample probeSample(const QString &slot, const core::ProbeOutcome &outcome);

} // namespace ui
