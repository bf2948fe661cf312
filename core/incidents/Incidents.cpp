#include "Incidents.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "core/incidents/IncidentRepository.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Incidents)
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

} // namespace

Incidents::Incidents(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_repository(std::make_unique<IncidentRepository>(workspace))
{}

Incidents::~Incidents() = default;

Status
Incidents::audit(const QString &actor, const QString &action, IncidentId id, const QJsonObject &details)
{
    auto appended = m_workspace.audit().append(actor, action, u"incident/%1"_s.arg(id), details);
    if (!appended.ok())
        return appended.error();
    return {};
}

Result<IncidentId> Incidents::open(const OpenRequest &request, const QString &actor)
{
    if (request.title.trimmed().isEmpty())
        return Error{u"incident.bad_input"_s, Tr::tr("An incident needs a title."), {}};
    Incident incident;
    incident.title = request.title.trimmed();
    incident.severity = request.severity;
    incident.status = IncidentStatus::Investigating;
    incident.summary = request.summary;
    incident.services = request.services;
    incident.environments = request.environments;
    incident.commander = request.commander.isEmpty() ? actor : request.commander;
    incident.openedBy = actor;
    incident.automatic = request.automatic;
    incident.startedAt = request.startedAt.isValid() ? request.startedAt.toUTC() : nowUtc();
    incident.detectedAt = request.detectedAt.isValid() ? request.detectedAt.toUTC() : incident.startedAt;
    if (incident.detectedAt < incident.startedAt) {
        return Error{u"incident.bad_input"_s,
                     Tr::tr("An incident cannot be detected (%1) before it started (%2).")
                         .arg(iso(incident.detectedAt), iso(incident.startedAt)),
                     {}};
    }
    auto id = m_repository->create(incident);
    if (!id.ok())
        return id.error();
    for (const IncidentLink &link : request.links) {
        if (auto linked = m_repository->link(*id, link.deploymentId, link.relation); !linked.ok())
            return linked.error();
    }
    IncidentEntry entry{
        0, *id, incident.detectedAt, u"status"_s, actor, u"investigating"_s, incident.summary};
    if (auto added = m_repository->addEntry(entry); !added.ok())
        return added.error();
    QJsonArray links;
    for (const IncidentLink &link : request.links)
        links.append(QJsonObject{{u"deployment"_s, link.deploymentId}, {u"relation"_s, link.relation}});
    if (auto audited =
            audit(actor, u"incident.opened"_s, *id,
                  QJsonObject{{u"title"_s, incident.title},
                              {u"severity"_s, severityToString(incident.severity)},
                              {u"environments"_s, QJsonArray::fromStringList(incident.environments)},
                              {u"automatic"_s, incident.automatic},
                              {u"links"_s, links}});
        !audited.ok())
        return audited.error();
    return *id;
}

Result<Incident> Incidents::changeStatus(
    IncidentId id, IncidentStatus status, const QString &actor, const QString &message, const QDateTime &at)
{
    auto incident = m_repository->get(id);
    if (!incident.ok())
        return incident.error();
    if (incident->status == IncidentStatus::Resolved) {
        return Error{u"incident.resolved"_s,
                     Tr::tr("Incident #%1 is resolved; open a new incident instead of changing it.").arg(id),
                     {}};
    }
    const QDateTime when = at.isValid() ? at.toUTC() : nowUtc();
    const IncidentStatus before = incident->status;
    if (before == status && message.isEmpty()) {
        return Error{u"incident.bad_input"_s,
                     Tr::tr("Incident #%1 is already %2.").arg(id).arg(incidentStatusLabel(status)),
                     {}};
    }
    incident->status = status;
    if ((status == IncidentStatus::Monitoring || status == IncidentStatus::Resolved) &&
        !incident->mitigatedAt.isValid())
        incident->mitigatedAt = when;
    if (status == IncidentStatus::Resolved)
        incident->resolvedAt = when;
    if (auto updated = m_repository->update(*incident); !updated.ok())
        return updated.error();
    IncidentEntry entry{
        0,      id, when, before == status ? u"note"_s : u"status"_s, actor, incidentStatusToString(status),
        message};
    if (auto added = m_repository->addEntry(entry); !added.ok())
        return added.error();
    if (auto audited = audit(actor, u"incident.status"_s, id,
                             QJsonObject{{u"from"_s, incidentStatusToString(before)},
                                         {u"to"_s, incidentStatusToString(status)},
                                         {u"message"_s, message}});
        !audited.ok())
        return audited.error();
    return *incident;
}

Status Incidents::addNote(IncidentId id, const QString &actor, const QString &text, const QDateTime &at)
{
    if (text.trimmed().isEmpty())
        return Error{u"incident.bad_input"_s, Tr::tr("A note needs some text."), {}};
    if (auto incident = m_repository->get(id); !incident.ok())
        return incident.error();
    IncidentEntry entry{0, id, at.isValid() ? at.toUTC() : nowUtc(), u"note"_s, actor, {}, text};
    if (auto added = m_repository->addEntry(entry); !added.ok())
        return added.error();
    return audit(actor, u"incident.note"_s, id, QJsonObject{{u"text"_s, text}});
}

Status Incidents::edit(const Incident &changed, const QString &actor)
{
    auto incident = m_repository->get(changed.id);
    if (!incident.ok())
        return incident.error();
    if (changed.title.trimmed().isEmpty())
        return Error{u"incident.bad_input"_s, Tr::tr("An incident needs a title."), {}};
    QJsonObject diff;
    auto note = [&diff](const QString &key, const QJsonValue &before, const QJsonValue &after) {
        if (before != after)
            diff.insert(key, QJsonObject{{u"from"_s, before}, {u"to"_s, after}});
    };
    note(u"title"_s, incident->title, changed.title);
    note(u"severity"_s, severityToString(incident->severity), severityToString(changed.severity));
    note(u"summary"_s, incident->summary, changed.summary);
    note(u"commander"_s, incident->commander, changed.commander);
    note(u"services"_s, QJsonArray::fromStringList(incident->services),
         QJsonArray::fromStringList(changed.services));
    note(u"environments"_s, QJsonArray::fromStringList(incident->environments),
         QJsonArray::fromStringList(changed.environments));
    note(u"startedAt"_s, iso(incident->startedAt), iso(changed.startedAt));
    note(u"detectedAt"_s, iso(incident->detectedAt), iso(changed.detectedAt));
    note(u"mitigatedAt"_s, iso(incident->mitigatedAt), iso(changed.mitigatedAt));
    note(u"resolvedAt"_s, iso(incident->resolvedAt), iso(changed.resolvedAt));
    if (diff.isEmpty())
        return {};
    Incident merged = *incident;
    merged.title = changed.title.trimmed();
    merged.severity = changed.severity;
    merged.summary = changed.summary;
    merged.commander = changed.commander;
    merged.services = changed.services;
    merged.environments = changed.environments;
    merged.startedAt = changed.startedAt;
    merged.detectedAt = changed.detectedAt;
    merged.mitigatedAt = changed.mitigatedAt;
    merged.resolvedAt = changed.resolvedAt;
    if (auto updated = m_repository->update(merged); !updated.ok())
        return updated;
    return audit(actor, u"incident.edited"_s, changed.id, diff);
}

Status Incidents::linkDeployment(IncidentId id,
                                 DeploymentId deployment,
                                 const QString &relation,
                                 const QString &actor)
{
    if (relation != u"cause" && relation != u"rollback" && relation != u"related") {
        return Error{
            u"incident.bad_input"_s,
            Tr::tr("A deployment is linked as “cause”, “rollback” or “related”, not “%1”.").arg(relation),
            {}};
    }
    if (auto d = m_workspace.deployments().get(deployment); !d.ok())
        return d.error();
    if (auto linked = m_repository->link(id, deployment, relation); !linked.ok())
        return linked;
    return audit(actor, u"incident.linked"_s, id,
                 QJsonObject{{u"deployment"_s, deployment}, {u"relation"_s, relation}});
}

Status Incidents::savePostmortem(const Postmortem &postmortem, const QString &actor)
{
    if (auto incident = m_repository->get(postmortem.incidentId); !incident.ok())
        return incident.error();
    for (const PreventiveAction &action : postmortem.actions) {
        if (action.description.trimmed().isEmpty() || action.owner.trimmed().isEmpty()) {
            return Error{u"incident.bad_input"_s,
                         Tr::tr("Every preventive action needs a description and an owner."),
                         {}};
        }
    }
    Postmortem saved = postmortem;
    saved.author = actor;
    saved.updatedAt = nowUtc();
    if (auto stored = m_repository->savePostmortem(saved); !stored.ok())
        return stored;
    return audit(actor, u"incident.postmortem"_s, postmortem.incidentId,
                 QJsonObject{{u"actions"_s, static_cast<int>(postmortem.actions.size())}});
}

Result<QList<qint64>> Incidents::queueUpdate(
    IncidentId id, const QList<Channel> &channels, const QString &body, const QString &actor, int maxAttempts)
{
    auto incident = m_repository->get(id);
    if (!incident.ok())
        return incident.error();
    if (body.trimmed().isEmpty())
        return Error{u"incident.bad_input"_s, Tr::tr("An update needs some text."), {}};
    QList<qint64> ids;
    for (Channel channel : channels) {
        Communication c;
        c.incidentId = id;
        c.channel = channel;
        c.status = incidentStatusToString(incident->status);
        c.body = body;
        c.author = actor;
        c.maxAttempts = qMax(1, maxAttempts);
        auto queued = m_repository->enqueue(c);
        if (!queued.ok())
            return queued.error();
        ids << *queued;
        if (auto audited = audit(actor, u"incident.communication.queued"_s, id,
                                 QJsonObject{{u"communication"_s, *queued},
                                             {u"channel"_s, channelToString(channel)},
                                             {u"status"_s, c.status}});
            !audited.ok())
            return audited.error();
    }
    return ids;
}

Result<IncidentId> Incidents::openForAutomaticRollback(DeploymentId rollbackDeployment,
                                                       const QString &reason,
                                                       Severity severity,
                                                       const QString &actor)
{
    auto rollback = m_workspace.deployments().get(rollbackDeployment);
    if (!rollback.ok())
        return rollback.error();
    if (rollback->kind != DeploymentKind::Rollback || !rollback->rollbackOf) {
        return Error{
            u"incident.bad_input"_s,
            Tr::tr("Deployment #%1 is not a rollback of another deployment.").arg(rollbackDeployment),
            {}};
    }
    auto failed = m_workspace.deployments().get(*rollback->rollbackOf);
    if (!failed.ok())
        return failed.error();
    // One incident per failed deployment: a second call links to the open one.
    auto existing = m_repository->incidentsOf(failed->id);
    if (!existing.ok())
        return existing.error();
    for (IncidentId candidate : *existing) {
        auto incident = m_repository->get(candidate);
        if (incident.ok() && incident->isOpen()) {
            if (auto linked = linkDeployment(candidate, rollbackDeployment, u"rollback"_s, actor);
                !linked.ok())
                return linked.error();
            return candidate;
        }
    }
    auto env = m_workspace.environments().get(failed->environmentId);
    if (!env.ok())
        return env.error();
    auto service = m_workspace.services().get(env->serviceId);
    if (!service.ok())
        return service.error();

    // Impact began when traffic reached the failing release: its switch step, else its start.
    QDateTime started = failed->startedAt;
    if (auto steps = m_workspace.deployments().steps(failed->id); steps.ok()) {
        for (const StepRecord &step : *steps) {
            if (step.name == u"switch" && step.finishedAt.isValid())
                started = step.finishedAt;
        }
    }
    OpenRequest request;
    request.title = Tr::tr("Automatic rollback of %1 in %2").arg(failed->version, env->name);
    request.severity = severity;
    request.summary = reason;
    request.services = QStringList{service->name};
    request.environments = QStringList{env->name};
    request.commander = actor;
    request.startedAt = started;
    request.detectedAt = failed->finishedAt.isValid() ? failed->finishedAt : rollback->startedAt;
    if (request.detectedAt < request.startedAt)
        request.detectedAt = request.startedAt;
    request.links = {IncidentLink{failed->id, u"cause"_s}, IncidentLink{rollback->id, u"rollback"_s}};
    request.automatic = true;
    auto id = open(request, actor);
    if (!id.ok())
        return id.error();
    if (rollback->status == DeploymentStatus::Succeeded && rollback->finishedAt.isValid()) {
        auto moved =
            changeStatus(*id, IncidentStatus::Monitoring, actor,
                         Tr::tr("Traffic is back on %1 (%2).").arg(rollback->toSlot, rollback->version),
                         rollback->finishedAt);
        if (!moved.ok())
            return moved.error();
    }
    return *id;
}

} // namespace core
