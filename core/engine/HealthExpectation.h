#pragma once

#include <QString>

#include "core/providers/HealthProbe.h"

namespace core {

// What a probe must show: healthy, the expected version (if any) and, through a router, the
// expected slot in X-Switchyard-Slot (if any).
struct HealthExpectation
{
    QString version;
    QString routerSlot;
    QString commit; // if set, the report must name this commit (a prefix either way: short SHAs)

    // Empty when `outcome` meets the expectation; else a translated sentence saying why not.
    [[nodiscard]] QString problemWith(const ProbeOutcome &outcome) const;
};

} // namespace core
