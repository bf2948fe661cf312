#pragma once

#include <QCoreApplication>
#include <QString>

namespace core {
struct Plan;
}

namespace ui {

// How a plan reads to people, built only from the plan's own fields and step descriptions.
class PlanText final
{
    Q_DECLARE_TR_FUNCTIONS(ui::PlanText)

public:
    PlanText() = delete;

    // "blue (v1.0.0) → green (v1.1.0)"
    [[nodiscard]] static QString transition(const core::Plan &plan);
    // Every step with its summary and every action it will take, as rich text.
    [[nodiscard]] static QString stepsHtml(const core::Plan &plan);
    // What a rollback will do, for the confirmation: where traffic moves, then each step's summary.
    [[nodiscard]] static QString rollbackConfirmation(const core::Plan &plan);
    // A one-line description of what runs: "Deploy v1.1.0 to production", "Roll back production".
    [[nodiscard]] static QString title(const core::Plan &plan);
};

} // namespace ui
