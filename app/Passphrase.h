#pragma once

#include <optional>

#include <QString>

namespace app {

// Reads a passphrase without it ever reaching the command line: one line from standard input
// (--passphrase-stdin, for scripts and tests), or a prompt on the terminal with echo off.
// Empty optional (and `why` set) when neither is possible.
std::optional<QString> readPassphrase(const QString &prompt, bool fromStdin, bool confirm, QString *why);

} // namespace app
