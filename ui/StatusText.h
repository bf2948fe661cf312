#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "core/model/Deployment.h"
#include "core/model/Slot.h"
#include "core/model/StepRecord.h"

namespace ui {

// The translated words for statuses, kinds, roles, times and durations, so every view says the
// same thing the same way.
class StatusText final
{
    Q_DECLARE_TR_FUNCTIONS(ui::StatusText)

public:
    StatusText() = delete;

    [[nodiscard]] static QString of(core::DeploymentStatus status);
    [[nodiscard]] static QString of(core::StepStatus status);
    [[nodiscard]] static QString of(core::DeploymentKind kind);
    // The slot badge: "LIVE", "STANDBY", "STOPPED".
    [[nodiscard]] static QString badge(core::SlotRole role);
    // "850 ms", "4.2 s", "1 min 12 s", "2 h 5 min".
    [[nodiscard]] static QString duration(qint64 ms);
    // Local time, to the second; "—" when unknown.
    [[nodiscard]] static QString dateTime(const QDateTime &at);
    // "blue → green"
    [[nodiscard]] static QString transition(const QString &fromSlot, const QString &toSlot);
    // "blue (v1.0.0)"; just the slot when the version is unknown.
    [[nodiscard]] static QString slotWithVersion(const QString &slot, const QString &version);
    // The empty-value placeholder.
    [[nodiscard]] static QString none();
};

} // namespace ui
