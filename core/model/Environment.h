#pragma once

#include <QJsonObject>
#include <QString>

#include "core/model/EnvironmentSettings.h"
#include "core/model/Ids.h"

namespace core {

// A stage of a service's lifecycle (development, staging, production). `position` orders them:
// a release reaches an environment only after it succeeded in the one before.
struct Environment
{
    EnvironmentId id = 0;
    ServiceId serviceId = 0;
    QString name;
    int position = 0;
    QString routerKind;       // "nginx" in this slice
    QJsonObject routerConfig; // the router's own settings (paths, URL), see NginxRouter
    EnvironmentSettings settings;
};

} // namespace core
