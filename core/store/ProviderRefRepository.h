#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/Result.h"
#include "core/model/Ids.h"
#include "core/model/ProviderRef.h"
#include "core/store/Dialect.h"

namespace core {

// The provider refs of deployments (table deployment_provider_refs, workspace schema version 8).
// Cheap to construct over an open workspace: ProviderRefRepository(ws.database(), ws.dialect()).
class ProviderRefRepository final
{
public:
    ProviderRefRepository(QSqlDatabase db, const Dialect &dialect);

    // Records a ref; recording the same (provider, kind, id) again for a deployment changes only
    // its URL. An empty provider, kind or id is refused.
    Status add(DeploymentId deployment, const ProviderRef &ref);
    // In the order they were recorded.
    Result<QList<ProviderRef>> forDeployment(DeploymentId deployment) const;
    // For several deployments at once (history lists).
    Result<QHash<DeploymentId, QList<ProviderRef>>>
    forDeployments(const QList<DeploymentId> &deployments) const;

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
