#pragma once

#include <memory>

#include <QObject>

#include "core/Result.h"
#include "core/incidents/Communication.h"
#include "core/incidents/Incident.h"

namespace core {

class IncidentRepository;
class Workspace;

// The incident service: opening, status changes, notes, links to deployments, postmortems and
// queued communications, with the rules (the status flow, a resolved incident stays resolved) and
// an audit entry for every change (subject "incident/<id>").
class Incidents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Incidents)

public:
    struct OpenRequest
    {
        QString title;
        Severity severity = Severity::P1;
        QString summary;
        QStringList services;
        QStringList environments;
        QString commander;
        QDateTime startedAt;  // default: now
        QDateTime detectedAt; // default: startedAt
        QList<IncidentLink> links;
        bool automatic = false;
    };

    explicit Incidents(Workspace &workspace, QObject *parent = nullptr);
    ~Incidents() override;

    [[nodiscard]] IncidentRepository &repository() { return *m_repository; }
    [[nodiscard]] Workspace &workspace() { return m_workspace; }

    Result<IncidentId> open(const OpenRequest &request, const QString &actor);
    // Moves along investigating → identified → monitoring → resolved (steps may be skipped, and an
    // incident may fall back while open); monitoring stamps the mitigation time and resolved the
    // resolution time if they are unset. Refuses to change a resolved incident ("incident.resolved").
    Result<Incident> changeStatus(IncidentId id,
                                  IncidentStatus status,
                                  const QString &actor,
                                  const QString &message = {},
                                  const QDateTime &at = {});
    Status addNote(IncidentId id, const QString &actor, const QString &text, const QDateTime &at = {});
    // Saves title, severity, summary, services, environments, commander and the four times.
    Status edit(const Incident &incident, const QString &actor);
    Status
    linkDeployment(IncidentId id, DeploymentId deployment, const QString &relation, const QString &actor);
    Status savePostmortem(const Postmortem &postmortem, const QString &actor);
    // Puts one communication per channel in the outbox (core::CommunicationOutbox sends them).
    Result<QList<qint64>> queueUpdate(IncidentId id,
                                      const QList<Channel> &channels,
                                      const QString &body,
                                      const QString &actor,
                                      int maxAttempts = 5);

    // Called by the rollback trigger engine after it rolled `rollbackDeployment` back on its own.
    // Opens an incident linked to the failed deployment (cause) and the rollback, or — if an open
    // incident already links the failed deployment — links the rollback to that one. Returns its id.
    Result<IncidentId> openForAutomaticRollback(DeploymentId rollbackDeployment,
                                                const QString &reason,
                                                Severity severity = Severity::P1,
                                                const QString &actor = QStringLiteral("switchyard"));

private:
    Status audit(const QString &actor, const QString &action, IncidentId id, const QJsonObject &details);

    Workspace &m_workspace;
    std::unique_ptr<IncidentRepository> m_repository;
};

} // namespace core
