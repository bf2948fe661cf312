#pragma once

#include <memory>

#include "core/Result.h"
#include "core/model/Environment.h"
#include "core/model/Slot.h"
#include "core/providers/Router.h"

class QNetworkAccessManager;

namespace core {

class Workspace;

// An environment as a deployment works with it: its settings, its slots and its router.
struct EnvironmentRuntime
{
    Environment environment;
    QList<Slot> slotList;
    std::unique_ptr<Router> router;

    static Result<EnvironmentRuntime>
    load(Workspace &workspace, EnvironmentId id, QNetworkAccessManager *nam);
};

} // namespace core
