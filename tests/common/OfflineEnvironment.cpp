#include "OfflineEnvironment.h"

#include <QDir>

#include "core/model/Environment.h"
#include "core/model/Slot.h"
#include "core/providers/NginxRouterConfig.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace testsupport {

core::Result<core::EnvironmentId> addOfflineEnvironment(core::Workspace &workspace,
                                                        core::ServiceId service,
                                                        const QString &name,
                                                        int position,
                                                        const QString &dir,
                                                        const OfflineSlots &slotSetup)
{
    const QDir base(dir);
    core::NginxRouterConfig router;
    router.prefix = base.filePath(name);
    router.confPath = base.filePath(name + u"/nginx.conf"_s);
    router.includeFile = base.filePath(name + u"/upstream.conf"_s);
    router.upstreamName = u"switchyard_"_s + name;
    router.environmentName = name;
    router.verifyUrl = QUrl(u"http://127.0.0.1:1/api/health/system"_s);
    core::Environment env;
    env.serviceId = service;
    env.name = name;
    env.position = position;
    env.routerKind = u"nginx"_s;
    env.routerConfig = router.toJson();
    auto id = workspace.environments().create(env);
    if (!id.ok())
        return id.error();
    for (const QString &slotName : {u"blue"_s, u"green"_s}) {
        const bool blue = slotName == u"blue";
        core::Slot slot;
        slot.environmentId = *id;
        slot.name = slotName;
        slot.role = blue == slotSetup.blueLive ? core::SlotRole::Live : core::SlotRole::Standby;
        slot.version = blue ? slotSetup.blueVersion : slotSetup.greenVersion;
        slot.healthUrl = u"http://127.0.0.1:1/api/health/system"_s; // nothing listens: unreachable
        slot.upstream = u"127.0.0.1:1"_s;
        slot.deployCommand = {u"true"_s};
        if (auto added = workspace.environments().addSlot(slot); !added.ok())
            return added.error();
    }
    return *id;
}

} // namespace testsupport
