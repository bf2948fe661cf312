#pragma once

#include <QObject>
#include <QPointer>

#include "core/Result.h"
#include "core/engine/Plan.h"
#include "core/model/StepRecord.h"

class QNetworkAccessManager;

namespace core {

class DeploymentRunner;
class Workspace;

// What the GUI and the CLI run: one deploy, resume or rollback, and when monitoring after a
// switch fails, the automatic rollback that follows it. Re-emits the runners' progress with the
// deployment id, so one view can follow both.
class DeploymentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentSession)

public:
    DeploymentSession(Workspace &workspace,
                      QNetworkAccessManager *nam,
                      QString requestedBy,
                      QObject *parent = nullptr);
    ~DeploymentSession() override;

    void deploy(const Plan &plan);
    void rollback(const Plan &plan);
    void resume(DeploymentId id);

    void setAutoRollback(bool enabled) { m_autoRollback = enabled; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The deployment started first (the deploy), and the automatic rollback if one ran.
    [[nodiscard]] DeploymentId deploymentId() const { return m_deploymentId; }
    [[nodiscard]] DeploymentId rollbackId() const { return m_rollbackId; }

Q_SIGNALS:
    void deploymentStarted(core::DeploymentId id, const core::Plan &plan);
    void stepStarted(core::DeploymentId id, int index, const QString &name);
    void stepFinished(core::DeploymentId id,
                      int index,
                      const QString &name,
                      core::StepStatus status,
                      const QString &message);
    void logLine(core::DeploymentId id, const QString &step, const QString &line, const QString &stream);
    // The outcome of what was asked: for a deploy that was rolled back automatically, the deploy's
    // error (and rollbackId() says how the rollback went through rolledBack()).
    void rolledBack(core::DeploymentId rollbackId, const core::Status &status);
    void finished(const core::Status &status);

private:
    DeploymentRunner *makeRunner();
    void runnerFinished(DeploymentRunner *runner, const Status &status);

    Workspace &m_workspace;
    QNetworkAccessManager *m_nam;
    QString m_requestedBy;
    bool m_autoRollback = true;
    bool m_running = false;
    bool m_inAutoRollback = false;
    DeploymentId m_deploymentId = 0;
    DeploymentId m_rollbackId = 0;
    Status m_deployStatus;
};

} // namespace core
