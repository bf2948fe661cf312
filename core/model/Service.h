#pragma once

#include "core/model/Ids.h"

#include <QString>

namespace core {

// A deployable product ("web platform"); it has environments.
struct Service
{
    ServiceId id = 0;
    QString name;
    QString description;
};

} // namespace core
