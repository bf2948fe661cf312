#include "CliRun.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>

#include "Cli.h"
#include "core/engine/DeploymentSession.h"
#include "core/engine/EnvironmentRuntime.h"
#include "core/engine/PreflightStep.h"
#include "core/engine/ProcessIdentity.h"
#include "core/engine/ResumePolicy.h"
#include "core/engine/StepContext.h"
#include "core/providers/HealthProbe.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(app::Cli)
};

} // namespace

CliRun::CliRun(core::Workspace &workspace, QNetworkAccessManager *nam, const CliOutput &out, QString user)
    : m_workspace(workspace)
    , m_nam(nam)
    , m_out(out)
    , m_user(std::move(user))
{}

void CliRun::printPlan(const CliOutput &out, const core::Plan &plan)
{
    out.line(plan.kind == core::DeploymentKind::Rollback
                 ? Tr::tr("Plan: roll back %1/%2 from %3 (%4) to %5 (%6)")
                       .arg(plan.service, plan.environment, plan.fromSlot, plan.fromVersion, plan.toSlot,
                            plan.version)
                 : Tr::tr("Plan: deploy %1 to %2/%3, %4 (%5) → %6")
                       .arg(plan.version, plan.service, plan.environment, plan.fromSlot, plan.fromVersion,
                            plan.toSlot));
    out.line(Tr::tr("Plan digest: %1").arg(plan.digest()));
    for (int i = 0; i < plan.steps.size(); ++i) {
        const core::PlanStep &step = plan.steps.at(i);
        out.line(u"  %1. %2 — %3"_s.arg(i + 1).arg(step.name, step.summary));
        for (const QString &action : step.actions)
            out.line(u"       • "_s + action);
    }
}

int CliRun::dryRun(const core::Plan &plan)
{
    // Dry run: the preflight checks (read-only) and every action that would follow; no change.
    printPlan(m_out, plan);
    auto runtime = core::EnvironmentRuntime::load(m_workspace, plan.environmentId, m_nam);
    if (!runtime.ok()) {
        m_out.error(runtime.error().message);
        return CliOutput::exitCodeFor(runtime.error());
    }
    core::HealthProbe probe(m_nam);
    core::StepContext context(m_workspace, *runtime->router, probe, core::Deployment{}, plan,
                              runtime->environment, runtime->slotList);
    core::Status preflight = core::PreflightStep::check(context);
    if (preflight.ok()) {
        auto lock = m_workspace.deployments().lock(plan.environmentId);
        if (lock.ok() && *lock) {
            const bool alive = core::ProcessIdentity::isAlive((*lock)->holder);
            preflight = core::Error{
                alive ? u"deploy.locked"_s : u"deploy.interrupted"_s,
                alive ? Tr::tr("Deployment #%1 holds the deploy lock of %2 now.")
                            .arg((*lock)->deploymentId)
                            .arg(plan.environment)
                      : Tr::tr("Deployment #%1 to %2 was interrupted; resume it or roll back first.")
                            .arg((*lock)->deploymentId)
                            .arg(plan.environment),
                {}};
        }
    }
    if (m_out.json()) {
        QJsonObject doc{{u"dry_run"_s, true},
                        {u"plan"_s, plan.toJson()},
                        {u"plan_digest"_s, plan.digest()},
                        {u"preflight"_s, preflight.ok() ? u"passed"_s : preflight.error().message}};
        m_out.document(doc);
    }
    if (!preflight.ok()) {
        m_out.error(Tr::tr("Dry run: preflight would fail: %1").arg(preflight.error().message));
        return CliOutput::exitCodeFor(preflight.error());
    }
    m_out.line(Tr::tr("Dry run: preflight passed; nothing was changed."));
    return Cli::Done;
}

int CliRun::deploy(const core::Plan &plan, bool autoRollback)
{
    return execute(Mode::Deploy, plan, 0, autoRollback);
}

int CliRun::rollback(const core::Plan &plan)
{
    return execute(Mode::Rollback, plan, 0, false);
}

int CliRun::resume(core::DeploymentId id)
{
    return execute(Mode::Resume, core::Plan{}, id, true);
}

int CliRun::execute(Mode mode, const core::Plan &plan, core::DeploymentId resumeId, bool autoRollback)
{
    if (mode != Mode::Resume)
        printPlan(m_out, plan);
    core::DeploymentSession session(m_workspace, m_nam, m_user);
    session.setAutoRollback(autoRollback);
    QJsonArray steps;
    QObject::connect(&session, &core::DeploymentSession::deploymentStarted, &session,
                     [this](core::DeploymentId id, const core::Plan &p) {
                         m_out.line(Tr::tr("Deployment #%1 started (%2 %3 → %4).")
                                        .arg(id)
                                        .arg(core::deploymentKindToString(p.kind), p.version, p.toSlot));
                     });
    QObject::connect(&session, &core::DeploymentSession::stepStarted, &session,
                     [this](core::DeploymentId, int index, const QString &name) {
                         m_out.line(Tr::tr("[%1] %2: running").arg(index + 1).arg(name));
                     });
    QObject::connect(&session, &core::DeploymentSession::stepFinished, &session,
                     [this, &steps](core::DeploymentId id, int index, const QString &name,
                                    core::StepStatus status, const QString &message) {
                         m_out.line(Tr::tr("[%1] %2: %3%4")
                                        .arg(index + 1)
                                        .arg(name, core::stepStatusToString(status),
                                             message.isEmpty() ? QString() : u" — "_s + message));
                         steps.append(QJsonObject{{u"deployment"_s, id},
                                                  {u"step"_s, name},
                                                  {u"status"_s, core::stepStatusToString(status)},
                                                  {u"message"_s, message}});
                     });
    QObject::connect(&session, &core::DeploymentSession::logLine, &session,
                     [this](core::DeploymentId, const QString &, const QString &line, const QString &stream) {
                         m_out.line((stream == u"err" ? u"    ! "_s : u"    | "_s) + line);
                     });
    QObject::connect(
        &session, &core::DeploymentSession::rolledBack, &session,
        [this](core::DeploymentId id, const core::Status &status) {
            m_out.line(status.ok()
                           ? Tr::tr("Automatic rollback #%1 succeeded: traffic is back on the "
                                    "previous slot.")
                                 .arg(id)
                           : Tr::tr("Automatic rollback #%1 FAILED: %2").arg(id).arg(status.error().message));
        });
    QEventLoop loop;
    core::Status outcome;
    QObject::connect(&session, &core::DeploymentSession::finished, &loop, [&](const core::Status &status) {
        outcome = status;
        loop.quit();
    });
    switch (mode) {
    case Mode::Deploy:
        session.deploy(plan);
        break;
    case Mode::Rollback:
        session.rollback(plan);
        break;
    case Mode::Resume:
        session.resume(resumeId);
        break;
    }
    loop.exec();

    const core::DeploymentId id = session.deploymentId();
    if (m_out.json()) {
        const bool awaiting = !outcome.ok() && outcome.error().code == u"policy.awaiting_approval";
        QJsonObject doc{
            {u"deployment"_s, id},
            {u"status"_s, outcome.ok() ? u"succeeded"_s : (awaiting ? u"awaiting_approval"_s : u"failed"_s)},
            {u"steps"_s, steps}};
        if (!outcome.ok()) {
            doc.insert(u"error"_s, outcome.error().message);
            doc.insert(u"code"_s, outcome.error().code);
        }
        if (session.rollbackId() > 0)
            doc.insert(u"rollback"_s, session.rollbackId());
        m_out.document(doc);
    }
    if (!outcome.ok() && outcome.error().code == u"policy.awaiting_approval") {
        // Parked, not failed: the deployment waits in its approvals step (see ApprovalsStep).
        m_out.error(Tr::tr("Deployment #%1 is awaiting approvals: %2").arg(id).arg(outcome.error().message));
        m_out.error(Tr::tr("  Approvers: switchyard approve --deployment %1   (or sign a file with --out and "
                           "import it: switchyard approvals import FILE)")
                        .arg(id));
        m_out.error(Tr::tr("  Then:      switchyard resume %1").arg(id));
        return CliOutput::exitCodeFor(outcome.error());
    }
    if (!outcome.ok()) {
        m_out.error(Tr::tr("Deployment #%1 failed: %2").arg(id).arg(outcome.error().message));
        if (id > 0 && outcome.error().code != u"resume.not_resumable" &&
            core::ResumePolicy::isResumableCode(outcome.error().code))
            m_out.error(Tr::tr("  Traffic was not switched to an unverified slot. Once the provider has "
                               "recovered: switchyard resume --deployment %1")
                            .arg(id));
        return CliOutput::exitCodeFor(outcome.error());
    }
    m_out.line(Tr::tr("Deployment #%1 succeeded.").arg(id));
    return Cli::Done;
}

} // namespace app
