#pragma once

#include <QStringList>

namespace app {

// Opens the main window on a workspace (or on the demo sandbox with --demo). Needs a QApplication.
class Gui
{
public:
    static int run(const QStringList &arguments);
};

} // namespace app
