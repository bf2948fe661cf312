#pragma once

#include "core/incidents/TimelineSource.h"

namespace core {

class Workspace;

// Health transitions of the slots of the incident's environments inside the window — healthy → degraded
// → unhealthy and back — from the stored probe samples and their rollups (HealthTransitionQuery: the
// database finds the changes; repeated levels are never loaded). One event per transition, coloured by
// the level reached, titled with the slot and both levels.
class HealthTimelineSource final : public TimelineSource
{
public:
    explicit HealthTimelineSource(Workspace &workspace)
        : m_workspace(workspace)
    {}
    [[nodiscard]] QString name() const override { return QStringLiteral("health"); }
    [[nodiscard]] Result<QList<TimelineEvent>> events(const Incident &incident,
                                                      const TimelineWindow &window) const override;

private:
    Workspace &m_workspace;
};

} // namespace core
