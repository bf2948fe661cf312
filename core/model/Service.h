#pragma once

#include <QString>

#include "core/model/Ids.h"

namespace core {

// A deployable product ("web platform"); it has environments.
struct Service
{
    ServiceId id = 0;
    QString name;
    QString description;
};

} // namespace core
