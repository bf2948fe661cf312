#include "Theme.h"

#include <iterator>

#include <QFontDatabase>
#include <QHash>
#include <QWidget>

using namespace Qt::StringLiterals;

// Resources of a static library must be registered explicitly; doing it here, where every icon is
// loaded, keeps the resource object linked into whatever uses switchyard_ui.
static void initUiResources()
{
    Q_INIT_RESOURCE(switchyard_ui);
}

namespace ui {

QColor Theme::color(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x2e, 0x9d, 0x5b);
    case Tone::Warning:
        return QColor(0xd0, 0x8a, 0x00);
    case Tone::Bad:
        return QColor(0xd6, 0x45, 0x41);
    case Tone::Active:
        return QColor(0x2f, 0x7f, 0xd8);
    case Tone::Neutral:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98);
}

QColor Theme::slotColor(const QString &slot)
{
    if (slot == u"blue")
        return QColor(0x2f, 0x6f, 0xd8);
    if (slot == u"green")
        return QColor(0x12, 0x9a, 0x8a);
    static const QColor others[] = {QColor(0x8e, 0x5c, 0xd9), QColor(0xd9, 0x82, 0x2b),
                                    QColor(0x4a, 0x55, 0x68)};
    return others[qHash(slot) % std::size(others)];
}

QIcon Theme::dot(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return icon(u"health-healthy"_s);
    case Tone::Warning:
        return icon(u"health-degraded"_s);
    case Tone::Bad:
        return icon(u"health-unhealthy"_s);
    case Tone::Active:
        return icon(u"health-active"_s);
    case Tone::Neutral:
        break;
    }
    return icon(u"health-unknown"_s);
}

QIcon Theme::icon(const QString &name)
{
    static const bool registered = [] {
        initUiResources();
        return true;
    }();
    Q_UNUSED(registered)
    // QIcon(file) parses the SVG on construction; views ask for decoration icons on every data() call,
    // so each icon is parsed once per process (GUI thread only, like every QIcon).
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it == cache.constEnd())
        it = cache.insert(name, QIcon(u":/icons/"_s + name + u".svg"_s));
    return *it;
}

QIcon Theme::stepIcon(core::StepStatus status)
{
    switch (status) {
    case core::StepStatus::Pending:
        return icon(u"step-pending"_s);
    case core::StepStatus::Running:
        return icon(u"step-running"_s);
    case core::StepStatus::Succeeded:
        return icon(u"step-succeeded"_s);
    case core::StepStatus::Failed:
        return icon(u"step-failed"_s);
    case core::StepStatus::Skipped:
        break;
    }
    return icon(u"step-skipped"_s);
}

Theme::Tone Theme::toneOf(core::DeploymentStatus status)
{
    switch (status) {
    case core::DeploymentStatus::Succeeded:
        return Tone::Good;
    case core::DeploymentStatus::Running:
        return Tone::Active;
    case core::DeploymentStatus::Failed:
        return Tone::Bad;
    case core::DeploymentStatus::Aborted:
        return Tone::Warning;
    case core::DeploymentStatus::Pending:
        break;
    }
    return Tone::Neutral;
}

Theme::Tone Theme::toneOf(core::StepStatus status)
{
    switch (status) {
    case core::StepStatus::Succeeded:
        return Tone::Good;
    case core::StepStatus::Running:
        return Tone::Active;
    case core::StepStatus::Failed:
        return Tone::Bad;
    case core::StepStatus::Pending:
    case core::StepStatus::Skipped:
        break;
    }
    return Tone::Neutral;
}

Theme::Tone Theme::toneOf(core::HealthStatus status)
{
    switch (status) {
    case core::HealthStatus::Healthy:
        return Tone::Good;
    case core::HealthStatus::Degraded:
        return Tone::Warning;
    case core::HealthStatus::Unhealthy:
        break;
    }
    return Tone::Bad;
}

QFont Theme::monospaceFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

void Theme::makeHeading(QWidget *label, qreal scale)
{
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
}

QString Theme::styleSheet()
{
    return uR"(
QFrame#environmentCard {
    background: palette(base);
    border: 1px solid #d3d8e0;
    border-radius: 8px;
}
QFrame#environmentCard QLabel#cardSubtitle { color: #5f6773; }
QFrame#environmentCard QFrame#cardRule { color: #e3e7ec; }
QLabel[badge="live"] {
    background: #2e9d5b; color: white; border-radius: 4px; padding: 1px 7px; font-weight: 600;
}
QLabel[badge="standby"] {
    background: #e6e9ee; color: #3b4350; border-radius: 4px; padding: 1px 7px; font-weight: 600;
}
QLabel[badge="stopped"] {
    background: #f3f4f6; color: #8a8f98; border-radius: 4px; padding: 1px 7px; font-weight: 600;
}
QLabel[slotName="true"] { font-weight: 600; }
QFrame#interruptedBanner {
    background: #fff6e5;
    border: 1px solid #e8b04a;
    border-radius: 6px;
}
QLabel#sectionTitle { color: #2b3340; }
QLabel#planError, QLabel#detailsError { color: #b8322e; }
)"_s;
}

} // namespace ui
