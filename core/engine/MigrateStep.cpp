#include "MigrateStep.h"

#include <memory>

#include <QCoreApplication>
#include <QThread>

#include "core/engine/MigrationRunner.h"
#include "core/engine/StepContext.h"
#include "core/model/Release.h"
#include "core/policy/ReleaseMigrations.h"
#include "core/secrets/SecretStore.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentDatabaseRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

MigrateStep::~MigrateStep()
{
    // The worker owns a database connection: let it finish before the step goes.
    if (m_thread)
        m_thread->wait();
}

void MigrateStep::run(StepContext &context, Done done)
{
    const Plan &plan = context.plan();
    if (!plan.releaseId) {
        done(Error{u"plan.invalid"_s, tr("The plan names no release whose migrations could run."), {}});
        return;
    }
    auto release = context.workspace().releases().get(*plan.releaseId);
    if (!release.ok()) {
        done(release.error());
        return;
    }
    auto migrations = ReleaseMigrations::inspect(*release);
    if (!migrations.ok()) {
        done(migrations.error());
        return;
    }
    if (auto refused = migrations->refuseBreaking(release->version); !refused.ok()) {
        done(refused);
        return;
    }
    auto database =
        EnvironmentDatabaseRepository(context.workspace().database(), context.workspace().dialect())
            .get(plan.environmentId);
    if (!database.ok()) {
        done(database.error());
        return;
    }
    if (!*database) {
        done(Error{u"config.database"_s,
                   tr("Environment %1 has no database to migrate any more (switchyard env set-database).")
                       .arg(plan.environment),
                   {}});
        return;
    }
    QStringList files;
    for (const ReleaseMigrations::Entry &e : migrations->entries())
        files << e.path;
    const EnvironmentDatabase db = **database;
    if (db.passwordKey.isEmpty()) {
        apply(context, db, files, QString(), std::move(done));
        return;
    }
    context.log(tr("Reading the password of %1 from the keychain…").arg(db.url));
    auto *secrets = new SecretStore(QString::fromLatin1(kDatabaseSecretService), this);
    secrets->read(db.passwordKey, this,
                  [this, &context, db, files, done, secrets](Result<QByteArray> password) {
                      secrets->deleteLater();
                      if (!password.ok()) {
                          Error error = password.error();
                          error.message = tr("The password of %1 could not be read from the keychain: %2")
                                              .arg(db.url, error.message);
                          done(error);
                          return;
                      }
                      apply(context, db, files, QString::fromUtf8(*password), done);
                  });
}

void MigrateStep::apply(StepContext &context,
                        const EnvironmentDatabase &database,
                        const QStringList &files,
                        const QString &password,
                        Done done)
{
    auto outcome = std::make_shared<Status>();
    QPointer<MigrateStep> self(this);
    StepContext *ctx = &context;
    auto progress = [self, ctx](const QString &line) {
        // Called on the worker thread: log on the step's thread.
        QMetaObject::invokeMethod(
            self.data(),
            [self, ctx, line] {
                if (self)
                    ctx->log(line);
            },
            Qt::QueuedConnection);
    };
    const std::optional<QStringList> expected = context.plan().pendingMigrations;
    // A later attempt of this step (resume after a crash or a failure) may find the planned files'
    // head applied by the earlier attempt; the runner accepts exactly that and nothing else.
    bool resuming = false;
    if (auto records = context.workspace().deployments().steps(context.deployment().id); records.ok()) {
        for (const StepRecord &r : *records)
            resuming = resuming || (r.name == QLatin1String(step::kMigrate) && r.attempt > 1);
    }
    QThread *thread = QThread::create([database, files, password, outcome, progress, expected, resuming] {
        MigrationRunner::Options options;
        options.expectedPending = expected;
        options.resumingPlan = resuming;
        options.lockTimeoutMs = database.lockTimeoutMs;
        options.password = password;
        options.progress = progress;
        auto runner = MigrationRunner::open(database.url, files, std::move(options));
        if (!runner.ok()) {
            *outcome = runner.error();
            return;
        }
        auto report = (*runner)->apply(false);
        if (!report.ok()) {
            *outcome = report.error();
            return;
        }
        if (!report->verified.isEmpty())
            progress(QCoreApplication::translate("core::MigrateStep", "Verified: %1")
                         .arg(report->verified.join(u", "_s)));
    });
    m_thread = thread;
    connect(thread, &QThread::finished, this, [thread, outcome, done] {
        thread->deleteLater();
        done(*outcome);
    });
    context.log(tr("Migrating %1: %n file(s) in the release.", nullptr, static_cast<int>(files.size()))
                    .arg(database.url));
    thread->start();
}

} // namespace core
