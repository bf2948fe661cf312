#pragma once

#include <QList>
#include <QSqlDatabase>

#include "core/Result.h"
#include "core/model/Ids.h"
#include "core/model/ProviderRef.h"

namespace core {

class Workspace;

// Provider deployment ids and URLs per deployment (schema version 7, table
// deployment_provider_refs). Adding the same reference twice keeps one (a resumed step).
class ProviderRefRepository final
{
public:
    explicit ProviderRefRepository(Workspace &workspace);

    Status add(DeploymentId deployment, const ProviderRef &ref);
    [[nodiscard]] Result<QList<ProviderRef>> list(DeploymentId deployment) const;

private:
    QSqlDatabase m_db;
};

} // namespace core
