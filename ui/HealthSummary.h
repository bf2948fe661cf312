#pragma once

#include <QCoreApplication>
#include <QString>

#include "ui/Theme.h"

namespace core {
struct ProbeOutcome;
}

namespace ui {

// What a slot's health looks like in one line: a tone for the dot and the words next to it
// ("healthy · 4 ms", "unreachable", "unhealthy (503)"), with the details in a tooltip.
struct HealthSummary
{
    Q_DECLARE_TR_FUNCTIONS(ui::HealthSummary)

public:
    Theme::Tone tone = Theme::Tone::Neutral;
    QString text;
    QString toolTip;

    // `expectedVersion` is what the slot should run; a healthy slot reporting another version is a warning.
    [[nodiscard]] static HealthSummary fromOutcome(const core::ProbeOutcome &outcome,
                                                   const QString &expectedVersion);
    // Before the first answer.
    [[nodiscard]] static HealthSummary checking();
    // A slot without a health URL.
    [[nodiscard]] static HealthSummary notConfigured();
};

} // namespace ui
