#include "PendingMigrations.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "core/model/Release.h"
#include "core/policy/ReleaseMigrations.h"
#include "core/store/EnvironmentDatabaseRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/Workspace.h"

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::PendingMigrations)
};

} // namespace

QStringList PendingMigrations::fileNames() const
{
    QStringList names;
    for (const MigrationRunner::Step &step : steps)
        names << QFileInfo(step.file).fileName();
    return names;
}

Result<std::optional<PendingMigrations>> PendingMigrations::read(Workspace &workspace,
                                                                 const QString &environmentName,
                                                                 const QString &version,
                                                                 const PasswordReader &password)
{
    auto env = workspace.environments().byName(environmentName);
    if (!env.ok())
        return env.error();
    auto release = workspace.releases().byVersion(env->serviceId, version);
    if (!release.ok())
        return release.error();
    auto database = EnvironmentDatabaseRepository(workspace.database(), workspace.dialect()).get(env->id);
    if (!database.ok())
        return database.error();
    if (!*database || release->migrations.isEmpty())
        return std::optional<PendingMigrations>();
    auto migrations = ReleaseMigrations::inspect(*release);
    if (!migrations.ok())
        return migrations.error();
    QStringList files;
    for (const ReleaseMigrations::Entry &e : migrations->entries())
        files << e.path;
    const EnvironmentDatabase &db = **database;
    MigrationRunner::Options options;
    options.lockTimeoutMs = db.lockTimeoutMs;
    if (!db.passwordKey.isEmpty()) {
        auto secret = password(db.passwordKey);
        if (!secret.ok()) {
            Error error = secret.error();
            error.message = Tr::tr("The password of %1 could not be read from the keychain: %2")
                                .arg(db.url, error.message);
            return error;
        }
        options.password = *secret;
    }
    auto runner = MigrationRunner::open(db.url, files, std::move(options));
    if (!runner.ok())
        return runner.error();
    auto dryRun = (*runner)->apply(true);
    if (!dryRun.ok())
        return dryRun.error();
    PendingMigrations pending;
    pending.steps = dryRun->steps;
    pending.alreadyApplied = dryRun->alreadyApplied;
    return std::optional<PendingMigrations>(pending);
}

} // namespace core
