#pragma once

#include <optional>

#include <QList>

#include "core/Result.h"
#include "core/incidents/Communication.h"
#include "core/incidents/Incident.h"
#include "core/incidents/IncidentMetrics.h"
#include "core/incidents/TimelineEvent.h"

namespace core {

class Incidents;
class Timeline;

// Everything a postmortem export shows: the incident, its durations, its postmortem, its timeline and
// its communications. Rendered as Markdown (core) or as HTML for QTextDocument → PDF (report/).
struct PostmortemReport
{
    Incident incident;
    IncidentDurations durations;
    std::optional<Postmortem> postmortem;
    QList<TimelineEvent> timeline;
    QList<Communication> communications;

    static Result<PostmortemReport> load(Incidents &incidents, const Timeline &timeline, IncidentId id);
    [[nodiscard]] QString toMarkdown() const;
    [[nodiscard]] QString toHtml() const;
};

} // namespace core
