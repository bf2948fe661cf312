#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/model/Deployment.h"

namespace ui {

// How a run ended, as the run view saw it: the deployment, whether it succeeded, the step that
// failed and why, and the automatic rollback if one ran. headline() and details() say it in words.
struct RunOutcome
{
    Q_DECLARE_TR_FUNCTIONS(ui::RunOutcome)

public:
    core::DeploymentKind kind = core::DeploymentKind::Deploy;
    QString environment;
    QString version;  // live after success
    QString fromSlot; // live before
    QString toSlot;   // live after success
    core::DeploymentId deploymentId = 0;
    bool finished = false;
    bool succeeded = false;
    QString failedStep;
    QString error;
    core::DeploymentId rollbackId = 0; // the automatic rollback, if one ran
    std::optional<bool> rollbackSucceeded;
    QString rollbackError;

    [[nodiscard]] QString headline() const;
    [[nodiscard]] QString details() const;
};

} // namespace ui
