#pragma once

#include <QStringList>

class QNetworkAccessManager;

namespace app {

// The headless command line: same engine as the GUI, QtCore/QtNetwork/QtSql only.
// Exit codes: 0 done, 1 failed, 2 usage or bad input, 3 blocked by policy.
class Cli
{
public:
    enum ExitCode
    {
        Done = 0,
        Failed = 1,
        BadInput = 2,
        Blocked = 3
    };

    // True when `arguments` (without the program name) name a CLI command rather than the GUI.
    static bool isCliInvocation(const QStringList &arguments);
    // Runs the command; needs a QCoreApplication.
    static int run(const QStringList &arguments);
};

} // namespace app
