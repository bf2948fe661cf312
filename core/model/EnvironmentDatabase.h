#pragma once

#include <QString>

#include "core/model/Ids.h"

namespace core {

// The keychain service under which Switchyard keeps environment database passwords (the key is
// EnvironmentDatabase::passwordKey).
inline constexpr auto kDatabaseSecretService = "switchyard";

// The PostgreSQL database an environment's migrations go to. The URL never holds a password; the
// password, if the server wants one, lives in the OS keychain under `passwordKey`.
struct EnvironmentDatabase
{
    EnvironmentId environmentId = 0;
    QString url;         // postgresql://user@host:port/database
    QString passwordKey; // keychain key (service kDatabaseSecretService); empty: no password stored
    int lockTimeoutMs = 5000;
};

} // namespace core
