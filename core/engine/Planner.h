#pragma once

#include <optional>

#include "core/Result.h"
#include "core/engine/PendingMigrations.h"
#include "core/engine/Plan.h"
#include "core/model/Deployment.h"

class QNetworkAccessManager;

namespace core {

class Workspace;
struct Environment;
struct Release;

// A deployment found `running` whose process is gone (crashed, killed, machine restarted).
struct InterruptedDeployment
{
    Deployment deployment;
    QString step; // the step it was in
};

// Builds plans from the workspace: which slot is live, which is standby, what each step will do.
// Planning changes nothing.
class Planner
{
public:
    Planner(Workspace &workspace, QNetworkAccessManager *nam)
        : m_workspace(workspace)
        , m_nam(nam)
    {}

    Result<Plan> planDeploy(const QString &environmentName, const QString &version) const;
    // What the environment's database still needs (PendingMigrations::read, done by the caller:
    // planning itself does no network I/O). With it the migrate step lists only the pending files
    // and the plan records them, so the migrate step stops if the database changed meanwhile.
    // Without it the step lists every migration of the release ("unless applied") and no such
    // check is made.
    void setPendingMigrations(std::optional<PendingMigrations> pending) { m_pending = std::move(pending); }
    // Rolls back the environment: to the slot that was live before an interrupted deployment if
    // there is one, else to the standby slot (the previous live one) and the version it runs.
    Result<Plan> planRollback(const QString &environmentName) const;
    // Rolls back one deployment: traffic back to its from-slot.
    Result<Plan> planRollbackOf(const Deployment &deployment) const;

    Result<QList<InterruptedDeployment>> interrupted() const;

private:
    Status describeSteps(Plan &plan) const;
    // The migrate step, when the environment has a database and the release has migrations;
    // refuses an expand release whose migrations break old code ("policy.migration_breaking").
    Result<std::optional<PlanStep>> migrateStep(const Environment &env, const Release &release) const;

    Workspace &m_workspace;
    QNetworkAccessManager *m_nam;
    std::optional<PendingMigrations> m_pending;
};

} // namespace core
