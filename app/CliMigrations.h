#pragma once

#include <QStringList>

namespace app {

class CliOutput;

// `switchyard migrations lint PATH… [--json] [--contract]`: lints migration files (a folder means
// its *.sql files in name order) as one migration set. Needs no workspace.
// Exit codes: 0 no error finding, 1 at least one, 2 unreadable or unparsable input.
class CliMigrations
{
public:
    static int run(const QStringList &arguments, const CliOutput &out);

private:
    static int lint(const QStringList &paths, bool contract, const CliOutput &out);
};

} // namespace app
