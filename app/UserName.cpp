#include "UserName.h"

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace app {

QString currentUserName()
{
    const QString fromEnv = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (const passwd *entry = ::getpwuid(::getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return u"uid %1"_s.arg(::getuid());
}

} // namespace app
