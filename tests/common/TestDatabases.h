#pragma once

#include <QString>

// Fresh workspace locations for tests: a file in a temporary folder, or a new database on the
// PostgreSQL server the test script started (SWITCHYARD_TEST_PG, e.g.
// postgresql://postgres@127.0.0.1:25432/postgres).
namespace testsupport {

// A new, empty PostgreSQL database, as a workspace URL; empty (with `why` set) when no server was
// given. With SWITCHYARD_REQUIRE_PG=1 (CI) the caller must fail rather than skip.
QString freshPostgresDatabase(QString *why);
bool postgresRequired();

// A fresh workspace location for one backend: `sqliteFile` when !postgres, else a new PostgreSQL
// database. Empty when there is no server: the current test is then skipped (or, with
// SWITCHYARD_REQUIRE_PG=1, the process fails) and the caller returns.
QString freshWorkspaceLocation(bool postgres, const QString &sqliteFile);

} // namespace testsupport
