#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>

#include "core/Result.h"
#include "core/model/Ids.h"
#include "core/policy/RollbackTrigger.h"
#include "core/policy/TriggerEvaluator.h"

class QNetworkAccessManager;

namespace core {

class HealthMonitor;
class Workspace;

// One trigger firing on one environment's live slot.
struct TriggerEvent
{
    EnvironmentId environmentId = 0;
    QString environment; // name
    QString slot;        // the live slot it fired on
    QString version;     // what that slot runs
    RollbackTrigger trigger;
    TriggerFigures figures;
    double value = 0.0;
    QDateTime at;
    QString summary; // translated, e.g. "error rate > 5.0 % over 5 min: now 30.0 % (60 samples)"

    [[nodiscard]] QJsonObject toJson() const;
};

// The hook for incidents (issue 7): told about every trigger that fires and how its action ended. The
// incident service implements it; TriggerWatcher::setIncidentSink() plugs it in (nothing happens without).
class IncidentSink
{
public:
    virtual ~IncidentSink() = default;
    // A trigger fired (before its action runs).
    virtual void triggerFired(const TriggerEvent &event) = 0;
    // The automatic rollback it started finished (status ok: traffic is back on the previous slot), or was
    // refused (blocked = true, status says why).
    virtual void
    rollbackOutcome(const TriggerEvent &event, DeploymentId rollback, bool blocked, const Status &status) = 0;
};

// Watches the rollback triggers of environments against the health monitor's windows of their live slots,
// after every monitor round, and carries out what fires:
// - roll back now: the ordinary rollback deployment (Planner::planRollback + DeploymentSession: journaled,
//   audited), with the trigger and the figures that fired it in the audit log ("trigger.fired",
//   "trigger.rollback_started") and in the rollback's journal output. Under an approval policy for
//   rollbacks it is an emergency rollback where the policy allows one (one person, reviewed
//   afterwards), else it waits for approvals and says so (rollbackAwaitingApproval, audit
//   "trigger.rollback_awaiting_approval", notification, incident sink). It never flips to a standby slot
//   that is itself unhealthy (no recent healthy probe, or an error rate above the trigger's threshold): it
//   refuses, audits "trigger.rollback_blocked" and says why.
// - propose rollback: audited, signalled (rollbackProposed); a person decides.
// - alert only: audited, notified.
// Each firing starts the trigger's cool-down (stored in the workspace). While a deployment holds the
// environment's deploy lock (e.g. a release in its monitor step, which rolls back on its own), actions
// wait. Used by the GUI and by `switchyard monitor`.
class TriggerWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerWatcher)

public:
    TriggerWatcher(Workspace &workspace,
                   QNetworkAccessManager *nam,
                   HealthMonitor &monitor,
                   QString actor,
                   QObject *parent = nullptr);
    ~TriggerWatcher() override;

    void setIncidentSink(IncidentSink *sink) { m_incidentSink = sink; }
    // Only these environments (empty: all).
    void setEnvironments(const QList<EnvironmentId> &environments) { m_only = environments; }
    // Evaluates after every monitor round while started.
    void start();
    void stop();
    [[nodiscard]] bool isActive() const { return m_active; }
    // Evaluates every watched environment now.
    void evaluateNow();
    [[nodiscard]] bool isRollingBack(EnvironmentId environment) const
    {
        return m_rollingBack.contains(environment);
    }

    // Why `slot` of `environment` must not receive traffic now (translated), empty when it looks healthy.
    [[nodiscard]] QString standbyProblem(EnvironmentId environment,
                                         const QString &slot,
                                         const QList<RollbackTrigger> &triggers,
                                         const QDateTime &now) const;

Q_SIGNALS:
    void evaluated(core::EnvironmentId environment, const QStringList &summaries);
    void triggerFired(const core::TriggerEvent &event);
    void rollbackStarted(const core::TriggerEvent &event, core::DeploymentId rollback);
    void rollbackFinished(const core::TriggerEvent &event,
                          core::DeploymentId rollback,
                          const core::Status &status);
    void rollbackBlocked(const core::TriggerEvent &event, const QString &reason);
    // The environment's policy requires approvals for rollbacks and allows no emergency rollback:
    // the rollback deployment started and waits at its approvals step (message says so, translated).
    void rollbackAwaitingApproval(const core::TriggerEvent &event,
                                  core::DeploymentId rollback,
                                  const QString &message);
    void rollbackProposed(const core::TriggerEvent &event);
    // For a tray icon or the status bar (translated).
    void notification(const QString &title, const QString &text);

private:
    void evaluate(EnvironmentId environment);
    void fire(const TriggerEvent &event);
    void rollBack(const TriggerEvent &event, const QList<RollbackTrigger> &triggers);
    void block(const TriggerEvent &event, const QString &reason);
    void awaitingApproval(const TriggerEvent &event,
                          DeploymentId rollback,
                          const QString &why,
                          const Status &status);
    void audit(const QString &action, const TriggerEvent &event, QJsonObject extra = {});

    Workspace &m_workspace;
    QNetworkAccessManager *m_nam;
    HealthMonitor &m_monitor;
    QString m_actor;
    IncidentSink *m_incidentSink = nullptr;
    QList<EnvironmentId> m_only;
    QSet<EnvironmentId> m_rollingBack;
    bool m_active = false;
};

} // namespace core
