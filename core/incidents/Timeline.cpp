#include "Timeline.h"

#include <algorithm>

#include "core/incidents/HealthTimelineSource.h"
#include "core/incidents/Incident.h"
#include "core/incidents/TimelineSources.h"

using namespace Qt::StringLiterals;

namespace core {

void Timeline::addSource(std::unique_ptr<TimelineSource> source)
{
    m_sources.push_back(std::move(source));
}

QStringList Timeline::sourceNames() const
{
    QStringList names;
    for (const auto &source : m_sources)
        names << source->name();
    return names;
}

TimelineWindow Timeline::windowFor(const Incident &incident, const QDateTime &now)
{
    const QDateTime current = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    const QDateTime start = incident.startedAt.isValid() ? incident.startedAt : current;
    QDateTime end = incident.resolvedAt.isValid() ? incident.resolvedAt : current;
    if (end < start)
        end = start;
    return TimelineWindow{start.addSecs(-kLookBackSecs), end.addSecs(kAfterSecs)};
}

QList<TimelineEvent> Timeline::merge(const QList<QList<TimelineEvent>> &perSource)
{
    QList<TimelineEvent> all;
    for (const auto &events : perSource)
        all += events;
    std::stable_sort(all.begin(), all.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
    return all;
}

Result<QList<TimelineEvent>> Timeline::assemble(const Incident &incident, const QDateTime &now) const
{
    const TimelineWindow window = windowFor(incident, now);
    QList<QList<TimelineEvent>> perSource;
    for (const auto &source : m_sources) {
        auto events = source->events(incident, window);
        if (!events.ok())
            return events.error();
        for (TimelineEvent &e : *events)
            e.source = source->name();
        perSource << *events;
    }
    return merge(perSource);
}

std::unique_ptr<Timeline> Timeline::standard(Workspace &workspace, IncidentRepository &incidents)
{
    auto timeline = std::make_unique<Timeline>();
    timeline->addSource(std::make_unique<DeploymentTimelineSource>(workspace));
    timeline->addSource(std::make_unique<ReleaseTimelineSource>(workspace));
    timeline->addSource(std::make_unique<AuditTimelineSource>(workspace, QStringList{u"approval."_s},
                                                              TimelineKind::Approval));
    timeline->addSource(std::make_unique<HealthTimelineSource>(workspace));
    timeline->addSource(std::make_unique<IncidentRecordTimelineSource>(incidents));
    return timeline;
}

} // namespace core
