#pragma once

#include <memory>

#include <QObject>
#include <QPointer>

#include "core/Result.h"
#include "core/engine/Plan.h"
#include "core/model/Deployment.h"
#include "core/model/StepRecord.h"

class QNetworkAccessManager;

namespace core {

class HealthProbe;
class Router;
class Step;
class StepContext;
class Workspace;

// Runs one deployment (a deploy or a rollback) step by step. Every transition is written to the
// workspace's journal before the next action starts, and the deploy lock of the environment is
// held from before the first step until the deployment is settled, so a crash at any point leaves
// a `running` deployment that Planner::interrupted() finds and that resume() or a rollback ends.
class DeploymentRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentRunner)

public:
    DeploymentRunner(Workspace &workspace, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~DeploymentRunner() override;

    void start(const Plan &plan, const QString &requestedBy);
    // An interrupted deployment continues at the step it was in; a FAILED one, if ResumePolicy allows
    // (a provider error the provider has recovered from), from its failed step.
    void resume(DeploymentId id, const QString &requestedBy);

    [[nodiscard]] DeploymentId deploymentId() const { return m_deploymentId; }
    [[nodiscard]] const Plan &plan() const { return m_plan; }
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(core::DeploymentId id);
    void stepStarted(int index, const QString &name);
    void stepFinished(int index, const QString &name, core::StepStatus status, const QString &message);
    void logLine(const QString &step, const QString &line, const QString &stream);
    // Emitted once, after the deployment's status and the lock are settled.
    void finished(const core::Status &status);

private:
    void resumeFailed(const Deployment &deployment, const QString &requestedBy);
    Status prepare(const QString &requestedBy, bool resuming);
    Status takeLock(bool resuming, int attempt = 0);
    Status closeDeadAttempts(DeploymentId id);
    void runStep(int index);
    void stepDone(int index, qint64 recordId, const Status &status);
    void park(int index, qint64 recordId, const Status &status);
    void finish(const Status &status);
    void finishLater(const Status &status);
    void releaseLock();
    std::unique_ptr<Step> makeStep(const QString &name);
    void log(const QString &line, const QString &stream);

    Workspace &m_workspace;
    QNetworkAccessManager *m_nam;
    Plan m_plan;
    DeploymentId m_deploymentId = 0;
    QString m_holder;
    QString m_requestedBy;
    QString m_currentStep;
    bool m_running = false;
    bool m_lockHeld = false;
    std::unique_ptr<HealthProbe> m_probe;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<StepContext> m_context;
    std::unique_ptr<Step> m_step;
};

} // namespace core
