#include "ProviderRefRepository.h"

#include <QDateTime>

#include "core/store/Sql.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

ProviderRefRepository::ProviderRefRepository(Workspace &workspace)
    : m_db(workspace.database())
{}

Status ProviderRefRepository::add(DeploymentId deployment, const ProviderRef &ref)
{
    auto existing = list(deployment);
    if (!existing.ok())
        return existing.error();
    if (existing->contains(ref))
        return {};
    auto q = runSql(
        m_db,
        u"INSERT INTO deployment_provider_refs (deployment_id, provider, kind, ref_id, url, created_at) "
        "VALUES (:deployment, :provider, :kind, :ref, :url, :at)"_s,
        {{u":deployment"_s, deployment},
         {u":provider"_s, ref.provider},
         {u":kind"_s, ref.kind},
         {u":ref"_s, ref.id},
         {u":url"_s, ref.url},
         {u":at"_s, QDateTime::currentMSecsSinceEpoch()}});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<ProviderRef>> ProviderRefRepository::list(DeploymentId deployment) const
{
    auto q = runSql(m_db,
                    u"SELECT provider, kind, ref_id, url FROM deployment_provider_refs "
                    "WHERE deployment_id = :deployment ORDER BY id"_s,
                    {{u":deployment"_s, deployment}});
    return collectRows(std::move(q), [](const QSqlQuery &row) {
        return ProviderRef{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                           row.value(3).toString()};
    });
}

} // namespace core
