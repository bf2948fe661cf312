#pragma once

#include <memory>
#include <vector>

#include "core/incidents/TimelineSource.h"

namespace core {

class IncidentRepository;
class Workspace;

// Merges timeline sources into one list in time order. Events with the same time keep the order of
// the sources as added, then each source's own order, so a timeline never reshuffles between loads.
class Timeline
{
public:
    // Look-back before the incident started (deployments that caused it) and after it ended.
    static constexpr qint64 kLookBackSecs = 2 * 60 * 60;
    static constexpr qint64 kAfterSecs = 30 * 60;

    Timeline() = default;
    Q_DISABLE_COPY_MOVE(Timeline)

    void addSource(std::unique_ptr<TimelineSource> source);
    [[nodiscard]] QStringList sourceNames() const;

    // From kLookBackSecs before the start to kAfterSecs after the resolution (or now, while open).
    static TimelineWindow windowFor(const Incident &incident, const QDateTime &now = {});
    [[nodiscard]] Result<QList<TimelineEvent>> assemble(const Incident &incident,
                                                        const QDateTime &now = {}) const;
    // Merges already fetched lists (one per source, in source order).
    static QList<TimelineEvent> merge(const QList<QList<TimelineEvent>> &perSource);

    // The sources that exist in this build: deployments (with steps, rollbacks and their info log
    // lines), releases, approvals from the audit log (action "approval.*"), and the incident's own
    // notes, status changes and communications.
    static std::unique_ptr<Timeline> standard(Workspace &workspace, IncidentRepository &incidents);

private:
    std::vector<std::unique_ptr<TimelineSource>> m_sources;
};

} // namespace core
