#pragma once

#include <QString>
#include <QStringList>

#include "core/Result.h"

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
// `status`/`apply --env NAME [--release VERSION]` instead take the environment's bound database
// (env set-database: URL, lock_timeout, password from the keychain) and the release's recorded
// migrations (checked against their SHA-256; default: the newest release with migrations); apply
// refuses an expand release whose migrations break old code (exit 3).
class CliMigrations
{
public:
    static int run(const QString &workspaceLocation, const QStringList &arguments, const CliOutput &out);
    // Reads a database password from the keychain, waiting for it (the CLI has nothing else to do).
    [[nodiscard]] static core::Result<QString> readPassword(const QString &passwordKey);

private:
    // Where status and apply go, and with which files.
    struct Target
    {
        QString url;
        QStringList files;
        QString password; // from the keychain; empty: none
        int lockTimeoutMs = 5000;
    };

    static int lint(const QStringList &paths, bool contract, const CliOutput &out);
    // Fills `target` from the environment's database binding and a release; Cli::Done or an exit code.
    static int fromEnvironment(const QString &workspaceLocation,
                               const QString &envName,
                               const QString &releaseVersion,
                               bool forApply,
                               const CliOutput &out,
                               Target *target);
    static int status(const Target &target, const CliOutput &out);
    static int apply(const Target &target, bool dryRun, bool includeAll, const CliOutput &out);
};

} // namespace app
