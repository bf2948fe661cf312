#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "core/model/Ids.h"

namespace core {

enum class DeploymentKind
{
    Deploy,
    Rollback
};
enum class DeploymentStatus
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Aborted
};

QString deploymentKindToString(DeploymentKind kind);
DeploymentKind deploymentKindFromString(const QString &text);
QString deploymentStatusToString(DeploymentStatus status);
DeploymentStatus deploymentStatusFromString(const QString &text);

// One execution of a plan. `currentStep` is the step the journal last started.
struct Deployment
{
    DeploymentId id = 0;
    EnvironmentId environmentId = 0;
    std::optional<ReleaseId> releaseId;
    QString version; // the version that will be live when this succeeds
    DeploymentKind kind = DeploymentKind::Deploy;
    DeploymentStatus status = DeploymentStatus::Pending;
    QString fromSlot;    // live slot before
    QString toSlot;      // live slot after
    QString fromVersion; // version live before
    QString planDigest;
    QJsonObject plan;
    QString requestedBy;
    std::optional<DeploymentId> rollbackOf;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString currentStep;
    QString error;
};

} // namespace core
