#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QString>

#include "core/Result.h"
#include "core/engine/MigrationRunner.h"

namespace core {

class Workspace;

// What an environment's database still needs of a release's migrations, read when planning: the
// pending files in version order with their transaction mode, and how many are applied already.
// The planner lists exactly these in the migrate step and in Plan::pendingMigrations, so the plan
// digest (what approvers sign) covers what will actually run.
struct PendingMigrations
{
    QList<MigrationRunner::Step> steps;
    int alreadyApplied = 0;

    [[nodiscard]] QStringList fileNames() const;

    // Gives the password of a keychain entry (called only when the database has one).
    using PasswordReader = std::function<Result<QString>(const QString &passwordKey)>;

    // A dry run of the runner over the release's migrations against the environment's bound
    // database: it refuses what apply would refuse (a changed or out-of-order file). Nothing when
    // the environment has no database or the release no migrations. Blocks on the network: use it
    // from the CLI, a test or a worker thread.
    [[nodiscard]] static Result<std::optional<PendingMigrations>> read(Workspace &workspace,
                                                                       const QString &environmentName,
                                                                       const QString &version,
                                                                       const PasswordReader &password);
};

} // namespace core
