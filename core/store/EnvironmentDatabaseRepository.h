#pragma once

#include <optional>

#include <QSqlDatabase>

#include "core/Result.h"
#include "core/model/EnvironmentDatabase.h"
#include "core/store/Dialect.h"

namespace core {

// Which PostgreSQL database each environment migrates (schema version 3). Construct it over a
// workspace's connection: EnvironmentDatabaseRepository(ws.database(), ws.dialect()).
class EnvironmentDatabaseRepository
{
public:
    EnvironmentDatabaseRepository(QSqlDatabase db, const Dialect &dialect)
        : m_db(std::move(db))
        , m_dialect(dialect)
    {}

    // Creates or replaces the environment's binding.
    Status set(const EnvironmentDatabase &database);
    Result<std::optional<EnvironmentDatabase>> get(EnvironmentId environment) const;
    Status remove(EnvironmentId environment);

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
