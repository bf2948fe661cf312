#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "core/Result.h"
#include "core/incidents/TimelineEvent.h"

namespace core {

struct Incident;

// The span of time a timeline covers.
struct TimelineWindow
{
    QDateTime from;
    QDateTime to;
    [[nodiscard]] bool contains(const QDateTime &t) const { return t.isValid() && t >= from && t <= to; }
};

// One source of timeline events (deployments, the audit log, the incident's own records; approvals
// and health transitions plug in the same way). A source returns its events in its own stable order;
// the assembler merges sources by time and keeps that order on equal times.
class TimelineSource
{
public:
    virtual ~TimelineSource() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual Result<QList<TimelineEvent>> events(const Incident &incident,
                                                              const TimelineWindow &window) const = 0;
};

} // namespace core
