#pragma once

#include <optional>

#include "core/incidents/Incidents.h"
#include "core/policy/TriggerWatcher.h"

namespace core {

// TriggerWatcher's incident hook, backed by the incident service: an automatic rollback (roll back now)
// opens a P1 incident linked to the failed deployment (cause) and the rollback deployment (or links the
// rollback to the incident already open for that deployment), with the trigger's summary as reason, so
// the incident timeline shows it. A rollback that was blocked starts no deployment and opens nothing
// here (it is audited and notified by the watcher). Optionally passes every call on to `next`.
class TriggerIncidentSink final : public IncidentSink
{
public:
    explicit TriggerIncidentSink(Incidents &incidents, QString actor, IncidentSink *next = nullptr);

    void triggerFired(const TriggerEvent &event) override;
    void rollbackOutcome(const TriggerEvent &event,
                         DeploymentId rollback,
                         bool blocked,
                         const Status &status) override;

    // The severity an automatic rollback of this trigger's action opens with (roll back now: P1).
    [[nodiscard]] static Severity severityOf(TriggerAction action);
    // The incident the last rollback opened or joined, and the last error.
    [[nodiscard]] std::optional<IncidentId> lastIncident() const { return m_lastIncident; }
    [[nodiscard]] std::optional<Error> lastError() const { return m_lastError; }

private:
    Incidents &m_incidents;
    QString m_actor;
    IncidentSink *m_next;
    std::optional<IncidentId> m_lastIncident;
    std::optional<Error> m_lastError;
};

} // namespace core
