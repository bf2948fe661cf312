#pragma once

#include <QList>

#include "core/policy/RollbackTrigger.h"
#include "ui/health/HealthSeriesSource.h"

namespace ui {

// The dashboard's threshold lines from an environment's stored rollback triggers: per charted metric
// (error rate, p95 latency) the enabled trigger that fires first, i.e. the one with the lowest threshold
// (on a tie, the shorter window), with its window. No enabled trigger on a metric: no line for it.
[[nodiscard]] HealthThresholds thresholdsOf(const QList<core::RollbackTrigger> &triggers);

} // namespace ui
