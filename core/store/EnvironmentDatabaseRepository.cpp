#include "EnvironmentDatabaseRepository.h"

#include <QDateTime>

#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

Status EnvironmentDatabaseRepository::set(const EnvironmentDatabase &database)
{
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun();
    if (auto removed = runSql(m_db, u"DELETE FROM environment_databases WHERE environment_id = :env"_s,
                              {{u":env"_s, database.environmentId}});
        !removed.ok())
        return removed.error();
    auto inserted = runSql(m_db,
                           u"INSERT INTO environment_databases (environment_id, url, password_key, "
                           "lock_timeout_ms, updated_at) VALUES (:env, :url, :key, :timeout, :at)"_s,
                           {{u":env"_s, database.environmentId},
                            {u":url"_s, database.url},
                            {u":key"_s, database.passwordKey},
                            {u":timeout"_s, database.lockTimeoutMs},
                            {u":at"_s, QDateTime::currentMSecsSinceEpoch()}});
    if (!inserted.ok())
        return inserted.error();
    return tx.commit();
}

Result<std::optional<EnvironmentDatabase>> EnvironmentDatabaseRepository::get(EnvironmentId environment) const
{
    auto q = runSql(m_db,
                    u"SELECT environment_id, url, password_key, lock_timeout_ms FROM environment_databases "
                    "WHERE environment_id = :env"_s,
                    {{u":env"_s, environment}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<EnvironmentDatabase>();
    return std::optional<EnvironmentDatabase>(EnvironmentDatabase{
        q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt()});
}

Status EnvironmentDatabaseRepository::remove(EnvironmentId environment)
{
    auto removed = runSql(m_db, u"DELETE FROM environment_databases WHERE environment_id = :env"_s,
                          {{u":env"_s, environment}});
    if (!removed.ok())
        return removed.error();
    return {};
}

} // namespace core
