#include "TriggerWatcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/Logging.h"
#include "core/engine/DeploymentSession.h"
#include "core/engine/Planner.h"
#include "core/health/HealthMonitor.h"
#include "core/policy/AutomaticRollback.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/RollbackTriggerRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::TriggerWatcher)
};

// The standby must do at least this well before traffic moves to it.
constexpr double kDefaultStandbyErrorRate = 0.05;
constexpr qint64 kDefaultStandbyWindowMs = 60 * 1000;

} // namespace

QJsonObject TriggerEvent::toJson() const
{
    return QJsonObject{{u"environment"_s, environment},
                       {u"slot"_s, slot},
                       {u"version"_s, version},
                       {u"trigger"_s, trigger.toJson()},
                       {u"value"_s, value},
                       {u"value_text"_s, trigger.formatValue(value)},
                       {u"figures"_s, figures.toJson()},
                       {u"at"_s, at.toString(Qt::ISODateWithMs)},
                       {u"summary"_s, summary}};
}

TriggerWatcher::TriggerWatcher(
    Workspace &workspace, QNetworkAccessManager *nam, HealthMonitor &monitor, QString actor, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_nam(nam)
    , m_monitor(monitor)
    , m_actor(std::move(actor))
{
    connect(&m_monitor, &HealthMonitor::roundFinished, this, [this] {
        if (m_active)
            evaluateNow();
    });
}

TriggerWatcher::~TriggerWatcher() = default;

void TriggerWatcher::start()
{
    m_active = true;
}

void TriggerWatcher::stop()
{
    m_active = false;
}

void TriggerWatcher::evaluateNow()
{
    if (!m_only.isEmpty()) {
        for (EnvironmentId id : std::as_const(m_only))
            evaluate(id);
        return;
    }
    auto environments = m_workspace.environments().list();
    if (!environments.ok())
        return;
    for (const Environment &env : *environments)
        evaluate(env.id);
}

void TriggerWatcher::evaluate(EnvironmentId environment)
{
    if (m_rollingBack.contains(environment))
        return;
    auto env = m_workspace.environments().get(environment);
    auto slotList = m_workspace.environments().slotsOf(environment);
    if (!env.ok() || !slotList.ok())
        return;
    const Slot *live = nullptr;
    for (const Slot &slot : *slotList) {
        if (slot.role == SlotRole::Live)
            live = &slot;
    }
    const RollingWindow *window = live ? m_monitor.window(environment, live->name) : nullptr;
    if (!window)
        return;
    auto triggers = m_workspace.triggers().forEnvironment(environment);
    if (!triggers.ok()) {
        qCWarning(lcHealth) << "cannot read the triggers of" << env->name << triggers.error().toString();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList summaries;
    QList<TriggerEvent> fired;
    for (const RollbackTrigger &trigger : *triggers) {
        const TriggerFigures figures = TriggerEvaluator::figures(
            window->samples(), m_monitor.metrics(environment), trigger.windowMs, now);
        const TriggerDecision decision = TriggerEvaluator::evaluate(trigger, figures, now);
        if (!decision.summary.isEmpty())
            summaries << decision.summary;
        if (!decision.fires())
            continue;
        TriggerEvent event;
        event.environmentId = environment;
        event.environment = env->name;
        event.slot = live->name;
        event.version = live->version;
        event.trigger = trigger;
        event.figures = figures;
        event.value = decision.value.value_or(0.0);
        event.at = now;
        event.summary = decision.summary;
        fired << event;
    }
    Q_EMIT evaluated(environment, summaries);
    if (fired.isEmpty())
        return;
    // A deployment in progress owns the environment (a release in its monitor step rolls back by itself).
    if (auto lock = m_workspace.deployments().lock(environment); lock.ok() && lock->has_value()) {
        qCInfo(lcHealth) << "trigger breach on" << env->name << "waits: deployment" << (*lock)->deploymentId
                         << "is in progress";
        return;
    }
    const TriggerEvent *rollbackEvent = nullptr;
    for (const TriggerEvent &event : std::as_const(fired)) {
        fire(event);
        if (event.trigger.action == TriggerAction::RollBackNow && !rollbackEvent)
            rollbackEvent = &event;
    }
    if (rollbackEvent)
        rollBack(*rollbackEvent, *triggers);
}

void TriggerWatcher::fire(const TriggerEvent &event)
{
    if (auto marked = m_workspace.triggers().markFired(event.trigger.id, event.at); !marked.ok())
        qCWarning(lcHealth) << "cannot start the cool-down of trigger" << event.trigger.id
                            << marked.error().toString();
    audit(u"trigger.fired"_s, event);
    qCWarning(lcHealth).noquote() << "trigger fired on" << event.environment << event.slot << ":"
                                  << event.summary;
    Q_EMIT triggerFired(event);
    if (m_incidentSink)
        m_incidentSink->triggerFired(event);
    switch (event.trigger.action) {
    case TriggerAction::RollBackNow:
        Q_EMIT notification(Tr::tr("Rolling back %1").arg(event.environment),
                            Tr::tr("%1 on slot %2 (%3): rolling back automatically.")
                                .arg(event.summary, event.slot, event.version));
        break;
    case TriggerAction::ProposeRollback:
        audit(u"trigger.rollback_proposed"_s, event);
        Q_EMIT rollbackProposed(event);
        Q_EMIT notification(Tr::tr("Rollback proposed for %1").arg(event.environment),
                            Tr::tr("%1 on slot %2 (%3). Consider rolling back.")
                                .arg(event.summary, event.slot, event.version));
        break;
    case TriggerAction::AlertOnly:
        Q_EMIT notification(Tr::tr("Health alert in %1").arg(event.environment),
                            Tr::tr("%1 on slot %2 (%3).").arg(event.summary, event.slot, event.version));
        break;
    }
}

QString TriggerWatcher::standbyProblem(EnvironmentId environment,
                                       const QString &slot,
                                       const QList<RollbackTrigger> &triggers,
                                       const QDateTime &now) const
{
    const RollingWindow *window = m_monitor.window(environment, slot);
    if (!window || window->isEmpty())
        return Tr::tr("the standby slot %1 has not been probed yet").arg(slot);
    const HealthSample &newest = window->samples().back();
    const qint64 staleMs = 3LL * m_monitor.options().intervalMs + 5000;
    if (now.toMSecsSinceEpoch() - newest.time.toMSecsSinceEpoch() > staleMs)
        return Tr::tr("the standby slot %1 has not answered a probe for %2 s")
            .arg(slot)
            .arg((now.toMSecsSinceEpoch() - newest.time.toMSecsSinceEpoch()) / 1000);
    if (newest.isFailure()) {
        return Tr::tr("the standby slot %1 is unhealthy itself: its last probe failed (%2)")
            .arg(slot, newest.error.isEmpty() ? u"HTTP %1"_s.arg(newest.httpStatus) : newest.error);
    }
    double limit = kDefaultStandbyErrorRate;
    qint64 windowMs = kDefaultStandbyWindowMs;
    for (const RollbackTrigger &t : triggers) {
        if (t.enabled && t.metric == TriggerMetric::ErrorRate) {
            limit = t.threshold;
            windowMs = t.windowMs;
            break;
        }
    }
    const TriggerFigures figures = TriggerEvaluator::figures(window->samples(), {}, windowMs, now);
    if (figures.samples > 0 && figures.errorRate() > limit) {
        return Tr::tr("the standby slot %1 is unhealthy itself: %2 of its last %3 probes failed (%4 %)")
            .arg(slot)
            .arg(figures.failures)
            .arg(figures.samples)
            .arg(figures.errorRate() * 100.0, 0, 'f', 1);
    }
    return {};
}

void TriggerWatcher::rollBack(const TriggerEvent &event, const QList<RollbackTrigger> &triggers)
{
    auto plan = Planner(m_workspace, m_nam).planRollback(event.environment);
    if (!plan.ok()) {
        block(event, plan.error().message);
        return;
    }
    if (const QString problem = standbyProblem(event.environmentId, plan->toSlot, triggers, event.at);
        !problem.isEmpty()) {
        block(event, problem);
        return;
    }
    // Nobody asked for this rollback by hand: an emergency rollback where the policy allows one,
    // otherwise one that says loudly that it waits for approvers.
    auto gate = prepareAutomaticRollback(m_workspace, *plan);
    if (!gate.ok()) {
        block(event, gate.error().message);
        return;
    }
    const AutomaticRollback kind = *gate;
    const QString gateText = describeAutomaticRollback(kind, *plan);
    m_rollingBack.insert(event.environmentId);
    auto *session = new DeploymentSession(m_workspace, m_nam, m_actor, this);
    session->setAutoRollback(false);
    connect(session, &DeploymentSession::deploymentStarted, this,
            [this, event, kind, gateText](DeploymentId id, const Plan &plan) {
                const QString line =
                    Tr::tr("Automatic rollback fired by trigger “%1”: %2 on slot %3 (%4); figures: %5")
                        .arg(event.trigger.describe(), event.trigger.formatValue(event.value), event.slot,
                             event.version,
                             QString::fromUtf8(
                                 QJsonDocument(event.figures.toJson()).toJson(QJsonDocument::Compact)));
                static_cast<void>(m_workspace.deployments().appendLog(id, u"trigger"_s, u"info"_s, line));
                if (kind != AutomaticRollback::Free)
                    static_cast<void>(
                        m_workspace.deployments().appendLog(id, u"trigger"_s, u"info"_s, gateText));
                audit(u"trigger.rollback_started"_s, event,
                      QJsonObject{{u"deployment"_s, id},
                                  {u"to_slot"_s, plan.toSlot},
                                  {u"to_version"_s, plan.version},
                                  {u"emergency"_s, plan.emergency}});
                Q_EMIT rollbackStarted(event, id);
            });
    connect(session, &DeploymentSession::finished, this,
            [this, session, event, gateText](const Status &status) {
                session->deleteLater();
                m_rollingBack.remove(event.environmentId);
                const DeploymentId id = session->deploymentId();
                if (!status.ok() && status.error().code == u"policy.awaiting_approval") {
                    awaitingApproval(event, id, gateText, status);
                    return;
                }
                audit(status.ok() ? u"trigger.rollback_succeeded"_s : u"trigger.rollback_failed"_s, event,
                      status.ok() ? QJsonObject{{u"deployment"_s, id}}
                                  : QJsonObject{{u"deployment"_s, id}, {u"error"_s, status.error().message}});
                Q_EMIT rollbackFinished(event, id, status);
                if (m_incidentSink)
                    m_incidentSink->rollbackOutcome(event, id, false, status);
                Q_EMIT notification(
                    status.ok() ? Tr::tr("Rolled back %1").arg(event.environment)
                                : Tr::tr("Automatic rollback of %1 failed").arg(event.environment),
                    status.ok() ? Tr::tr("Traffic is back on the previous slot after: %1").arg(event.summary)
                                : status.error().message);
            });
    session->rollback(*plan);
}

void TriggerWatcher::awaitingApproval(const TriggerEvent &event,
                                      DeploymentId rollback,
                                      const QString &why,
                                      const Status &status)
{
    const QString message = Tr::tr("Automatic rollback of %1 (deployment #%2) is WAITING FOR APPROVAL: %3. "
                                   "%4. Approvers must sign it now.")
                                .arg(event.environment)
                                .arg(rollback)
                                .arg(why, status.error().message);
    audit(u"trigger.rollback_awaiting_approval"_s, event,
          QJsonObject{{u"deployment"_s, rollback}, {u"reason"_s, message}});
    qCWarning(lcHealth).noquote() << message;
    Q_EMIT rollbackAwaitingApproval(event, rollback, message);
    Q_EMIT rollbackFinished(event, rollback, status);
    if (m_incidentSink)
        m_incidentSink->rollbackOutcome(event, rollback, false, status);
    Q_EMIT notification(Tr::tr("Rollback of %1 waits for approval").arg(event.environment), message);
}

void TriggerWatcher::block(const TriggerEvent &event, const QString &reason)
{
    const QString message = Tr::tr("Automatic rollback of %1 refused: %2. Traffic stays on %3; act by hand.")
                                .arg(event.environment, reason, event.slot);
    audit(u"trigger.rollback_blocked"_s, event, QJsonObject{{u"reason"_s, message}});
    qCWarning(lcHealth).noquote() << message;
    Q_EMIT rollbackBlocked(event, message);
    if (m_incidentSink)
        m_incidentSink->rollbackOutcome(event, 0, true, Error{u"trigger.rollback_blocked"_s, message, {}});
    Q_EMIT notification(Tr::tr("Rollback of %1 blocked").arg(event.environment), message);
}

void TriggerWatcher::audit(const QString &action, const TriggerEvent &event, QJsonObject extra)
{
    QJsonObject details = event.toJson();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        details.insert(it.key(), it.value());
    if (auto audited =
            m_workspace.audit().append(m_actor, action, u"environment/%1"_s.arg(event.environment), details);
        !audited.ok())
        qCWarning(lcHealth) << "audit failed:" << audited.error().toString();
}

} // namespace core
