#pragma once

#include <functional>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace core {

class Dialect;

// The workspace's own schema, as numbered, forward-only steps. Each runs in one transaction and
// records its version in switchyard_schema. Never edit a released step: add a new one.
struct SchemaMigration
{
    int version;
    QString description;
    std::function<QStringList(const Dialect &)> statements;
};

class SchemaMigrations
{
public:
    static const QList<SchemaMigration> &all();
    static int latestVersion();

    // The version recorded in `db`, 0 for an empty database.
    static Result<int> currentVersion(const QSqlDatabase &db, const Dialect &dialect);
    // Brings `db` up to `targetVersion` (default: latest). Refuses a database newer than this build.
    static Status migrate(const QSqlDatabase &db, const Dialect &dialect, int targetVersion = -1);
};

} // namespace core
