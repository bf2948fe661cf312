#pragma once

#include <QList>
#include <QString>

#include "core/Result.h"
#include "core/model/Environment.h"

namespace core {
class Workspace;
}

namespace ui {

// The names core finds environments by: the plain name, or "service/name" when the workspace
// holds several services (so two services' "production" stay apart).
class EnvironmentNames final
{
public:
    struct Entry
    {
        core::Environment environment;
        QString lookupName;
    };

    EnvironmentNames() = delete;

    // Every environment in lifecycle order, with its lookup name.
    [[nodiscard]] static core::Result<QList<Entry>> list(core::Workspace &workspace);
    // The lookup name of one environment (its id as text if it cannot be read).
    [[nodiscard]] static QString lookupName(core::Workspace &workspace, core::EnvironmentId id);
};

} // namespace ui
