#include "Planner.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "core/engine/CloudStandby.h"
#include "core/engine/DeployStandbyStep.h"
#include "core/engine/EnvironmentRuntime.h"
#include "core/engine/ProcessIdentity.h"
#include "core/engine/StepContext.h"
#include "core/model/Release.h"
#include "core/model/Service.h"
#include "core/policy/ApprovalService.h"
#include "core/policy/ReleaseMigrations.h"
#include "core/providers/HealthProbe.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentDatabaseRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Planner)
};

QString quoted(const QStringList &command)
{
    QStringList parts;
    for (const QString &p : command)
        parts << (p.contains(u' ') || p.isEmpty() ? u'\'' + p + u'\'' : p);
    return parts.join(u' ');
}

Result<std::pair<Slot, Slot>> liveAndStandby(const QList<Slot> &slotList, const QString &environment)
{
    const Slot *live = nullptr;
    const Slot *standby = nullptr;
    for (const Slot &s : slotList) {
        if (s.role == SlotRole::Live && !live)
            live = &s;
        else if (!standby)
            standby = &s;
    }
    if (!live || !standby) {
        return Error{u"config.slots"_s,
                     Tr::tr("Environment %1 needs two slots, one of them live (found %2).")
                         .arg(environment)
                         .arg(slotList.size()),
                     {}};
    }
    return std::pair<Slot, Slot>(*live, *standby);
}

} // namespace

Result<Plan> Planner::planDeploy(const QString &environmentName, const QString &version) const
{
    auto env = m_workspace.environments().byName(environmentName);
    if (!env.ok())
        return env.error();
    auto service = m_workspace.services().get(env->serviceId);
    if (!service.ok())
        return service.error();
    auto release = m_workspace.releases().byVersion(env->serviceId, version);
    if (!release.ok())
        return release.error();
    auto slotList = m_workspace.environments().slotsOf(env->id);
    if (!slotList.ok())
        return slotList.error();
    auto pair = liveAndStandby(*slotList, env->name);
    if (!pair.ok())
        return pair.error();
    const auto &[live, standby] = *pair;
    if (live.version == release->version) {
        return Error{
            u"deploy.noop"_s,
            Tr::tr("%1 is already live in %2 (slot %3).").arg(release->version, env->name, live.name),
            {}};
    }

    Plan plan;
    plan.kind = DeploymentKind::Deploy;
    plan.service = service->name;
    plan.environment = env->name;
    plan.environmentId = env->id;
    plan.releaseId = release->id;
    plan.version = release->version;
    plan.commit = release->commitSha;
    plan.releaseDigest = release->digest();
    plan.fromSlot = live.name;
    plan.toSlot = standby.name;
    plan.fromVersion = live.version;
    plan.contract = release->contract;
    auto migrate = migrateStep(*env, *release);
    if (!migrate.ok())
        return migrate.error();
    for (const char *name : {step::kPreflight, step::kDeployStandby, step::kVerifyStandby, step::kSwitch,
                             step::kMonitor, step::kFinalize}) {
        plan.steps << PlanStep{QString::fromLatin1(name), {}, {}};
        if (qstrcmp(name, step::kPreflight) == 0 && *migrate)
            plan.steps << **migrate;
    }
    if (*migrate && m_pending)
        plan.pendingMigrations = m_pending->fileNames();
    if (auto described = describeSteps(plan); !described.ok())
        return described.error();
    if (auto gated = ApprovalService(m_workspace).addGateTo(plan); !gated.ok())
        return gated.error();
    return plan;
}

Result<std::optional<PlanStep>> Planner::migrateStep(const Environment &env, const Release &release) const
{
    auto migrations = ReleaseMigrations::inspect(release);
    if (!migrations.ok())
        return migrations.error();
    // An expand release never carries a migration that breaks the code still running.
    if (auto refused = migrations->refuseBreaking(release.version); !refused.ok())
        return refused.error();
    auto database = EnvironmentDatabaseRepository(m_workspace.database(), m_workspace.dialect()).get(env.id);
    if (!database.ok())
        return database.error();
    if (!*database || migrations->isEmpty())
        return std::optional<PlanStep>();
    const EnvironmentDatabase &db = **database;
    PlanStep step{QString::fromLatin1(step::kMigrate), {}, {}};
    const QString kind = release.contract ? Tr::tr("contract") : Tr::tr("expand");
    step.summary = m_pending
                       ? Tr::tr("Database first: apply %n pending migration(s) of %1 (%2 release) to %3",
                                nullptr, static_cast<int>(m_pending->steps.size()))
                             .arg(release.version, kind, db.url)
                       : Tr::tr("Database first: apply the pending migrations of %1 (%2 release) to %3")
                             .arg(release.version, kind, db.url);
    step.actions << (db.passwordKey.isEmpty()
                         ? Tr::tr("connect to %1 (no password stored)").arg(db.url)
                         : Tr::tr("connect to %1, password from the keychain entry %2/%3")
                               .arg(db.url, QString::fromLatin1(kDatabaseSecretService), db.passwordKey));
    step.actions << Tr::tr("take the migration advisory lock; lock_timeout %1 ms; refuse a pending version "
                           "older than the newest applied one")
                        .arg(db.lockTimeoutMs);
    if (m_pending) {
        // Exactly what will run, as the database said when planning.
        step.actions << Tr::tr("stop, applying nothing, if the database no longer needs exactly these "
                               "%n file(s) (%1 already applied): the plan would be out of date",
                               nullptr, static_cast<int>(m_pending->steps.size()))
                            .arg(m_pending->alreadyApplied);
        for (const MigrationRunner::Step &pending : m_pending->steps) {
            const QString fileName = QFileInfo(pending.file).fileName();
            for (const ReleaseMigrations::Entry &e : migrations->entries()) {
                if (e.fileName == fileName)
                    step.actions
                        << Tr::tr("apply %1 (sha256 %2): %3").arg(e.fileName, e.sha256.left(12), e.summary());
            }
        }
    } else {
        for (const ReleaseMigrations::Entry &e : migrations->entries())
            step.actions << Tr::tr("apply %1 unless applied (sha256 %2): %3")
                                .arg(e.fileName, e.sha256.left(12), e.summary());
    }
    step.actions << Tr::tr("check each file's “-- requires:” declarations before its COMMIT; record it in "
                           "supabase_migrations.schema_migrations");
    return std::optional<PlanStep>(step);
}

Result<Plan> Planner::planRollback(const QString &environmentName) const
{
    auto env = m_workspace.environments().byName(environmentName);
    if (!env.ok())
        return env.error();
    auto stuck = interrupted();
    if (!stuck.ok())
        return stuck.error();
    for (const InterruptedDeployment &i : *stuck) {
        if (i.deployment.environmentId == env->id)
            return planRollbackOf(i.deployment);
    }
    auto slotList = m_workspace.environments().slotsOf(env->id);
    if (!slotList.ok())
        return slotList.error();
    auto pair = liveAndStandby(*slotList, env->name);
    if (!pair.ok())
        return pair.error();
    const auto &[live, standby] = *pair;
    if (standby.version.isEmpty()) {
        return Error{
            u"rollback.no_target"_s,
            Tr::tr("There is nothing to roll back to in %1: the standby slot %2 has never run a version.")
                .arg(env->name, standby.name),
            {}};
    }
    Deployment current;
    current.environmentId = env->id;
    current.fromSlot = standby.name;
    current.fromVersion = standby.version;
    current.toSlot = live.name;
    current.version = live.version;
    auto last = m_workspace.deployments().lastSucceeded(env->id, std::nullopt);
    if (!last.ok())
        return last.error();
    if (*last && (*last)->toSlot == live.name)
        current.id = (*last)->id;
    return planRollbackOf(current);
}

Result<Plan> Planner::planRollbackOf(const Deployment &deployment) const
{
    auto env = m_workspace.environments().get(deployment.environmentId);
    if (!env.ok())
        return env.error();
    auto service = m_workspace.services().get(env->serviceId);
    if (!service.ok())
        return service.error();
    auto target = m_workspace.environments().slot(env->id, deployment.fromSlot);
    if (!target.ok())
        return target.error();
    Plan plan;
    plan.kind = DeploymentKind::Rollback;
    plan.service = service->name;
    plan.environment = env->name;
    plan.environmentId = env->id;
    plan.version = deployment.fromVersion.isEmpty() ? target->version : deployment.fromVersion;
    plan.fromSlot = deployment.toSlot;
    plan.toSlot = deployment.fromSlot;
    plan.fromVersion = deployment.version;
    if (deployment.id > 0)
        plan.rollbackOf = deployment.id;
    for (const char *name : {step::kPreflight, step::kVerifyStandby, step::kSwitch, step::kFinalize})
        plan.steps << PlanStep{QString::fromLatin1(name), {}, {}};
    if (auto described = describeSteps(plan); !described.ok())
        return described.error();
    if (auto gated = ApprovalService(m_workspace).addGateTo(plan); !gated.ok())
        return gated.error();
    return plan;
}

Status Planner::describeSteps(Plan &plan) const
{
    auto runtime = EnvironmentRuntime::load(m_workspace, plan.environmentId, m_nam);
    if (!runtime.ok())
        return runtime.error();
    const Environment *env = &runtime->environment;
    const std::unique_ptr<Router> &router = runtime->router;
    HealthProbe probe(m_nam);
    StepContext context(m_workspace, *router, probe, Deployment{}, plan, *env, runtime->slotList);
    const Slot *to = context.slotNamed(plan.toSlot);
    if (!to)
        return Error{
            u"config.slots"_s, Tr::tr("Environment %1 has no slot %2.").arg(env->name, plan.toSlot), {}};
    const EnvironmentSettings &s = env->settings;

    for (PlanStep &step : plan.steps) {
        if (step.name == QLatin1String(step::kPreflight)) {
            step.summary =
                Tr::tr("Check configuration, lifecycle order and router state; take the deploy lock");
            step.actions
                << Tr::tr("check the slots, deploy command and router configuration of %1").arg(env->name)
                << Tr::tr("take the deploy lock of %1 (one deployment at a time)").arg(env->name);
            if (plan.kind == DeploymentKind::Deploy && s.requireSuccessInPrevious) {
                auto previous = m_workspace.environments().previous(*env);
                if (previous.ok() && *previous)
                    step.actions
                        << Tr::tr("require %1 to have succeeded in %2").arg(plan.version, (*previous)->name);
            }
        } else if (step.name == QLatin1String(step::kDeployStandby)) {
            step.summary = Tr::tr("Deploy %1 to the standby slot %2").arg(plan.version, plan.toSlot);
            if (CloudStandby::applies(*env))
                step.actions << CloudStandby::describe(context);
            else
                step.actions << Tr::tr("run %1 (timeout %2 s)")
                                    .arg(quoted(DeployStandbyStep::commandFor(context)))
                                    .arg(s.commandTimeoutMs / 1000);
        } else if (step.name == QLatin1String(step::kVerifyStandby)) {
            step.summary = Tr::tr("Verify that %1 answers healthy with %2").arg(plan.toSlot, plan.version);
            step.actions << Tr::tr("GET %1 every %2 s for up to %3 s: healthy, version %4")
                                .arg(to->healthUrl)
                                .arg(s.healthIntervalMs / 1000.0)
                                .arg(s.healthTimeoutMs / 1000.0)
                                .arg(plan.version);
        } else if (step.name == QLatin1String(step::kSwitch)) {
            step.summary = Tr::tr("Switch traffic from %1 to %2").arg(plan.fromSlot, plan.toSlot);
            step.actions << router->describeSwitch(SwitchTarget{to->name, to->upstream, plan.version});
        } else if (step.name == QLatin1String(step::kMonitor)) {
            step.summary = QCoreApplication::translate(
                "core::Planner", "Watch what users get for %n probe(s)", nullptr, s.monitorProbes);
            step.actions << Tr::tr("GET %1 %2 times, every %3 s: healthy, slot %4, version %5; a failure "
                                   "rolls back to %6")
                                .arg(router->publicHealthUrl().toString())
                                .arg(s.monitorProbes)
                                .arg(s.monitorIntervalMs / 1000.0)
                                .arg(plan.toSlot, plan.version, plan.fromSlot);
        } else if (step.name == QLatin1String(step::kFinalize)) {
            step.summary =
                Tr::tr("Record %1 live and keep %2 as hot standby").arg(plan.toSlot, plan.fromSlot);
            step.actions
                << Tr::tr("mark %1 live (%2) and %3 standby").arg(plan.toSlot, plan.version, plan.fromSlot)
                << Tr::tr("release the deploy lock of %1").arg(env->name);
        }
    }
    return {};
}

Result<QList<InterruptedDeployment>> Planner::interrupted() const
{
    auto running = m_workspace.deployments().withStatus(DeploymentStatus::Running);
    if (!running.ok())
        return running.error();
    QList<InterruptedDeployment> out;
    for (const Deployment &d : *running) {
        auto lock = m_workspace.deployments().lock(d.environmentId);
        if (!lock.ok())
            return lock.error();
        const bool held = *lock && (*lock)->deploymentId == d.id && ProcessIdentity::isAlive((*lock)->holder);
        if (!held)
            out << InterruptedDeployment{d, d.currentStep};
    }
    return out;
}

} // namespace core
