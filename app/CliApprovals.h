#pragma once

#include <QStringList>

namespace core {
class Workspace;
}

namespace app {

class CliOutput;

// The two-person rule on the command line:
//   identity create|list|export-public|register|rotate|revoke
//   approve --deployment ID | --plan-digest D [--reject] [--comment …] [--out FILE]
//   approvals import FILE | approvals list [--deployment ID]
//   policy show|set --env NAME …
// Passphrases come from standard input (--passphrase-stdin) or a prompt without echo, never from
// the command line. Who "I" am: --identity NAME, else $SWITCHYARD_IDENTITY, else (team mode) the
// identity of the connected database role, else the identity named like the OS user.
// Exit codes: 0 done, 1 failed, 2 bad input, 3 refused by the two-person rule (with the reason).
class CliApprovals
{
public:
    static int run(const QString &command,
                   const QStringList &arguments,
                   const QString &workspaceLocation,
                   const CliOutput &out);
    // The name deployments are requested under (see above); falls back to the OS user name.
    static QString actorName(core::Workspace &workspace, const QString &identityOption);
};

} // namespace app
