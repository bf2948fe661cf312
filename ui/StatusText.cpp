#include "StatusText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ui {

QString StatusText::of(core::DeploymentStatus status)
{
    switch (status) {
    case core::DeploymentStatus::Pending:
        return tr("Pending");
    case core::DeploymentStatus::Running:
        return tr("Running");
    case core::DeploymentStatus::Succeeded:
        return tr("Succeeded");
    case core::DeploymentStatus::Failed:
        return tr("Failed");
    case core::DeploymentStatus::Aborted:
        return tr("Aborted");
    }
    return tr("Pending");
}

QString StatusText::of(core::StepStatus status)
{
    switch (status) {
    case core::StepStatus::Pending:
        return tr("pending");
    case core::StepStatus::Running:
        return tr("running");
    case core::StepStatus::Succeeded:
        return tr("succeeded");
    case core::StepStatus::Failed:
        return tr("failed");
    case core::StepStatus::Skipped:
        return tr("skipped");
    }
    return tr("pending");
}

QString StatusText::of(core::DeploymentKind kind)
{
    return kind == core::DeploymentKind::Rollback ? tr("Rollback") : tr("Deploy");
}

QString StatusText::badge(core::SlotRole role)
{
    switch (role) {
    case core::SlotRole::Live:
        return tr("LIVE");
    case core::SlotRole::Standby:
        return tr("STANDBY");
    case core::SlotRole::Stopped:
        return tr("STOPPED");
    }
    return tr("STANDBY");
}

QString StatusText::duration(qint64 ms)
{
    if (ms < 0)
        return none();
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString StatusText::dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return none();
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString StatusText::transition(const QString &fromSlot, const QString &toSlot)
{
    return tr("%1 → %2").arg(fromSlot.isEmpty() ? none() : fromSlot, toSlot.isEmpty() ? none() : toSlot);
}

QString StatusText::slotWithVersion(const QString &slot, const QString &version)
{
    return version.isEmpty() ? slot : tr("%1 (%2)").arg(slot, version);
}

QString StatusText::none()
{
    return tr("—");
}

} // namespace ui
