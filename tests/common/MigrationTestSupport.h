#pragma once

#include <utility>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>

#include "core/Result.h"
#include "core/model/Ids.h"

namespace core {
class Workspace;
}

// Helpers for the tests of migrations against a real PostgreSQL database (SWITCHYARD_TEST_PG).
namespace testsupport {

// Writes migration files (name, SQL) into parent/name (created) and returns that folder.
QString writeMigrationFolder(const QString &parent,
                             const QString &name,
                             const QList<std::pair<QString, QByteArray>> &files);

// Registers a release of the environment's service whose migrations are the folder's files, as
// `switchyard release add --migrations DIR` does.
core::Status addReleaseWithMigrations(core::Workspace &workspace,
                                      core::EnvironmentId environment,
                                      const QString &version,
                                      const QString &dir,
                                      bool contract,
                                      const QString &commitSha = QString());

// The first column of every row of a read-only check query, on a connection of its own (the
// URL's user, host, port and database; no password).
QVariantList queryColumn(const QString &databaseUrl, const QString &sql);
// Whether a table, index or other relation exists (to_regclass).
bool relationExists(const QString &databaseUrl, const QString &relation);

} // namespace testsupport
