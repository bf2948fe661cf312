#pragma once

#include <QDateTime>
#include <QString>

namespace core {

// What a timeline event is about. The leadership view colours by kind and always labels it.
enum class TimelineKind
{
    Deployment,
    Step,
    Log,
    Approval,
    Rollback,
    Health,
    Release,
    Note,
    StatusChange,
    Communication,
    Audit
};

QString timelineKindToString(TimelineKind kind);
// Translated, for people.
QString timelineKindLabel(TimelineKind kind);

// One thing that happened, from any source.
struct TimelineEvent
{
    QDateTime at;
    QDateTime end; // for spans (a deployment, a step); invalid for instants
    TimelineKind kind = TimelineKind::Note;
    QString title;
    QString detail;
    QString actor;
    QString outcome;  // good, bad, warning, neutral
    QString source;   // the TimelineSource that produced it
    qint64 refId = 0; // deployment, entry or communication id
};

} // namespace core
