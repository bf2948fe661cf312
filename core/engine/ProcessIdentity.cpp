#include "ProcessIdentity.h"

#include <signal.h>
#include <unistd.h>

#include <QFile>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace core {

namespace {

// Field 22 of /proc/PID/stat: the start time in clock ticks since boot. Empty when unavailable.
QString startTimeOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    // The command name (field 2) is in parentheses and may contain spaces: count from the last ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

} // namespace

QString ProcessIdentity::current()
{
    const qint64 pid = ::getpid();
    return u"%1:%2:%3"_s.arg(QSysInfo::machineHostName()).arg(pid).arg(startTimeOf(pid));
}

qint64 ProcessIdentity::pidOf(const QString &identity)
{
    return identity.section(u':', 1, 1).toLongLong();
}

bool ProcessIdentity::isAlive(const QString &identity)
{
    if (identity == awaitingApproval())
        return false;
    const QString host = identity.section(u':', 0, 0);
    const qint64 pid = pidOf(identity);
    const QString started = identity.section(u':', 2, 2);
    if (host != QSysInfo::machineHostName())
        return true;
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
        return false;
    const QString now = startTimeOf(pid);
    // A zombie still has its /proc entry; its state field is 'Z'.
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        if (close >= 0 && text.size() > close + 2 && text.at(close + 2) == 'Z')
            return false;
    }
    return started.isEmpty() || now.isEmpty() || now == started;
}

} // namespace core
