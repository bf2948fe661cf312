#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QString>

#include "core/model/Deployment.h"
#include "core/model/StepRecord.h"
#include "core/providers/HealthReport.h"

namespace ui {

// The look of Switchyard in one place: a small status palette (always shown next to text, never
// colour alone), the icons from resources/icons, and the style sheet of the main window.
class Theme final
{
public:
    // Good = green, Warning = amber, Bad = red, Neutral = grey, Active = blue (something is running).
    enum class Tone
    {
        Good,
        Warning,
        Bad,
        Neutral,
        Active
    };

    Theme() = delete;

    [[nodiscard]] static QColor color(Tone tone);
    // The colour of a slot in charts and strips: blue and green as their names say (a blue and a
    // blue-green that stay apart from the status green), other slots from a small fixed palette.
    [[nodiscard]] static QColor slotColor(const QString &slot);
    // A coloured dot for a tone.
    [[nodiscard]] static QIcon dot(Tone tone);
    // An icon of resources/icons by base name, e.g. "deploy".
    [[nodiscard]] static QIcon icon(const QString &name);
    [[nodiscard]] static QIcon stepIcon(core::StepStatus status);

    [[nodiscard]] static Tone toneOf(core::DeploymentStatus status);
    [[nodiscard]] static Tone toneOf(core::StepStatus status);
    [[nodiscard]] static Tone toneOf(core::HealthStatus status);

    [[nodiscard]] static QFont monospaceFont();
    // Bold, `scale` times the label's font size: titles and headlines.
    static void makeHeading(QWidget *label, qreal scale = 1.3);
    // For the main window and everything it opens.
    [[nodiscard]] static QString styleSheet();
};

} // namespace ui
