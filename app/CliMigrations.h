#pragma once

#include <QStringList>

namespace app {

class CliOutput;

// `switchyard migrations lint PATH… [--json] [--contract]`: lints migration files (a folder means
// its *.sql files in name order) as one migration set. Needs no workspace.
// Exit codes: 0 no error finding, 1 at least one, 2 unreadable or unparsable input.
// `switchyard migrations status --database URL --dir PATH [--json]` and
// `switchyard migrations apply --database URL --dir PATH [--dry-run] [--include-all]
// [--lock-timeout MS] [--json]`: core::MigrationRunner (synchronous). Exit codes: 0 done, 1 failed
// (locked, changed file, failed statement, verification), 2 bad input (URL, folder, file names,
// syntax, unreachable database), 3 an out-of-order version without --include-all.
class CliMigrations
{
public:
    static int run(const QStringList &arguments, const CliOutput &out);

private:
    static int lint(const QStringList &paths, bool contract, const CliOutput &out);
    static int status(const QString &databaseUrl, const QString &dir, const CliOutput &out);
    static int apply(const QString &databaseUrl,
                     const QString &dir,
                     bool dryRun,
                     bool includeAll,
                     int lockTimeoutMs,
                     const CliOutput &out);
};

} // namespace app
