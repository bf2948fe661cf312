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
    // The holder a deployment parked awaiting approval leaves on its lock: no process holds it, so
    // isAlive() is false and only that deployment's resume (or a rollback of it) takes it over.
    static QString awaitingApproval() { return QStringLiteral("awaiting-approval:0:"); }
    // The pid part of an identity, 0 if malformed.
    static qint64 pidOf(const QString &identity);
};

} // namespace core
