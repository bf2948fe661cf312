#include "Slot.h"

using namespace Qt::StringLiterals;

namespace core {

QString slotRoleToString(SlotRole role)
{
    switch (role) {
    case SlotRole::Live:
        return u"live"_s;
    case SlotRole::Standby:
        return u"standby"_s;
    case SlotRole::Stopped:
        return u"stopped"_s;
    }
    return u"standby"_s;
}

SlotRole slotRoleFromString(const QString &text)
{
    if (text == u"live")
        return SlotRole::Live;
    if (text == u"stopped")
        return SlotRole::Stopped;
    return SlotRole::Standby;
}

} // namespace core
