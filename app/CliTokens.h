#pragma once

#include <QStringList>

namespace app {

class CliOutput;

// `switchyard token set --env NAME --provider vercel|supabase|cloudflare` reads one token from
// standard input (never from the command line; on a terminal without echo) and stores it in the
// OS keychain; the workspace records only the entry's name.
// `switchyard token status [--env NAME] [--provider P] [--json]` says, per environment and provider,
// whether a token is stored and where the CLI would take it from (never the value).
// `switchyard token remove --env NAME --provider P` deletes it from the keychain.
// Precedence in the CLI: VERCEL_TOKEN / SUPABASE_ACCESS_TOKEN / CLOUDFLARE_API_TOKEN, when set
// and not empty, win over the keychain (for every environment); the GUI uses the keychain only.
class CliTokens
{
public:
    static int run(const QStringList &arguments, const QString &workspaceLocation, const CliOutput &out);
};

} // namespace app
