#include "EnvironmentNames.h"

#include <QHash>

#include "core/model/Service.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

namespace ui {

core::Result<QList<EnvironmentNames::Entry>> EnvironmentNames::list(core::Workspace &workspace)
{
    auto environments = workspace.environments().list();
    if (!environments.ok())
        return environments.error();
    auto services = workspace.services().list();
    if (!services.ok())
        return services.error();
    QHash<core::ServiceId, QString> serviceNames;
    for (const core::Service &service : *services)
        serviceNames.insert(service.id, service.name);
    const bool qualify = serviceNames.size() > 1;
    QList<Entry> out;
    for (const core::Environment &env : *environments)
        out << Entry{env, qualify ? serviceNames.value(env.serviceId) + u'/' + env.name : env.name};
    return out;
}

QString EnvironmentNames::lookupName(core::Workspace &workspace, core::EnvironmentId id)
{
    auto entries = list(workspace);
    if (entries.ok()) {
        for (const Entry &entry : *entries) {
            if (entry.environment.id == id)
                return entry.lookupName;
        }
    }
    return QString::number(id);
}

} // namespace ui
