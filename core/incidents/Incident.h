#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/model/Ids.h"

namespace core {

using IncidentId = qint64;

// P0 complete outage, P1 major feature broken, P2 minor degradation (seed 003).
enum class Severity
{
    P0,
    P1,
    P2
};

// The status flow: investigating → identified → monitoring → resolved.
enum class IncidentStatus
{
    Investigating,
    Identified,
    Monitoring,
    Resolved
};

QString severityToString(Severity severity);
std::optional<Severity> severityFromString(const QString &text);
QString incidentStatusToString(IncidentStatus status);
std::optional<IncidentStatus> incidentStatusFromString(const QString &text);
// Translated, for people.
QString severityDescription(Severity severity);
QString incidentStatusLabel(IncidentStatus status);
// How soon someone must respond (P0 15 min, P1 1 h, P2 4 h) and when to escalate, in minutes.
int responseTargetMinutes(Severity severity);
QString escalationText(Severity severity);

// How a deployment relates to an incident.
struct IncidentLink
{
    DeploymentId deploymentId = 0;
    QString relation; // cause, rollback, related
};

struct Incident
{
    IncidentId id = 0;
    QString title;
    Severity severity = Severity::P1;
    IncidentStatus status = IncidentStatus::Investigating;
    QString summary;
    QStringList services;
    QStringList environments;
    QString commander;
    QString openedBy;
    bool automatic = false; // opened by an automatic rollback
    QDateTime startedAt;    // when impact began
    QDateTime detectedAt;
    QDateTime mitigatedAt;
    QDateTime resolvedAt;
    QString statuspageId; // the Statuspage incident this one posts to, once created
    QDateTime createdAt;
    QList<IncidentLink> links;

    [[nodiscard]] bool isOpen() const { return status != IncidentStatus::Resolved; }
    // Response target: detectedAt + the severity's target (invalid without detectedAt).
    [[nodiscard]] QDateTime respondBy() const;
    // Whether an environment of a service is affected: "production" names that environment of the
    // incident's services (of any, when it names none); "shop/production" names it exactly.
    [[nodiscard]] bool affects(const QString &service, const QString &environment) const;
};

// A note or a status change on the incident's own record.
struct IncidentEntry
{
    qint64 id = 0;
    IncidentId incidentId = 0;
    QDateTime at;
    QString kind; // note, status
    QString author;
    QString status; // for kind == status: the new status
    QString body;
};

struct PreventiveAction
{
    QString description;
    QString owner;
    QDateTime due;
    bool done = false;
};

struct Postmortem
{
    IncidentId incidentId = 0;
    QString rootCause;
    QString wentWell;
    QString wentWrong;
    QList<PreventiveAction> actions;
    QString author;
    QDateTime updatedAt;

    [[nodiscard]] bool isEmpty() const
    {
        return rootCause.isEmpty() && wentWell.isEmpty() && wentWrong.isEmpty() && actions.isEmpty();
    }
};

} // namespace core
