#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include "core/Result.h"
#include "core/model/Deployment.h"
#include "ui/health/HealthSeriesSource.h"

namespace core {
class DeploymentRepository;
}

namespace ui {

// Deployment and rollback markers from the deployment history: one per deployment that got as far as
// starting, at its end (or its start while it runs). Pending deployments never moved traffic: none.
class DeploymentMarkers final
{
    Q_DECLARE_TR_FUNCTIONS(ui::DeploymentMarkers)

public:
    DeploymentMarkers() = delete;

    [[nodiscard]] static std::optional<HealthMarker> fromDeployment(const core::Deployment &deployment);
    // Those with from <= time <= to, oldest first.
    [[nodiscard]] static QList<HealthMarker>
    between(const QList<core::Deployment> &deployments, const QDateTime &from, const QDateTime &to);
    [[nodiscard]] static core::Result<QList<HealthMarker>> load(const core::DeploymentRepository &repository,
                                                                core::EnvironmentId environment,
                                                                const QDateTime &from,
                                                                const QDateTime &to);
};

} // namespace ui
