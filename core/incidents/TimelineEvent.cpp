#include "TimelineEvent.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Timeline)
};
} // namespace

QString timelineKindToString(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Deployment:
        return u"deployment"_s;
    case TimelineKind::Step:
        return u"step"_s;
    case TimelineKind::Log:
        return u"log"_s;
    case TimelineKind::Approval:
        return u"approval"_s;
    case TimelineKind::Rollback:
        return u"rollback"_s;
    case TimelineKind::Health:
        return u"health"_s;
    case TimelineKind::Release:
        return u"release"_s;
    case TimelineKind::Note:
        return u"note"_s;
    case TimelineKind::StatusChange:
        return u"status"_s;
    case TimelineKind::Communication:
        return u"communication"_s;
    case TimelineKind::Audit:
        break;
    }
    return u"audit"_s;
}

QString timelineKindLabel(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Deployment:
        return Tr::tr("Deployment");
    case TimelineKind::Step:
        return Tr::tr("Step");
    case TimelineKind::Log:
        return Tr::tr("Log");
    case TimelineKind::Approval:
        return Tr::tr("Approval");
    case TimelineKind::Rollback:
        return Tr::tr("Rollback");
    case TimelineKind::Health:
        return Tr::tr("Health");
    case TimelineKind::Release:
        return Tr::tr("Release");
    case TimelineKind::Note:
        return Tr::tr("Note");
    case TimelineKind::StatusChange:
        return Tr::tr("Status");
    case TimelineKind::Communication:
        return Tr::tr("Update sent");
    case TimelineKind::Audit:
        break;
    }
    return Tr::tr("Audit");
}

} // namespace core
