#pragma once

#include <QString>

namespace app {

// Who is at the keyboard: $USER, else the account name of this process's user id.
QString currentUserName();

} // namespace app
