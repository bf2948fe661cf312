#pragma once

#include <QString>

#include "core/Result.h"

namespace app {

// The password of a team workspace (postgresql://user@host:port/db) lives in the OS keychain, under
// "workspace/<url without password>", never on the command line or in a file.
class TeamPassword
{
public:
    // `location` with the keychain's password filled in when it is a PostgreSQL URL without one and
    // the keychain has it; otherwise `location` unchanged (trust, peer or ~/.pgpass may apply).
    static QString withPassword(const QString &location);
    static core::Status store(const QString &location, const QString &password);
    static QString keyFor(const QString &location);
};

} // namespace app
