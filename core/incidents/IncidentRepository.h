#pragma once

#include <optional>

#include <QObject>
#include <QSqlDatabase>

#include "core/Result.h"
#include "core/incidents/Communication.h"
#include "core/incidents/Incident.h"
#include "core/store/Dialect.h"

namespace core {

class Workspace;

// Counts for the leadership view, aggregated in SQL.
struct IncidentCounts
{
    int bySeverityOpen[3] = {0, 0, 0}; // P0, P1, P2 not yet resolved
    int byStatus[4] = {0, 0, 0, 0};    // investigating, identified, monitoring, resolved
    int total = 0;
};

struct IncidentFilter
{
    bool openOnly = false;
    QDateTime from; // started_at >= from, if valid
    QDateTime to;   // started_at < to, if valid
    int limit = 0;  // <= 0: all
    bool resolvedOnly = false;
    // Keyset paging in the list's order (newest first): only incidents after (beforeStart, beforeId).
    QDateTime beforeStart;
    IncidentId beforeId = 0;
};

// Incidents and everything recorded on them: entries (notes, status changes), linked deployments,
// the communications outbox and its attempts, postmortems, templates and channel settings. Plain
// storage: rules and the audit trail live in core::Incidents.
class IncidentRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentRepository)

public:
    IncidentRepository(QSqlDatabase db, const Dialect &dialect);
    explicit IncidentRepository(Workspace &workspace);

    [[nodiscard]] QSqlDatabase database() const { return m_db; }
    [[nodiscard]] const Dialect &dialect() const { return m_dialect; }

    Result<IncidentId> create(const Incident &incident);
    // Writes every field but id, links and createdAt.
    Status update(const Incident &incident);
    Result<Incident> get(IncidentId id) const;
    // Newest first (by start), links not loaded.
    Result<QList<Incident>> list(const IncidentFilter &filter = {}) const;
    Result<IncidentCounts> counts() const;

    Status link(IncidentId incident, DeploymentId deployment, const QString &relation);
    // Incidents a deployment is linked to.
    Result<QList<IncidentId>> incidentsOf(DeploymentId deployment) const;

    Result<qint64> addEntry(const IncidentEntry &entry);
    Result<QList<IncidentEntry>> entries(IncidentId incident) const;

    Result<qint64> enqueue(const Communication &communication);
    Result<Communication> communication(qint64 id) const;
    Result<QList<Communication>> communications(IncidentId incident) const;
    // Pending communications whose next attempt is due at `now`, oldest first.
    Result<QList<Communication>> due(const QDateTime &now) const;
    // The earliest next attempt of any pending communication.
    Result<std::optional<QDateTime>> nextDue() const;
    // Records one attempt and the communication's new state, in one transaction.
    Status recordAttempt(const Communication &updated, const CommunicationAttempt &attempt);
    // Puts a failed communication back in the queue for `extraAttempts` more tries, due now.
    Status requeue(qint64 id, int extraAttempts);
    Result<QList<CommunicationAttempt>> attempts(IncidentId incident) const;

    Result<std::optional<Postmortem>> postmortem(IncidentId incident) const;
    Status savePostmortem(const Postmortem &postmortem);

    Result<std::optional<QString>> customTemplate(IncidentStatus status) const;
    Status setTemplate(IncidentStatus status, const QString &body);

    Result<std::optional<ChannelConfig>> channel(Channel channel) const;
    Status setChannel(const ChannelConfig &config);

Q_SIGNALS:
    void incidentAdded(core::IncidentId id);
    void incidentChanged(core::IncidentId id);
    void communicationChanged(core::IncidentId incident, qint64 communication);

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
