#include "TriggerIncidentSink.h"

#include <QCoreApplication>

#include "core/Logging.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::TriggerIncidentSink)
};
} // namespace

TriggerIncidentSink::TriggerIncidentSink(Incidents &incidents, QString actor, IncidentSink *next)
    : m_incidents(incidents)
    , m_actor(std::move(actor))
    , m_next(next)
{}

Severity TriggerIncidentSink::severityOf(TriggerAction action)
{
    switch (action) {
    case TriggerAction::RollBackNow:
        return Severity::P1;
    case TriggerAction::ProposeRollback:
    case TriggerAction::AlertOnly:
        break;
    }
    return Severity::P2;
}

void TriggerIncidentSink::triggerFired(const TriggerEvent &event)
{
    if (m_next)
        m_next->triggerFired(event);
}

void TriggerIncidentSink::rollbackOutcome(const TriggerEvent &event,
                                          DeploymentId rollback,
                                          bool blocked,
                                          const Status &status)
{
    if (!blocked && rollback != 0) {
        const bool awaiting = !status.ok() && status.error().code == u"policy.awaiting_approval";
        const QString reason =
            status.ok() ? Tr::tr("Automatic rollback of %1 (%2): %3")
                              .arg(event.environment, event.version, event.summary)
            : awaiting ? Tr::tr("Automatic rollback of %1 (%2) is waiting for approval: %3 (%4)")
                             .arg(event.environment, event.version, event.summary, status.error().message)
                       : Tr::tr("Automatic rollback of %1 (%2) failed: %3 (%4)")
                             .arg(event.environment, event.version, event.summary, status.error().message);
        auto opened =
            m_incidents.openForAutomaticRollback(rollback, reason, severityOf(event.trigger.action), m_actor);
        if (opened.ok()) {
            m_lastIncident = *opened;
            m_lastError.reset();
            if (awaiting) {
                // On the timeline too: traffic is still on the failing slot until approvers sign.
                if (auto noted = m_incidents.addNote(
                        *opened, m_actor,
                        Tr::tr("Rollback deployment #%1 is waiting for approval; traffic stays on slot %2 "
                               "until approvers sign it.")
                            .arg(rollback)
                            .arg(event.slot));
                    !noted.ok())
                    m_lastError = noted.error();
            }
            qCInfo(lcHealth) << "automatic rollback" << rollback << "recorded in incident" << *opened;
        } else {
            m_lastError = opened.error();
            qCWarning(lcHealth) << "cannot open an incident for automatic rollback" << rollback
                                << opened.error().toString();
        }
    }
    if (m_next)
        m_next->rollbackOutcome(event, rollback, blocked, status);
}

} // namespace core
