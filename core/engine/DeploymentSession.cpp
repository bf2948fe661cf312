#include "DeploymentSession.h"

#include <QCoreApplication>

#include "core/engine/DeploymentRunner.h"
#include "core/engine/Planner.h"
#include "core/policy/AutomaticRollback.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

DeploymentSession::DeploymentSession(Workspace &workspace,
                                     QNetworkAccessManager *nam,
                                     QString requestedBy,
                                     QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_nam(nam)
    , m_requestedBy(std::move(requestedBy))
{}

DeploymentSession::~DeploymentSession() = default;

DeploymentRunner *DeploymentSession::makeRunner()
{
    auto *runner = new DeploymentRunner(m_workspace, m_nam, this);
    connect(runner, &DeploymentRunner::started, this, [this, runner](DeploymentId id) {
        if (m_inAutoRollback)
            m_rollbackId = id;
        else
            m_deploymentId = id;
        Q_EMIT deploymentStarted(id, runner->plan());
    });
    connect(runner, &DeploymentRunner::stepStarted, this, [this, runner](int index, const QString &name) {
        Q_EMIT stepStarted(runner->deploymentId(), index, name);
    });
    connect(runner, &DeploymentRunner::stepFinished, this,
            [this, runner](int index, const QString &name, StepStatus status, const QString &message) {
                Q_EMIT stepFinished(runner->deploymentId(), index, name, status, message);
            });
    connect(runner, &DeploymentRunner::logLine, this,
            [this, runner](const QString &step, const QString &line, const QString &stream) {
                Q_EMIT logLine(runner->deploymentId(), step, line, stream);
            });
    connect(runner, &DeploymentRunner::finished, this,
            [this, runner](const Status &status) { runnerFinished(runner, status); });
    return runner;
}

void DeploymentSession::deploy(const Plan &plan)
{
    m_running = true;
    makeRunner()->start(plan, m_requestedBy);
}

void DeploymentSession::rollback(const Plan &plan)
{
    m_running = true;
    makeRunner()->start(plan, m_requestedBy);
}

void DeploymentSession::resume(DeploymentId id)
{
    m_running = true;
    makeRunner()->resume(id, m_requestedBy);
}

void DeploymentSession::runnerFinished(DeploymentRunner *runner, const Status &status)
{
    runner->deleteLater();
    if (m_inAutoRollback) {
        m_inAutoRollback = false;
        m_running = false;
        if (!status.ok() && status.error().code == u"policy.awaiting_approval" && !m_deployStatus.ok()) {
            // Say it with the deploy's outcome: traffic is still on the failed release.
            Error error = m_deployStatus.error();
            error.message += u' ' + QCoreApplication::translate(
                                        "core::DeploymentSession",
                                        "The automatic rollback (deployment #%1) is waiting for approval: %2")
                                        .arg(m_rollbackId)
                                        .arg(status.error().message);
            m_deployStatus = error;
        }
        Q_EMIT rolledBack(m_rollbackId, status);
        Q_EMIT finished(m_deployStatus);
        return;
    }
    // Traffic moved and then failed monitoring: put it back at once.
    if (!status.ok() && status.error().code == u"monitor.failed" && m_autoRollback &&
        runner->plan().kind == DeploymentKind::Deploy) {
        m_deployStatus = status;
        auto failed = m_workspace.deployments().get(runner->deploymentId());
        auto plan =
            failed.ok() ? Planner(m_workspace, m_nam).planRollbackOf(*failed) : Result<Plan>(failed.error());
        // Nobody asked for this rollback by hand: an emergency rollback where the policy allows
        // one, otherwise one that says it waits for approvers.
        auto gate = plan.ok() ? prepareAutomaticRollback(m_workspace, *plan)
                              : Result<AutomaticRollback>(plan.error());
        if (!gate.ok())
            plan = gate.error();
        if (plan.ok()) {
            m_inAutoRollback = true;
            Q_EMIT logLine(runner->deploymentId(), u"monitor"_s,
                           QCoreApplication::translate("core::DeploymentSession",
                                                       "Rolling back automatically to %1 (%2).")
                               .arg(plan->toSlot, plan->version),
                           u"info"_s);
            if (*gate != AutomaticRollback::Free)
                Q_EMIT logLine(runner->deploymentId(), u"monitor"_s, describeAutomaticRollback(*gate, *plan),
                               u"info"_s);
            makeRunner()->start(*plan, m_requestedBy);
            return;
        }
        Error error = status.error();
        error.message += u' ' + QCoreApplication::translate("core::DeploymentSession",
                                                            "The automatic rollback could not be planned: %1")
                                    .arg(plan.error().message);
        m_running = false;
        Q_EMIT finished(error);
        return;
    }
    m_running = false;
    Q_EMIT finished(status);
}

} // namespace core
