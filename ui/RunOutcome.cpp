#include "RunOutcome.h"

#include "core/engine/Plan.h"
#include "ui/StatusText.h"

using namespace Qt::StringLiterals;

namespace ui {

QString RunOutcome::headline() const
{
    if (!finished)
        return tr("Running…");
    const bool rollback = kind == core::DeploymentKind::Rollback;
    if (succeeded) {
        return rollback ? tr("Rolled back: %1 is on %2 again.")
                              .arg(environment, StatusText::slotWithVersion(toSlot, version))
                        : tr("Succeeded: %1 is live in %2 on %3.").arg(version, environment, toSlot);
    }
    if (deploymentId <= 0)
        return rollback ? tr("The rollback of %1 could not start.").arg(environment)
                        : tr("The deployment to %1 could not start.").arg(environment);
    if (failedStep.isEmpty())
        return rollback ? tr("Rollback #%1 of %2 failed.").arg(deploymentId).arg(environment)
                        : tr("Deployment #%1 to %2 failed.").arg(deploymentId).arg(environment);
    return rollback
               ? tr("Rollback #%1 of %2 failed in step “%3”.").arg(deploymentId).arg(environment, failedStep)
               : tr("Deployment #%1 to %2 failed in step “%3”.")
                     .arg(deploymentId)
                     .arg(environment, failedStep);
}

QString RunOutcome::details() const
{
    if (!finished)
        return {};
    QStringList parts;
    if (succeeded) {
        parts << tr("Traffic moved from %1 to %2; %1 stays as hot standby.").arg(fromSlot, toSlot);
    } else {
        if (!error.isEmpty())
            parts << tr("Cause: %1").arg(error);
        const bool afterSwitch = failedStep == QLatin1String(core::step::kMonitor) ||
                                 failedStep == QLatin1String(core::step::kFinalize);
        if (rollbackId <= 0 && afterSwitch)
            parts << tr("Traffic may already be on %1: check %2 now.").arg(toSlot, environment);
        else if (rollbackId <= 0)
            parts << tr("Traffic was not moved: it stays on %1.").arg(fromSlot);
    }
    if (rollbackId > 0) {
        if (rollbackSucceeded.value_or(false))
            parts << tr("Switchyard rolled back automatically (rollback #%1): traffic is back on %2.")
                         .arg(rollbackId)
                         .arg(fromSlot);
        else
            parts << tr("The automatic rollback #%1 failed too: %2 Check %3 now.")
                         .arg(rollbackId)
                         .arg(rollbackError, environment);
    }
    return parts.join(u"\n\n"_s);
}

} // namespace ui
