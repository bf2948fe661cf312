#include "DeploymentMarkers.h"

#include <algorithm>

#include "core/store/DeploymentRepository.h"

namespace ui {

std::optional<HealthMarker> DeploymentMarkers::fromDeployment(const core::Deployment &deployment)
{
    if (deployment.status == core::DeploymentStatus::Pending || !deployment.startedAt.isValid())
        return std::nullopt;
    HealthMarker marker;
    marker.time = deployment.finishedAt.isValid() ? deployment.finishedAt : deployment.startedAt;
    marker.kind = deployment.kind == core::DeploymentKind::Rollback ? HealthMarker::Kind::Rollback
                                                                    : HealthMarker::Kind::Deployment;
    marker.deployment = deployment.id;
    marker.version = deployment.version;
    marker.toSlot = deployment.toSlot;
    marker.succeeded = deployment.status == core::DeploymentStatus::Succeeded ||
                       deployment.status == core::DeploymentStatus::Running;
    QString label = marker.kind == HealthMarker::Kind::Rollback
                        ? tr("rollback → %1").arg(deployment.toSlot)
                        : tr("deploy %1 → %2").arg(deployment.version, deployment.toSlot);
    switch (deployment.status) {
    case core::DeploymentStatus::Failed:
        label = tr("%1 (failed)").arg(label);
        break;
    case core::DeploymentStatus::Aborted:
        label = tr("%1 (aborted)").arg(label);
        break;
    case core::DeploymentStatus::Running:
        label = tr("%1 (running)").arg(label);
        break;
    case core::DeploymentStatus::Pending:
    case core::DeploymentStatus::Succeeded:
        break;
    }
    marker.label = label;
    return marker;
}

QList<HealthMarker> DeploymentMarkers::between(const QList<core::Deployment> &deployments,
                                               const QDateTime &from,
                                               const QDateTime &to)
{
    QList<HealthMarker> markers;
    for (const core::Deployment &deployment : deployments) {
        const auto marker = fromDeployment(deployment);
        if (marker && marker->time >= from && marker->time <= to)
            markers << *marker;
    }
    std::stable_sort(markers.begin(), markers.end(),
                     [](const HealthMarker &a, const HealthMarker &b) { return a.time < b.time; });
    return markers;
}

core::Result<QList<HealthMarker>> DeploymentMarkers::load(const core::DeploymentRepository &repository,
                                                          core::EnvironmentId environment,
                                                          const QDateTime &from,
                                                          const QDateTime &to)
{
    auto deployments = repository.list(environment);
    if (!deployments.ok())
        return deployments.error();
    return between(*deployments, from, to);
}

} // namespace ui
