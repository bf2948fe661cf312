#pragma once

#include <QString>

namespace core {

// Names a running process precisely enough to tell, later, whether it is still alive: host name,
// pid and the process's start time (so a recycled pid is not mistaken for the original holder).
class ProcessIdentity
{
public:
    static QString current();
    // True when `identity` names a process on this host that is still running. A holder on another
    // host is assumed alive (it cannot be checked from here).
    static bool isAlive(const QString &identity);
    // The pid part of an identity, 0 if malformed.
    static qint64 pidOf(const QString &identity);
};

} // namespace core
