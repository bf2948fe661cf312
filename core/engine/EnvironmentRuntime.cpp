#include "EnvironmentRuntime.h"

#include "core/engine/RouterFactory.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"

namespace core {

Result<EnvironmentRuntime>
EnvironmentRuntime::load(Workspace &workspace, EnvironmentId id, QNetworkAccessManager *nam)
{
    auto env = workspace.environments().get(id);
    if (!env.ok())
        return env.error();
    auto slotList = workspace.environments().slotsOf(id);
    if (!slotList.ok())
        return slotList.error();
    auto router = RouterFactory::create(*env, nam);
    if (!router.ok())
        return router.error();
    return EnvironmentRuntime{std::move(env).value(), std::move(slotList).value(), std::move(router).value()};
}

} // namespace core
