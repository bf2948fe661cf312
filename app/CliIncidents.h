#pragma once

#include <QStringList>

namespace app {

class CliOutput;

// `switchyard incident list|show ID|open|update ID|export ID|channel set CHANNEL` — incidents, their
// timelines and communications, from the command line. Exit codes: 0 done, 1 failed (e.g. an update
// that could not be delivered), 2 bad input (unknown incident, bad option).
class CliIncidents
{
public:
    // True for a command line that writes a PDF: main() then starts a QGuiApplication (offscreen).
    static bool needsGui(const QStringList &arguments);
    static int run(const QString &workspaceLocation, const QStringList &arguments, const CliOutput &out);
};

} // namespace app
