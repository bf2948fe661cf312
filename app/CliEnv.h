#pragma once

#include <QStringList>

namespace app {

class CliOutput;

// `switchyard env set-database --env NAME --url postgresql://user@host:port/db [--password-stdin]
// [--lock-timeout MS] [--json]`: binds the PostgreSQL database the environment's migrate step
// applies migrations to. The URL carries no password; with --password-stdin the password is read
// from standard input into the OS keychain (never from the command line).
// `switchyard env show-database --env NAME [--json]`: prints the binding (never the password).
class CliEnv
{
public:
    static int run(const QString &workspaceLocation, const QStringList &arguments, const CliOutput &out);
};

} // namespace app
