#include "TimelineSources.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include "core/incidents/Incident.h"
#include "core/incidents/IncidentRepository.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/Sql.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Timeline)
};

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString outcomeOf(DeploymentStatus status)
{
    switch (status) {
    case DeploymentStatus::Succeeded:
        return u"good"_s;
    case DeploymentStatus::Failed:
    case DeploymentStatus::Aborted:
        return u"bad"_s;
    case DeploymentStatus::Pending:
    case DeploymentStatus::Running:
        break;
    }
    return u"warning"_s;
}

QString outcomeOf(StepStatus status)
{
    switch (status) {
    case StepStatus::Succeeded:
        return u"good"_s;
    case StepStatus::Failed:
        return u"bad"_s;
    case StepStatus::Skipped:
        return u"neutral"_s;
    case StepStatus::Pending:
    case StepStatus::Running:
        break;
    }
    return u"warning"_s;
}

// "production" matches that environment of the incident's services (of any, when it names none);
// "shop/production" matches exactly.
bool matchesEnvironment(const Incident &incident, const QString &service, const QString &environment)
{
    for (const QString &w : incident.environments) {
        if (w == service + u'/' + environment)
            return true;
        if (w == environment && (incident.services.isEmpty() || incident.services.contains(service)))
            return true;
    }
    return false;
}

// A rollback the engine started on its own: the plan says so, or it followed a deployment that
// failed in monitoring within a minute (what DeploymentSession does on monitor.failed).
bool isAutomaticRollback(const Deployment &rollback, const std::optional<Deployment> &rolledBack)
{
    if (rollback.plan.value(u"automatic"_s).toBool())
        return true;
    if (!rolledBack || rolledBack->status != DeploymentStatus::Failed ||
        rolledBack->currentStep != u"monitor")
        return false;
    return rolledBack->finishedAt.isValid() && rollback.startedAt.isValid() &&
           rolledBack->finishedAt.secsTo(rollback.startedAt) <= 60;
}

} // namespace

Result<QList<TimelineEvent>> DeploymentTimelineSource::events(const Incident &incident,
                                                              const TimelineWindow &window) const
{
    // Which deployments: the linked ones, and those in the incident's environments in the window.
    QList<DeploymentId> ids;
    QSet<DeploymentId> seen;
    for (const IncidentLink &link : incident.links) {
        if (!seen.contains(link.deploymentId)) {
            seen.insert(link.deploymentId);
            ids << link.deploymentId;
        }
    }
    if (!incident.environments.isEmpty()) {
        auto q = runSql(
            m_workspace.database(),
            u"SELECT d.id, s.name, e.name FROM deployments d "
            "JOIN environments e ON e.id = d.environment_id JOIN services s ON s.id = e.service_id "
            "WHERE d.started_at >= :from AND d.started_at <= :to ORDER BY d.started_at, d.id"_s,
            {{u":from"_s, window.from.toMSecsSinceEpoch()}, {u":to"_s, window.to.toMSecsSinceEpoch()}});
        if (!q.ok())
            return q.error();
        while (q->next()) {
            const DeploymentId id = q->value(0).toLongLong();
            if (!seen.contains(id) &&
                matchesEnvironment(incident, q->value(1).toString(), q->value(2).toString())) {
                seen.insert(id);
                ids << id;
            }
        }
    }
    QList<TimelineEvent> events;
    DeploymentRepository &repo = m_workspace.deployments();
    for (DeploymentId id : ids) {
        auto d = repo.get(id);
        if (!d.ok())
            return d.error();
        TimelineEvent e;
        e.at = d->startedAt;
        e.end = d->finishedAt;
        e.actor = d->requestedBy;
        e.outcome = outcomeOf(d->status);
        e.refId = d->id;
        const QString status = deploymentStatusToString(d->status);
        if (d->kind == DeploymentKind::Rollback) {
            std::optional<Deployment> rolledBack;
            if (d->rollbackOf) {
                if (auto of = repo.get(*d->rollbackOf); of.ok())
                    rolledBack = *of;
            }
            e.kind = TimelineKind::Rollback;
            e.title = isAutomaticRollback(*d, rolledBack)
                          ? Tr::tr("Automatic rollback #%1 to %2 (%3)").arg(d->id).arg(d->version, status)
                          : Tr::tr("Manual rollback #%1 to %2 (%3)").arg(d->id).arg(d->version, status);
        } else {
            e.kind = TimelineKind::Deployment;
            e.title = Tr::tr("Deployment #%1 of %2 (%3)").arg(d->id).arg(d->version, status);
        }
        e.detail = d->error.isEmpty() ? Tr::tr("%1 → %2").arg(d->fromSlot, d->toSlot) : d->error;
        events << e;

        auto steps = repo.steps(id);
        if (!steps.ok())
            return steps.error();
        for (const StepRecord &s : *steps) {
            TimelineEvent step;
            step.at = s.startedAt;
            step.end = s.finishedAt;
            step.kind = TimelineKind::Step;
            step.title = Tr::tr("#%1 %2: %3").arg(id).arg(s.name, stepStatusToString(s.status));
            step.detail = s.message;
            step.actor = d->requestedBy;
            step.outcome = outcomeOf(s.status);
            step.refId = id;
            events << step;
        }
        auto log = repo.log(id);
        if (!log.ok())
            return log.error();
        for (const LogLine &line : *log) {
            if (line.stream != u"info")
                continue;
            events << TimelineEvent{line.at,
                                    {},
                                    TimelineKind::Log,
                                    Tr::tr("#%1 %2").arg(id).arg(line.step),
                                    line.line,
                                    d->requestedBy,
                                    u"neutral"_s,
                                    {},
                                    id};
        }
    }
    return events;
}

Result<QList<TimelineEvent>> ReleaseTimelineSource::events(const Incident &incident,
                                                           const TimelineWindow &window) const
{
    QList<TimelineEvent> events;
    if (incident.services.isEmpty())
        return events;
    auto q =
        runSql(m_workspace.database(),
               u"SELECT r.id, s.name, r.version, r.commit_sha, r.created_at FROM releases r "
               "JOIN services s ON s.id = r.service_id WHERE r.created_at >= :from AND r.created_at <= :to "
               "ORDER BY r.created_at, r.id"_s,
               {{u":from"_s, window.from.toMSecsSinceEpoch()}, {u":to"_s, window.to.toMSecsSinceEpoch()}});
    if (!q.ok())
        return q.error();
    while (q->next()) {
        if (!incident.services.contains(q->value(1).toString()))
            continue;
        TimelineEvent e;
        e.at = fromMs(q->value(4));
        e.kind = TimelineKind::Release;
        e.title = Tr::tr("Release %1 registered").arg(q->value(2).toString());
        e.detail = q->value(3).toString();
        e.outcome = u"neutral"_s;
        e.refId = q->value(0).toLongLong();
        events << e;
    }
    return events;
}

Result<QList<TimelineEvent>> AuditTimelineSource::events(const Incident &incident,
                                                         const TimelineWindow &window) const
{
    Q_UNUSED(incident)
    QList<TimelineEvent> events;
    auto q =
        runSql(m_workspace.database(),
               u"SELECT seq, at, actor, action, subject, details FROM audit_log "
               "WHERE at >= :from AND at <= :to ORDER BY seq"_s,
               {{u":from"_s, window.from.toMSecsSinceEpoch()}, {u":to"_s, window.to.toMSecsSinceEpoch()}});
    if (!q.ok())
        return q.error();
    while (q->next()) {
        const QString action = q->value(3).toString();
        bool wanted = false;
        for (const QString &prefix : m_prefixes)
            wanted = wanted || action.startsWith(prefix);
        if (!wanted)
            continue;
        TimelineEvent e;
        e.at = fromMs(q->value(1));
        e.kind = m_kind;
        e.actor = q->value(2).toString();
        e.title = Tr::tr("%1 on %2").arg(action, q->value(4).toString());
        const QJsonObject details = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        e.detail = details.value(u"comment"_s).toString();
        const QString decision = details.value(u"decision"_s).toString();
        e.outcome = decision == u"reject" || action.contains(u"reject"_s) ? u"bad"_s : u"good"_s;
        e.refId = q->value(0).toLongLong();
        events << e;
    }
    return events;
}

Result<QList<TimelineEvent>> IncidentRecordTimelineSource::events(const Incident &incident,
                                                                  const TimelineWindow &window) const
{
    Q_UNUSED(window) // the incident's own record belongs on its timeline whatever its time
    QList<TimelineEvent> events;
    auto entries = m_incidents.entries(incident.id);
    if (!entries.ok())
        return entries.error();
    for (const IncidentEntry &entry : *entries) {
        TimelineEvent e;
        e.at = entry.at;
        e.actor = entry.author;
        e.refId = entry.id;
        if (entry.kind == u"status") {
            const auto status = incidentStatusFromString(entry.status);
            e.kind = TimelineKind::StatusChange;
            e.title = Tr::tr("Status: %1").arg(status ? incidentStatusLabel(*status) : entry.status);
            e.outcome = status == IncidentStatus::Resolved ? u"good"_s : u"warning"_s;
        } else {
            e.kind = TimelineKind::Note;
            e.title = Tr::tr("Note by %1").arg(entry.author);
            e.outcome = u"neutral"_s;
        }
        e.detail = entry.body;
        events << e;
    }
    auto attempts = m_incidents.attempts(incident.id);
    if (!attempts.ok())
        return attempts.error();
    for (const CommunicationAttempt &a : *attempts) {
        TimelineEvent e;
        e.at = a.at;
        e.kind = TimelineKind::Communication;
        e.title = a.ok ? Tr::tr("Update sent to %1").arg(channelLabel(a.channel))
                       : Tr::tr("Update to %1 failed").arg(channelLabel(a.channel));
        e.detail = a.message;
        e.outcome = a.ok ? u"good"_s : u"bad"_s;
        e.refId = a.communicationId;
        events << e;
    }
    auto communications = m_incidents.communications(incident.id);
    if (!communications.ok())
        return communications.error();
    for (const Communication &c : *communications) {
        if (c.state == Communication::State::Sent)
            continue;
        TimelineEvent e;
        e.at = c.createdAt;
        e.kind = TimelineKind::Communication;
        e.title = c.state == Communication::State::Failed
                      ? Tr::tr("Update to %1 NOT delivered after %n attempt(s)", "", c.attempts)
                            .arg(channelLabel(c.channel))
                      : Tr::tr("Update to %1 waiting in the outbox").arg(channelLabel(c.channel));
        e.detail = c.state == Communication::State::Failed ? c.lastError : c.body;
        e.actor = c.author;
        e.outcome = c.state == Communication::State::Failed ? u"bad"_s : u"warning"_s;
        e.refId = c.id;
        events << e;
    }
    return events;
}

} // namespace core
