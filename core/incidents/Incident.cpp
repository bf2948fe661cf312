#include "Incident.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Incident)
};
} // namespace

QString severityToString(Severity severity)
{
    switch (severity) {
    case Severity::P0:
        return u"P0"_s;
    case Severity::P1:
        return u"P1"_s;
    case Severity::P2:
        break;
    }
    return u"P2"_s;
}

std::optional<Severity> severityFromString(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t == u"P0")
        return Severity::P0;
    if (t == u"P1")
        return Severity::P1;
    if (t == u"P2")
        return Severity::P2;
    return std::nullopt;
}

QString incidentStatusToString(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return u"investigating"_s;
    case IncidentStatus::Identified:
        return u"identified"_s;
    case IncidentStatus::Monitoring:
        return u"monitoring"_s;
    case IncidentStatus::Resolved:
        break;
    }
    return u"resolved"_s;
}

std::optional<IncidentStatus> incidentStatusFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"investigating")
        return IncidentStatus::Investigating;
    if (t == u"identified")
        return IncidentStatus::Identified;
    if (t == u"monitoring")
        return IncidentStatus::Monitoring;
    if (t == u"resolved")
        return IncidentStatus::Resolved;
    return std::nullopt;
}

QString severityDescription(Severity severity)
{
    switch (severity) {
    case Severity::P0:
        return Tr::tr("Complete service outage");
    case Severity::P1:
        return Tr::tr("Major feature broken");
    case Severity::P2:
        break;
    }
    return Tr::tr("Minor feature degraded");
}

QString incidentStatusLabel(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return Tr::tr("Investigating");
    case IncidentStatus::Identified:
        return Tr::tr("Identified");
    case IncidentStatus::Monitoring:
        return Tr::tr("Monitoring");
    case IncidentStatus::Resolved:
        break;
    }
    return Tr::tr("Resolved");
}

int responseTargetMinutes(Severity severity)
{
    switch (severity) {
    case Severity::P0:
        return 15;
    case Severity::P1:
        return 60;
    case Severity::P2:
        break;
    }
    return 240;
}

QString escalationText(Severity severity)
{
    switch (severity) {
    case Severity::P0:
        return Tr::tr("escalate immediately");
    case Severity::P1:
        return Tr::tr("escalate within 2 hours");
    case Severity::P2:
        break;
    }
    return Tr::tr("escalate next business day");
}

bool Incident::affects(const QString &service, const QString &environment) const
{
    for (const QString &w : environments) {
        if (w == service + u'/' + environment)
            return true;
        if (w == environment && (services.isEmpty() || services.contains(service)))
            return true;
    }
    return false;
}

QDateTime Incident::respondBy() const
{
    if (!detectedAt.isValid())
        return {};
    return detectedAt.addSecs(60LL * responseTargetMinutes(severity));
}

} // namespace core
