#include "DeploymentRunner.h"

#include <QCoreApplication>
#include <QTimer>

#include "core/Logging.h"
#include "core/engine/ApprovalsStep.h"
#include "core/engine/DeployStandbyStep.h"
#include "core/engine/EnvironmentRuntime.h"
#include "core/engine/FinalizeStep.h"
#include "core/engine/MigrateStep.h"
#include "core/engine/MonitorStep.h"
#include "core/engine/Planner.h"
#include "core/engine/PreflightStep.h"
#include "core/engine/ProcessIdentity.h"
#include "core/engine/ResumePolicy.h"
#include "core/engine/StepContext.h"
#include "core/engine/SwitchStep.h"
#include "core/engine/VerifyStandbyStep.h"
#include "core/providers/HealthProbe.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

QString subjectOf(DeploymentId id)
{
    return u"deployment/%1"_s.arg(id);
}

} // namespace

DeploymentRunner::DeploymentRunner(Workspace &workspace, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_nam(nam)
    , m_holder(ProcessIdentity::current())
{}

DeploymentRunner::~DeploymentRunner() = default;

void DeploymentRunner::start(const Plan &plan, const QString &requestedBy)
{
    m_plan = plan;
    Deployment d;
    d.environmentId = plan.environmentId;
    d.releaseId = plan.releaseId;
    d.version = plan.version;
    d.kind = plan.kind;
    d.status = DeploymentStatus::Running;
    d.fromSlot = plan.fromSlot;
    d.toSlot = plan.toSlot;
    d.fromVersion = plan.fromVersion;
    d.planDigest = plan.digest();
    d.plan = plan.toJson();
    d.requestedBy = requestedBy;
    d.rollbackOf = plan.rollbackOf;
    auto created = m_workspace.deployments().create(d);
    if (!created.ok()) {
        finishLater(created.error());
        return;
    }
    m_deploymentId = *created;
    m_running = true;
    Q_EMIT started(m_deploymentId);
    auto audited = m_workspace.audit().append(
        requestedBy, plan.kind == DeploymentKind::Rollback ? u"rollback.started"_s : u"deployment.started"_s,
        subjectOf(m_deploymentId),
        QJsonObject{{u"environment"_s, plan.environment},
                    {u"version"_s, plan.version},
                    {u"from_slot"_s, plan.fromSlot},
                    {u"to_slot"_s, plan.toSlot},
                    {u"plan_digest"_s, d.planDigest}});
    if (!audited.ok()) {
        finishLater(audited.error());
        return;
    }
    if (auto prepared = prepare(requestedBy, false); !prepared.ok()) {
        finishLater(prepared);
        return;
    }
    QTimer::singleShot(0, this, [this] { runStep(0); });
}

void DeploymentRunner::resume(DeploymentId id, const QString &requestedBy)
{
    auto deployment = m_workspace.deployments().get(id);
    Status status;
    if (!deployment.ok()) {
        status = deployment.error();
    } else if (deployment->status == DeploymentStatus::Failed) {
        resumeFailed(*deployment, requestedBy);
        return;
    } else if (deployment->status != DeploymentStatus::Running) {
        status = Error{u"resume.not_interrupted"_s,
                       tr("Deployment #%1 is %2, not interrupted; there is nothing to resume.")
                           .arg(id)
                           .arg(deploymentStatusToString(deployment->status)),
                       {}};
    }
    if (!status.ok()) {
        finishLater(status);
        return;
    }
    auto plan = Plan::fromJson(deployment->plan);
    if (!plan.ok()) {
        finishLater(plan.error());
        return;
    }
    m_plan = *plan;
    m_deploymentId = id;
    m_running = true;
    Q_EMIT started(id);
    if (auto prepared = prepare(requestedBy, true); !prepared.ok()) {
        // Leave the deployment as it is (still interrupted) for whoever resolves it; finish()
        // gives back the lock if we had taken it over.
        m_running = false;
        finishLater(prepared);
        return;
    }
    // Resume at the first step that has not succeeded; it runs again from its start (steps are idempotent).
    auto records = m_workspace.deployments().steps(id);
    if (!records.ok()) {
        finishLater(records.error());
        return;
    }
    int from = 0;
    for (const StepRecord &r : *records) {
        if (r.status == StepStatus::Succeeded || r.status == StepStatus::Skipped)
            from = qMax(from, r.seq + 1);
    }
    if (auto closed = closeDeadAttempts(id); !closed.ok()) {
        finishLater(closed);
        return;
    }
    const QString stepName = from < m_plan.steps.size() ? m_plan.steps.at(from).name : QString();
    if (auto audited = m_workspace.audit().append(requestedBy, u"deployment.resumed"_s, subjectOf(id),
                                                  QJsonObject{{u"step"_s, stepName}});
        !audited.ok()) {
        finishLater(audited.error());
        return;
    }
    log(tr("Resuming deployment #%1 at step %2.").arg(id).arg(stepName), u"info"_s);
    QTimer::singleShot(0, this, [this, from] { runStep(from); });
}

void DeploymentRunner::resumeFailed(const Deployment &deployment, const QString &requestedBy)
{
    // A deployment that FAILED (on a provider error) continues once the provider has recovered:
    // ResumePolicy decides whether that is safe and from which step.
    auto plan = Plan::fromJson(deployment.plan);
    auto records = m_workspace.deployments().steps(deployment.id);
    auto newer = m_workspace.deployments().list(deployment.environmentId);
    if (!plan.ok() || !records.ok() || !newer.ok()) {
        finishLater(!plan.ok() ? plan.error() : !records.ok() ? records.error() : newer.error());
        return;
    }
    QList<Deployment> later;
    for (const Deployment &d : *newer) {
        if (d.id > deployment.id)
            later << d;
    }
    auto point = ResumePolicy::forFailed(deployment, *plan, *records, later);
    if (!point.ok()) {
        finishLater(point.error());
        return;
    }
    m_plan = *plan;
    m_deploymentId = deployment.id;
    Q_EMIT started(deployment.id);
    if (auto prepared = prepare(requestedBy, true); !prepared.ok()) {
        finishLater(prepared); // still failed, as it was; the lock (if taken) is given back
        return;
    }
    if (auto running = m_workspace.deployments().setStatus(deployment.id, DeploymentStatus::Running);
        !running.ok()) {
        finishLater(running);
        return;
    }
    m_running = true;
    const QString stepName = m_plan.steps.at(point->fromStep).name;
    if (auto audited =
            m_workspace.audit().append(requestedBy, u"deployment.resumed"_s, subjectOf(deployment.id),
                                       QJsonObject{{u"step"_s, stepName},
                                                   {u"after_failure"_s, true},
                                                   {u"failed_step"_s, point->failedStep},
                                                   {u"error_code"_s, point->errorCode}});
        !audited.ok()) {
        finish(audited.error());
        return;
    }
    log(point->failedStep == stepName
            ? tr("Resuming failed deployment #%1 at step %2 (it failed with %3).")
                  .arg(deployment.id)
                  .arg(stepName, point->errorCode)
            : tr("Resuming failed deployment #%1: step %2 failed with %3; verifying the standby again from "
                 "step %4 before any switch.")
                  .arg(deployment.id)
                  .arg(point->failedStep, point->errorCode, stepName),
        u"info"_s);
    const int from = point->fromStep;
    QTimer::singleShot(0, this, [this, from] { runStep(from); });
}

Status DeploymentRunner::prepare(const QString &requestedBy, bool resuming)
{
    m_requestedBy = requestedBy;
    if (auto locked = takeLock(resuming); !locked.ok())
        return locked;
    auto runtime = EnvironmentRuntime::load(m_workspace, m_plan.environmentId, m_nam);
    if (!runtime.ok())
        return runtime.error();
    m_router = std::move(runtime->router);
    m_probe = std::make_unique<HealthProbe>(m_nam);
    auto deployment = m_workspace.deployments().get(m_deploymentId);
    if (!deployment.ok())
        return deployment.error();
    m_context = std::make_unique<StepContext>(m_workspace, *m_router, *m_probe, *deployment, m_plan,
                                              runtime->environment, runtime->slotList);
    m_context->setLogger([this](const QString &line, const QString &stream) { log(line, stream); });
    return {};
}

Status DeploymentRunner::takeLock(bool resuming, int attempt)
{
    const EnvironmentId env = m_plan.environmentId;
    Status acquired = m_workspace.deployments().acquireLock(env, m_deploymentId, m_holder);
    if (acquired.ok()) {
        m_lockHeld = true;
        return {};
    }
    if (acquired.error().code != u"deploy.locked")
        return acquired;
    auto lock = m_workspace.deployments().lock(env);
    if (!lock.ok())
        return lock.error();
    if (!*lock) // released in between: try again (a few times: a session lock may lag the row)
        return attempt < 3 ? takeLock(resuming, attempt + 1) : acquired;
    const DeployLock held = **lock;
    const bool holderAlive = ProcessIdentity::isAlive(held.holder);
    auto other = m_workspace.deployments().get(held.deploymentId);
    const QString otherStep = other.ok() ? other->currentStep : QString();
    if (holderAlive) {
        return Error{
            u"deploy.locked"_s,
            tr("Environment %1 is being deployed by deployment #%2 (step %3, process %4); one deployment "
               "at a time.")
                .arg(m_plan.environment)
                .arg(held.deploymentId)
                .arg(otherStep.isEmpty() ? tr("starting") : otherStep)
                .arg(ProcessIdentity::pidOf(held.holder)),
            held.holder};
    }
    // The holder is gone. Only the deployment itself (resume) or a rollback of it may take over.
    const bool mayTakeOver = (resuming && held.deploymentId == m_deploymentId) ||
                             (m_plan.rollbackOf && *m_plan.rollbackOf == held.deploymentId);
    if (!mayTakeOver && held.holder == ProcessIdentity::awaitingApproval()) {
        return Error{u"deploy.locked"_s,
                     tr("Deployment #%1 to %2 is awaiting approval. Resume it once approved (switchyard "
                        "resume %1) or roll back to abandon it.")
                         .arg(held.deploymentId)
                         .arg(m_plan.environment),
                     held.holder};
    }
    if (!mayTakeOver) {
        return Error{u"deploy.interrupted"_s,
                     tr("Deployment #%1 to %2 was interrupted in step %3. Resume it or roll back first.")
                         .arg(held.deploymentId)
                         .arg(m_plan.environment, otherStep.isEmpty() ? tr("unknown") : otherStep),
                     held.holder};
    }
    if (auto taken = m_workspace.deployments().takeOverLock(held, m_deploymentId, m_holder); !taken.ok())
        return taken;
    m_lockHeld = true;
    if (!resuming) {
        // A rollback ends the interrupted deployment for good.
        const QString why = tr("Interrupted in step %1; rolled back by deployment #%2.")
                                .arg(otherStep.isEmpty() ? tr("unknown") : otherStep)
                                .arg(m_deploymentId);
        if (auto closed = closeDeadAttempts(held.deploymentId); !closed.ok())
            return closed;
        if (auto aborted =
                m_workspace.deployments().setStatus(held.deploymentId, DeploymentStatus::Aborted, why);
            !aborted.ok())
            return aborted;
        auto audited =
            m_workspace.audit().append(m_requestedBy, u"deployment.aborted"_s, subjectOf(held.deploymentId),
                                       QJsonObject{{u"reason"_s, why}});
        if (!audited.ok())
            return audited.error();
    }
    return {};
}

Status DeploymentRunner::closeDeadAttempts(DeploymentId id)
{
    // The attempt a dead process was running ends in the journal as what it was.
    auto records = m_workspace.deployments().steps(id);
    if (!records.ok())
        return records.error();
    for (const StepRecord &r : *records) {
        if (r.status != StepStatus::Running)
            continue;
        if (auto closed = m_workspace.deployments().finishStep(
                r.id, StepStatus::Failed, tr("Interrupted: the process running this step stopped."));
            !closed.ok())
            return closed;
    }
    return {};
}

std::unique_ptr<Step> DeploymentRunner::makeStep(const QString &name)
{
    if (name == QLatin1String(step::kPreflight))
        return std::make_unique<PreflightStep>();
    if (name == QLatin1String(step::kMigrate))
        return std::make_unique<MigrateStep>();
    if (name == QLatin1String(step::kDeployStandby))
        return std::make_unique<DeployStandbyStep>();
    if (name == QLatin1String(step::kVerifyStandby))
        return std::make_unique<VerifyStandbyStep>();
    if (name == QLatin1String(step::kApprovals))
        return std::make_unique<ApprovalsStep>();
    if (name == QLatin1String(step::kSwitch))
        return std::make_unique<SwitchStep>();
    if (name == QLatin1String(step::kMonitor))
        return std::make_unique<MonitorStep>();
    if (name == QLatin1String(step::kFinalize))
        return std::make_unique<FinalizeStep>();
    return nullptr;
}

void DeploymentRunner::runStep(int index)
{
    if (index >= m_plan.steps.size()) {
        finish(Status());
        return;
    }
    const QString name = m_plan.steps.at(index).name;
    m_currentStep = name;
    // Journal first: the record says "running" before the step does anything.
    auto record = m_workspace.deployments().beginStep(m_deploymentId, index, name);
    if (!record.ok()) {
        finish(record.error());
        return;
    }
    Q_EMIT stepStarted(index, name);
    m_step = makeStep(name);
    if (!m_step) {
        stepDone(index, *record, Error{u"plan.step"_s, tr("Unknown step “%1” in the plan.").arg(name), {}});
        return;
    }
    const qint64 recordId = *record;
    m_step->run(*m_context, [this, index, recordId](const Status &status) {
        // Let the step unwind before it is destroyed.
        QTimer::singleShot(0, this, [this, index, recordId, status] { stepDone(index, recordId, status); });
    });
}

void DeploymentRunner::stepDone(int index, qint64 recordId, const Status &status)
{
    const QString name = m_plan.steps.at(index).name;
    if (!status.ok() && status.error().code == u"policy.awaiting_approval") {
        park(index, recordId, status);
        return;
    }
    const QString message = status.ok() ? QString() : status.error().message;
    if (auto journaled = m_workspace.deployments().finishStep(
            recordId, status.ok() ? StepStatus::Succeeded : StepStatus::Failed, message,
            status.ok() ? QString() : status.error().code);
        !journaled.ok()) {
        finish(journaled);
        return;
    }
    Q_EMIT stepFinished(index, name, status.ok() ? StepStatus::Succeeded : StepStatus::Failed, message);
    m_step.reset();
    if (!status.ok()) {
        Error error = status.error();
        error.message = tr("Step %1 failed: %2").arg(name, error.message);
        finish(error);
        return;
    }
    runStep(index + 1);
}

void DeploymentRunner::park(int index, qint64 recordId, const Status &status)
{
    // Awaiting approval: the step stays pending in the journal, the deployment stays running (so it
    // is listed and resumable), and the lock passes to the awaiting-approval marker, which keeps
    // other deployments out until this one is resumed or rolled back.
    const QString name = m_plan.steps.at(index).name;
    const QString message = status.error().message; // "awaiting approvals: 1 of 2 (…)"
    Status outcome = status;
    if (auto journaled = m_workspace.deployments().finishStep(recordId, StepStatus::Pending, message);
        !journaled.ok())
        outcome = journaled;
    Q_EMIT stepFinished(index, name, StepStatus::Pending, message);
    m_step.reset();
    if (m_lockHeld) {
        DeployLock mine{m_plan.environmentId, m_deploymentId, m_holder, {}};
        if (auto handed = m_workspace.deployments().takeOverLock(mine, m_deploymentId,
                                                                 ProcessIdentity::awaitingApproval());
            handed.ok()) {
            m_lockHeld = false;
            static_cast<void>(m_workspace.deployments().releaseSessionLock(m_plan.environmentId));
        }
    }
    if (auto audited = m_workspace.audit().append(m_requestedBy, u"deployment.awaiting_approval"_s,
                                                  subjectOf(m_deploymentId),
                                                  QJsonObject{{u"reason"_s, status.error().message}});
        !audited.ok() && outcome.ok())
        outcome = audited.error();
    m_running = false;
    log(message, u"info"_s);
    releaseLock();
    Q_EMIT finished(outcome);
}

void DeploymentRunner::finishLater(const Status &status)
{
    // Callers connect to finished() after start() returns: never emit it from inside start().
    QTimer::singleShot(0, this, [this, status] { finish(status); });
}

void DeploymentRunner::finish(const Status &status)
{
    if (!m_running) {
        releaseLock();
        Q_EMIT finished(status);
        return;
    }
    m_running = false;
    Status outcome = status;
    if (m_deploymentId > 0) {
        const bool ok = status.ok();
        if (!ok)
            log(status.error().message, u"err"_s);
        if (auto settled = m_workspace.deployments().setStatus(
                m_deploymentId, ok ? DeploymentStatus::Succeeded : DeploymentStatus::Failed,
                ok ? QString() : status.error().message);
            !settled.ok() && outcome.ok())
            outcome = settled;
        const QString kind = m_plan.kind == DeploymentKind::Rollback ? u"rollback"_s : u"deployment"_s;
        QJsonObject details{{u"environment"_s, m_plan.environment}, {u"version"_s, m_plan.version}};
        if (!ok) {
            details.insert(u"step"_s, m_currentStep);
            details.insert(u"error"_s, status.error().message);
            details.insert(u"code"_s, status.error().code);
        }
        if (auto audited =
                m_workspace.audit().append(m_requestedBy, kind + (ok ? u".succeeded"_s : u".failed"_s),
                                           subjectOf(m_deploymentId), details);
            !audited.ok() && outcome.ok())
            outcome = audited.error();
    }
    releaseLock();
    qCInfo(lcEngine) << "deployment" << m_deploymentId << (outcome.ok() ? "succeeded" : "failed");
    Q_EMIT finished(outcome);
}

void DeploymentRunner::releaseLock()
{
    if (!m_lockHeld)
        return;
    if (auto released = m_workspace.deployments().releaseLock(m_plan.environmentId, m_holder); !released.ok())
        qCWarning(lcEngine) << "could not release the deploy lock:" << released.error().toString();
    m_lockHeld = false;
}

void DeploymentRunner::log(const QString &line, const QString &stream)
{
    if (m_deploymentId > 0) {
        if (auto stored = m_workspace.deployments().appendLog(m_deploymentId, m_currentStep, stream, line);
            !stored.ok())
            qCWarning(lcEngine) << "could not store a log line:" << stored.error().toString();
    }
    Q_EMIT logLine(m_currentStep, line, stream);
}

} // namespace core
