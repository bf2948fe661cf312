#pragma once

#include <QString>
#include <QStringList>

#include "core/model/Ids.h"

namespace core {

enum class SlotRole
{
    Live,
    Standby,
    Stopped
};

QString slotRoleToString(SlotRole role);
SlotRole slotRoleFromString(const QString &text);

// One of the two slots (blue / green) of an environment.
struct Slot
{
    SlotId id = 0;
    EnvironmentId environmentId = 0;
    QString name; // "blue" or "green"
    SlotRole role = SlotRole::Standby;
    QString version;   // what the slot runs now, as last deployed and verified
    QString healthUrl; // the slot's own health endpoint, e.g. http://127.0.0.1:18081/api/health/system
    QString upstream;  // host:port the router sends traffic to
    QStringList deployCommand; // program and arguments; {version} {slot} {port} {commit} are substituted
};

} // namespace core
