#pragma once

#include <QString>

#include "core/Result.h"
#include "core/model/Ids.h"

namespace core {
class Workspace;
}

namespace testsupport {

// Slots of an offline environment: blue and green with these versions, one of them live.
struct OfflineSlots
{
    QString blueVersion = QStringLiteral("v1.0.0");
    QString greenVersion = QStringLiteral("v1.0.0");
    bool blueLive = true;
};

// Adds an nginx-routed environment `name` with slots blue and green to `service`, for GUI tests that need
// environments to show but nothing to answer: the router's files live in `dir`/`name` (never started), and
// its verify URL, the slots' health URLs and upstreams point at 127.0.0.1:1, where nothing listens (every
// probe fails as unreachable). Slots deploy with `true`.
core::Result<core::EnvironmentId> addOfflineEnvironment(core::Workspace &workspace,
                                                        core::ServiceId service,
                                                        const QString &name,
                                                        int position,
                                                        const QString &dir,
                                                        const OfflineSlots &slotSetup = {});

} // namespace testsupport
