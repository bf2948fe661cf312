#include "ProviderRefRepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::ProviderRefRepository)
};

} // namespace

ProviderRefRepository::ProviderRefRepository(QSqlDatabase db, const Dialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

Status ProviderRefRepository::add(DeploymentId deployment, const ProviderRef &ref)
{
    if (ref.provider.isEmpty() || ref.kind.isEmpty() || ref.id.isEmpty()) {
        return Error{u"deployment.bad_provider_ref"_s,
                     Tr::tr("A provider reference needs a provider, a kind and an id."),
                     u"%1/%2/%3"_s.arg(ref.provider, ref.kind, ref.id)};
    }
    // Standard SQL both dialects accept (SQLite ≥ 3.24, PostgreSQL ≥ 9.5).
    auto q = runSql(
        m_db,
        u"INSERT INTO deployment_provider_refs (deployment_id, provider, kind, ref_id, url, recorded_at) "
        "VALUES (:deployment, :provider, :kind, :id, :url, :at) "
        "ON CONFLICT (deployment_id, provider, kind, ref_id) DO UPDATE SET url = excluded.url"_s,
        {{u":deployment"_s, deployment},
         {u":provider"_s, ref.provider},
         {u":kind"_s, ref.kind},
         {u":id"_s, ref.id},
         {u":url"_s, ref.url},
         {u":at"_s, QDateTime::currentMSecsSinceEpoch()}});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<ProviderRef>> ProviderRefRepository::forDeployment(DeploymentId deployment) const
{
    auto all = forDeployments({deployment});
    if (!all.ok())
        return all.error();
    return all->value(deployment);
}

Result<QHash<DeploymentId, QList<ProviderRef>>>
ProviderRefRepository::forDeployments(const QList<DeploymentId> &deployments) const
{
    QHash<DeploymentId, QList<ProviderRef>> out;
    // One query per deployment keeps the SQL free of built-up IN lists; history pages are small.
    for (const DeploymentId id : deployments) {
        auto rows = collectRows(runSql(m_db,
                                       u"SELECT provider, kind, ref_id, url FROM deployment_provider_refs "
                                       "WHERE deployment_id = :deployment ORDER BY id"_s,
                                       {{u":deployment"_s, id}}),
                                [](const QSqlQuery &row) {
                                    return ProviderRef{row.value(0).toString(), row.value(1).toString(),
                                                       row.value(2).toString(), row.value(3).toString()};
                                });
        if (!rows.ok())
            return rows.error();
        if (!rows->isEmpty())
            out.insert(id, *rows);
    }
    return out;
}

} // namespace core
