#pragma once

#include <QStringList>

namespace core {

class Dialect;

// Team mode (PostgreSQL): what members (every role but the workspace owner) may do, table by table.
// Members read everything and write what a deployment writes; the protected tables take no direct
// writes (identities, keys, approvals and policies change only through the SECURITY DEFINER
// functions of ApprovalSchema.h, the schema table only by the owner), and the audit log takes
// INSERT but never UPDATE, DELETE or TRUNCATE.
//
// SchemaMigrations runs these statements after every migration, in the migration's transaction,
// so a table that any migration adds gets its grants at once. Empty on SQLite.
QStringList teamGrants(const Dialect &dialect);

} // namespace core
