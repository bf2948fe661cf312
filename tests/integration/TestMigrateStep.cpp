// The engine's migrate step end to end: a real workspace and nginx sandbox (EngineFixture), an
// environment bound to a real PostgreSQL database (SWITCHYARD_TEST_PG), the password in the real
// keyring (scripts/test.sh's D-Bus session). Database first: migrations are applied before any
// code moves, and a failing migration fails the deployment with traffic and slots untouched.
#include <optional>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include "EngineFixture.h"
#include "MigrationTestSupport.h"
#include "TestDatabases.h"
#include "core/engine/MigrationRunner.h"
#include "core/engine/PendingMigrations.h"
#include "core/engine/Planner.h"
#include "core/model/EnvironmentDatabase.h"
#include "core/model/Release.h"
#include "core/policy/ReleaseMigrations.h"
#include "core/secrets/SecretStore.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentDatabaseRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

class TestMigrateStep : public QObject
{
    Q_OBJECT

    QString m_url;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineFixture> m_fixture;

    QString folder(const QString &name, const QList<std::pair<QString, QByteArray>> &files)
    {
        return testsupport::writeMigrationFolder(m_dir->path(), name, files);
    }

    // Registers a release whose migrations are the folder's files (as `release add --migrations`).
    core::Status addRelease(const QString &version, const QString &dir, bool contract = false)
    {
        return testsupport::addReleaseWithMigrations(m_fixture->workspace(), m_fixture->environmentId(),
                                                     version, dir, contract, u"c0ffee"_s + version);
    }

    core::Status bind(const QString &passwordKey = {})
    {
        core::EnvironmentDatabaseRepository repo(m_fixture->workspace().database(),
                                                 m_fixture->workspace().dialect());
        return repo.set(core::EnvironmentDatabase{m_fixture->environmentId(), m_url, passwordKey, 2000});
    }

    // Another tool (or person) applying migrations to the environment's database.
    core::Status applyOutOfBand(const QStringList &files)
    {
        auto runner = core::MigrationRunner::open(m_url, files);
        if (!runner.ok())
            return runner.error();
        auto applied = (*runner)->apply(false);
        if (!applied.ok())
            return applied.error();
        return {};
    }

    struct PlanStepText
    {
        explicit PlanStepText(const core::PlanStep &step)
            : summary(step.summary)
            , actions(step.actions.join(u'\n'))
        {}
        QString summary;
        QString actions;
    };

    QVariantList column(const QString &sql) { return testsupport::queryColumn(m_url, sql); }

    bool exists(const QString &relation) { return testsupport::relationExists(m_url, relation); }

    QStringList stepNames(core::DeploymentId id)
    {
        QStringList names;
        for (const core::StepRecord &r : m_fixture->workspace().deployments().steps(id).value())
            names << u"%1:%2"_s.arg(r.name, core::stepStatusToString(r.status));
        return names;
    }

    QString greenVersion()
    {
        return m_fixture->workspace().environments().slot(m_fixture->environmentId(), u"green"_s)->version;
    }

    core::Status writeSecret(const QString &key, const QByteArray &value)
    {
        core::SecretStore store(QString::fromLatin1(core::kDatabaseSecretService));
        std::optional<core::Status> result;
        store.write(key, value, this, [&result](core::Status s) { result = std::move(s); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 40000))
            return core::Error{u"test.timeout"_s, u"the keyring did not answer"_s, {}};
        return *result;
    }

private Q_SLOTS:
    void init()
    {
        QString why;
        m_url = testsupport::freshPostgresDatabase(&why);
        if (m_url.isEmpty()) {
            if (testsupport::postgresRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        m_dir = std::make_unique<QTemporaryDir>();
        m_fixture = std::make_unique<EngineFixture>();
        auto started = m_fixture->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    }

    void cleanup()
    {
        m_fixture.reset();
        m_dir.reset();
    }

    void migrationsRunBeforeTheCode()
    {
        const QString dir =
            folder(u"v1.3.0"_s,
                   {{u"20240101000000_users.sql"_s,
                     "CREATE TABLE public.users (id bigint PRIMARY KEY, name text);\n"},
                    {u"20240102000000_email.sql"_s, "-- requires: column public.users.email\n"
                                                    "SET lock_timeout = '2s';\n"
                                                    "ALTER TABLE public.users ADD COLUMN email text;\n"}});
        QVERIFY(addRelease(u"v1.3.0"_s, dir).ok());
        QVERIFY(bind().ok());

        core::Planner planner(m_fixture->workspace(), m_fixture->nam());
        auto plan = planner.planDeploy(u"sandbox"_s, u"v1.3.0"_s);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(plan->indexOf(u"migrate"_s), 1);
        QCOMPARE(plan->indexOf(u"deploy-standby"_s), 2);
        const QString actions = plan->steps.at(1).actions.join(u'\n');
        QVERIFY2(actions.contains(u"20240101000000_users.sql"_s), qPrintable(actions));
        QVERIFY2(actions.contains(u"20240102000000_email.sql unless applied"_s), qPrintable(actions));
        QVERIFY2(actions.contains(u"expand · 2 statement(s) in one transaction"_s), qPrintable(actions));
        QVERIFY2(actions.contains(u"lock_timeout 2000 ms"_s), qPrintable(actions));
        QVERIFY(!plan->contract);
        // The digest covers the migrations: the same plan without them differs.
        core::Plan without = *plan;
        without.steps.removeAt(1);
        QVERIFY(without.digest() != plan->digest());

        core::DeploymentId id = 0;
        auto deployed = m_fixture->deploy(u"v1.3.0"_s, &id);
        QVERIFY2(deployed.ok(), qPrintable(deployed.ok() ? QString() : deployed.error().toString()));
        QCOMPARE(stepNames(id),
                 (QStringList{u"preflight:succeeded"_s, u"migrate:succeeded"_s, u"deploy-standby:succeeded"_s,
                              u"verify-standby:succeeded"_s, u"switch:succeeded"_s, u"monitor:succeeded"_s,
                              u"finalize:succeeded"_s}));
        const QList<core::StepRecord> records = m_fixture->workspace().deployments().steps(id).value();
        QVERIFY(records.at(1).finishedAt <= records.at(2).startedAt);
        QVERIFY(exists(u"public.users"_s));
        QCOMPARE(column(u"SELECT version FROM supabase_migrations.schema_migrations ORDER BY version"_s),
                 (QVariantList{u"20240101000000"_s, u"20240102000000"_s}));
        QStringList migrateLog;
        for (const core::LogLine &l : m_fixture->workspace().deployments().log(id).value()) {
            if (l.step == u"migrate")
                migrateLog << l.line;
        }
        QVERIFY2(migrateLog.join(u'\n').contains(u"Applied 20240102000000_email.sql"_s),
                 qPrintable(migrateLog.join(u'\n')));
        QVERIFY2(migrateLog.join(u'\n').contains(u"Verified: column public.users.email"_s),
                 qPrintable(migrateLog.join(u'\n')));
        QCOMPARE(m_fixture->servedByThroughRouter(), u"green"_s);
        QCOMPARE(greenVersion(), u"v1.3.0"_s);
    }

    // The plan lists what the database still needs, in order, with each file's transaction mode,
    // and its digest covers that list. If the database changes before the migrate step runs, the
    // step applies nothing and says the plan (and so its approvals) is out of date.
    void planListsPendingMigrationsAndMigrateStopsOnDrift()
    {
        const QString dir = folder(
            u"v1.3.0"_s, {{u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id bigint);\n"},
                          {u"20240102000000_orders.sql"_s, "CREATE TABLE public.orders (id bigint);\n"},
                          {u"20240103000000_index.sql"_s,
                           "CREATE INDEX CONCURRENTLY users_id_idx ON public.users (id);\n"}});
        QVERIFY(addRelease(u"v1.3.0"_s, dir).ok());
        QVERIFY(bind().ok());
        const QString users = dir + u"/20240101000000_users.sql"_s;
        const QString orders = dir + u"/20240102000000_orders.sql"_s;
        QVERIFY(applyOutOfBand({users}).ok());

        auto pending = core::PendingMigrations::read(m_fixture->workspace(), u"sandbox"_s, u"v1.3.0"_s, {});
        QVERIFY2(pending.ok(), qPrintable(pending.ok() ? QString() : pending.error().toString()));
        QVERIFY(pending->has_value());
        const QStringList expected{u"20240102000000_orders.sql"_s, u"20240103000000_index.sql"_s};
        QCOMPARE((*pending)->fileNames(), expected);
        QCOMPARE((*pending)->alreadyApplied, 1);

        core::Planner planner(m_fixture->workspace(), m_fixture->nam());
        planner.setPendingMigrations(*pending);
        auto plan = planner.planDeploy(u"sandbox"_s, u"v1.3.0"_s);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(plan->pendingMigrations, std::optional<QStringList>(expected));
        const PlanStepText step{plan->steps.at(plan->indexOf(u"migrate"_s))};
        QVERIFY2(step.summary.contains(u"apply 2 pending migration(s) of v1.3.0"_s),
                 qPrintable(step.summary));
        QVERIFY2(!step.actions.contains(u"20240101000000_users.sql"_s), qPrintable(step.actions));
        QVERIFY2(!step.actions.contains(u"unless applied"_s), qPrintable(step.actions));
        QVERIFY2(step.actions.contains(u"(1 already applied)"_s), qPrintable(step.actions));
        const qsizetype first = step.actions.indexOf(u"apply 20240102000000_orders.sql (sha256"_s);
        const qsizetype second = step.actions.indexOf(u"apply 20240103000000_index.sql (sha256"_s);
        QVERIFY2(first > 0 && second > first, qPrintable(step.actions));
        QVERIFY2(step.actions.contains(u"1 statement(s) in one transaction"_s), qPrintable(step.actions));
        QVERIFY2(step.actions.contains(u"1 statement(s) one by one"_s), qPrintable(step.actions));
        // The digest covers the pending list: another database state is another plan.
        core::Plan other = *plan;
        other.pendingMigrations->removeFirst();
        QVERIFY(other.digest() != plan->digest());
        auto restored = core::Plan::fromJson(plan->toJson());
        QVERIFY(restored.ok());
        QCOMPARE(restored->pendingMigrations, plan->pendingMigrations);
        QCOMPARE(restored->digest(), plan->digest());

        // Meanwhile someone applies the next file: the stale plan's migrate step stops.
        QVERIFY(applyOutOfBand({users, orders}).ok());
        core::DeploymentId id = 0;
        auto stale = m_fixture->run(*plan, &id);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().message.contains(u"The database changed since the plan was made"_s),
                 qPrintable(stale.error().message));
        QVERIFY2(stale.error().message.contains(u"approvals are void"_s), qPrintable(stale.error().message));
        QCOMPARE(stepNames(id), (QStringList{u"preflight:succeeded"_s, u"migrate:failed"_s}));
        QVERIFY(!exists(u"public.users_id_idx"_s));
        QCOMPARE(greenVersion(), u"v1.1.0"_s);
        QCOMPARE(m_fixture->liveSlot(), u"blue"_s);

        // Planned again, it applies what is pending now.
        auto deployed = m_fixture->deploy(u"v1.3.0"_s, &id);
        QVERIFY2(deployed.ok(), qPrintable(deployed.ok() ? QString() : deployed.error().toString()));
        QVERIFY(exists(u"public.users_id_idx"_s));
        QCOMPARE(column(u"SELECT version FROM supabase_migrations.schema_migrations ORDER BY version"_s),
                 (QVariantList{u"20240101000000"_s, u"20240102000000"_s, u"20240103000000"_s}));
        QCOMPARE(greenVersion(), u"v1.3.0"_s);
    }

    void failingMigrationFailsTheDeploymentBeforeCodeMoves()
    {
        const QString dir = folder(
            u"v1.3.0"_s, {{u"20240101000000_ok.sql"_s, "CREATE TABLE public.orders (id bigint);\n"},
                          {u"20240102000000_bad.sql"_s, "CREATE TABLE public.items (id bigint);\n"
                                                        "INSERT INTO public.no_such_table VALUES (1);\n"}});
        QVERIFY(addRelease(u"v1.3.0"_s, dir).ok());
        QVERIFY(bind().ok());
        core::DeploymentId id = 0;
        auto deployed = m_fixture->deploy(u"v1.3.0"_s, &id);
        QVERIFY(!deployed.ok());
        const QString message = deployed.error().message;
        QVERIFY2(message.contains(u"Step migrate failed"_s), qPrintable(message));
        QVERIFY2(message.contains(u"INSERT INTO public.no_such_table VALUES (1)"_s), qPrintable(message));
        QVERIFY2(message.contains(u"relation \"public.no_such_table\" does not exist"_s),
                 qPrintable(message));

        const core::Deployment d = m_fixture->workspace().deployments().get(id).value();
        QCOMPARE(d.status, core::DeploymentStatus::Failed);
        QCOMPARE(d.currentStep, u"migrate"_s);
        QCOMPARE(stepNames(id), (QStringList{u"preflight:succeeded"_s, u"migrate:failed"_s}));
        const QString journal = m_fixture->workspace().deployments().steps(id)->at(1).message;
        QVERIFY2(journal.contains(u"20240102000000_bad.sql:2"_s), qPrintable(journal));
        QVERIFY2(journal.contains(u"does not exist"_s), qPrintable(journal));
        // Nothing deployed, traffic not moved; the first file stays applied, the failed one not.
        QCOMPARE(greenVersion(), u"v1.1.0"_s);
        QCOMPARE(m_fixture->liveSlot(), u"blue"_s);
        QCOMPARE(m_fixture->servedByThroughRouter(), u"blue"_s);
        QVERIFY(exists(u"public.orders"_s));
        QVERIFY(!exists(u"public.items"_s));
        QCOMPARE(column(u"SELECT version FROM supabase_migrations.schema_migrations"_s),
                 (QVariantList{u"20240101000000"_s}));
        QVERIFY(!m_fixture->workspace().deployments().lock(m_fixture->environmentId())->has_value());
    }

    void passwordComesFromTheKeychain()
    {
        const QString dir = folder(
            u"v1.3.0"_s, {{u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id bigint);\n"}});
        QVERIFY(addRelease(u"v1.3.0"_s, dir).ok());
        const QString key = u"database/test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(bind(key).ok());
        core::Planner planner(m_fixture->workspace(), m_fixture->nam());
        auto plan = planner.planDeploy(u"sandbox"_s, u"v1.3.0"_s);
        QVERIFY(plan.ok());
        QVERIFY(plan->steps.at(1).actions.join(u'\n').contains(u"keychain entry switchyard/"_s + key));

        // No entry yet: planning with the database's state cannot read it either.
        core::DeploymentId id = 0;
        auto unplanned = m_fixture->deploy(u"v1.3.0"_s, &id);
        QVERIFY(!unplanned.ok());
        QVERIFY2(unplanned.error().message.contains(u"could not be read from the keychain"_s),
                 qPrintable(unplanned.error().message));
        QCOMPARE(id, core::DeploymentId(0));
        // A plan made without it: the migrate step fails, nothing else runs.
        auto missing = m_fixture->run(*plan, &id);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(u"could not be read from the keychain"_s),
                 qPrintable(missing.error().message));
        QCOMPARE(stepNames(id), (QStringList{u"preflight:succeeded"_s, u"migrate:failed"_s}));
        QVERIFY(!exists(u"public.users"_s));
        QCOMPARE(greenVersion(), u"v1.1.0"_s);

        const QByteArray password = "pw-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        auto written = writeSecret(key, password);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        auto deployed = m_fixture->deploy(u"v1.3.0"_s, &id);
        QVERIFY2(deployed.ok(), qPrintable(deployed.ok() ? QString() : deployed.error().toString()));
        QVERIFY(exists(u"public.users"_s));
        // The password never reaches the journal or the log.
        for (const core::LogLine &l : m_fixture->workspace().deployments().log(id).value())
            QVERIFY(!l.line.contains(QString::fromLatin1(password)));
        for (const core::StepRecord &r : m_fixture->workspace().deployments().steps(id).value())
            QVERIFY(!r.message.contains(QString::fromLatin1(password)));
    }

    void expandReleaseWithABreakingMigrationIsRefused()
    {
        const QString dir = folder(u"v1.3.0"_s, {{u"20240101000000_drop.sql"_s,
                                                  "SET lock_timeout = '2s';\n"
                                                  "ALTER TABLE public.users DROP COLUMN nickname;\n"}});
        QVERIFY(addRelease(u"v1.3.0"_s, dir).ok());
        QVERIFY(addRelease(u"v1.4.0"_s, dir, true).ok());
        QVERIFY(bind().ok());
        core::Planner planner(m_fixture->workspace(), m_fixture->nam());
        auto refused = planner.planDeploy(u"sandbox"_s, u"v1.3.0"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"policy.migration_breaking"_s);
        QVERIFY2(refused.error().message.contains(u"20240101000000_drop.sql:2"_s),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"drop-column"_s), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"--contract"_s), qPrintable(refused.error().message));

        auto contract = planner.planDeploy(u"sandbox"_s, u"v1.4.0"_s);
        QVERIFY2(contract.ok(), qPrintable(contract.ok() ? QString() : contract.error().toString()));
        QVERIFY(contract->contract);
        QVERIFY(contract->toJson().value(u"contract"_s).toBool());
        QVERIFY2(contract->steps.at(1).actions.join(u'\n').contains(u"contract ·"_s),
                 qPrintable(contract->steps.at(1).actions.join(u'\n')));
        core::Plan flipped = *contract;
        flipped.contract = false;
        QVERIFY(flipped.digest() != contract->digest());
    }

    void changedMigrationFileIsRefusedAtPlanning()
    {
        const QString dir = folder(
            u"v1.3.0"_s, {{u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id bigint);\n"}});
        QVERIFY(addRelease(u"v1.3.0"_s, dir).ok());
        QVERIFY(bind().ok());
        folder(u"v1.3.0"_s, {{u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id int);\n"}});
        core::Planner planner(m_fixture->workspace(), m_fixture->nam());
        auto plan = planner.planDeploy(u"sandbox"_s, u"v1.3.0"_s);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, u"release.migrations_changed"_s);
        folder(u"v1.3.0"_s, {{u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id bigint);\n"},
                             {u"20240102000000_more.sql"_s, "SELECT 1;\n"}});
        QCOMPARE(planner.planDeploy(u"sandbox"_s, u"v1.3.0"_s).error().code, u"release.migrations_changed"_s);
    }

    void withoutADatabaseThereIsNoMigrateStep()
    {
        const QString dir = folder(
            u"v1.3.0"_s, {{u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id bigint);\n"}});
        QVERIFY(addRelease(u"v1.3.0"_s, dir).ok());
        core::Planner planner(m_fixture->workspace(), m_fixture->nam());
        auto plan = planner.planDeploy(u"sandbox"_s, u"v1.3.0"_s);
        QVERIFY(plan.ok());
        QCOMPARE(plan->indexOf(u"migrate"_s), -1);
        // With a database but a release without migrations: none either.
        QVERIFY(bind().ok());
        plan = planner.planDeploy(u"sandbox"_s, u"v1.2.0"_s);
        QVERIFY(plan.ok());
        QCOMPARE(plan->indexOf(u"migrate"_s), -1);
    }

    void cli()
    {
        const QString bin = qEnvironmentVariable("SWITCHYARD_BIN_DIR") + u"/switchyard"_s;
        if (!QFile::exists(bin))
            QSKIP("the switchyard binary is not built");
        const QString workspace = m_fixture->workspacePath();
        m_fixture->closeWorkspace();
        auto run = [&](const QStringList &args, QByteArray *out, const QByteArray &input = {}) {
            QProcess p;
            p.start(bin, QStringList{u"--workspace"_s, workspace} + args);
            p.write(input);
            p.closeWriteChannel();
            if (!p.waitForFinished(120000))
                return -1;
            *out = p.readAllStandardOutput();
            *out += "\n--stderr--\n" + p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out;
        const QByteArray password = "pw-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QCOMPARE(run({u"env"_s, u"set-database"_s, u"--env"_s, u"sandbox"_s, u"--url"_s,
                      u"postgresql://u:secret@127.0.0.1:1/db"_s},
                     &out),
                 2);
        QVERIFY(!out.contains("secret"));
        QCOMPARE(run({u"env"_s, u"set-database"_s, u"--env"_s, u"sandbox"_s, u"--url"_s, m_url,
                      u"--password-stdin"_s, u"--json"_s},
                     &out, password + "\n"),
                 0);
        QVERIFY(!out.contains(password));
        QCOMPARE(run({u"env"_s, u"show-database"_s, u"--env"_s, u"sandbox"_s, u"--json"_s}, &out), 0);
        QVERIFY(!out.contains(password));
        const QJsonObject shown = QJsonDocument::fromJson(out.left(out.indexOf("\n--stderr--\n"))).object();
        QCOMPARE(shown.value(u"url"_s).toString(), m_url);
        const QString entry = shown.value(u"password_keychain_entry"_s).toString();
        QVERIFY2(entry.startsWith(u"switchyard/database/"_s), qPrintable(entry));

        const QString breaking =
            folder(u"breaking"_s,
                   {{u"20240101000000_drop.sql"_s, "ALTER TABLE public.users DROP COLUMN nickname;\n"}});
        QCOMPARE(
            run({u"release"_s, u"add"_s, u"--version"_s, u"v1.3.0"_s, u"--migrations"_s, breaking}, &out), 3);
        QVERIFY2(out.contains("drop-column"), out.constData());
        const QString good =
            folder(u"good"_s, {{u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id bigint);\n"}});
        QCOMPARE(run({u"release"_s, u"add"_s, u"--version"_s, u"v1.3.0"_s, u"--migrations"_s, good}, &out),
                 0);
        QCOMPARE(run({u"release"_s, u"add"_s, u"--version"_s, u"v1.4.0"_s, u"--migrations"_s, breaking,
                      u"--contract"_s},
                     &out),
                 0);
        QCOMPARE(run({u"deploy"_s, u"--env"_s, u"sandbox"_s, u"--version"_s, u"v1.3.0"_s}, &out), 0);
        QVERIFY(exists(u"public.users"_s));
        QVERIFY(!out.contains(password));
    }

    // `migrations status|apply --env`: the environment's bound database (password from the
    // keychain) and the release's recorded migrations.
    void cliWithEnvironment()
    {
        const QString bin = qEnvironmentVariable("SWITCHYARD_BIN_DIR") + u"/switchyard"_s;
        if (!QFile::exists(bin))
            QSKIP("the switchyard binary is not built");
        const QString good = folder(
            u"v1.3.0"_s, {{u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id bigint);\n"},
                          {u"20240102000000_orders.sql"_s, "CREATE TABLE public.orders (id bigint);\n"}});
        // Bound to a keychain entry that does not exist (yet).
        const QString missingKey = u"database/test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(bind(missingKey).ok());
        const QString workspace = m_fixture->workspacePath();
        m_fixture->closeWorkspace();
        auto run = [&](const QStringList &args, QByteArray *out, const QByteArray &input = {}) {
            QProcess p;
            p.start(bin, QStringList{u"--workspace"_s, workspace} + args);
            p.write(input);
            p.closeWriteChannel();
            if (!p.waitForFinished(120000))
                return -1;
            *out = p.readAllStandardOutput();
            *out += "\n--stderr--\n" + p.readAllStandardError();
            return p.exitCode();
        };
        auto json = [](const QByteArray &out) {
            return QJsonDocument::fromJson(out.left(out.indexOf("\n--stderr--\n")));
        };
        QByteArray out;
        // No release with migrations yet.
        QCOMPARE(run({u"migrations"_s, u"status"_s, u"--env"_s, u"sandbox"_s}, &out), 2);
        QVERIFY2(out.contains("has migrations"), out.constData());
        QCOMPARE(run({u"release"_s, u"add"_s, u"--version"_s, u"v1.3.0"_s, u"--migrations"_s, good}, &out),
                 0);
        // The password cannot be read: nothing is touched.
        QCOMPARE(run({u"migrations"_s, u"apply"_s, u"--env"_s, u"sandbox"_s}, &out), 1);
        QVERIFY2(out.contains("could not be read from the keychain"), out.constData());
        QVERIFY(!exists(u"public.users"_s));
        // --env excludes --database/--dir; an unknown environment or release is bad input.
        QCOMPARE(run({u"migrations"_s, u"status"_s, u"--env"_s, u"sandbox"_s, u"--dir"_s, good}, &out), 2);
        QCOMPARE(run({u"migrations"_s, u"status"_s, u"--env"_s, u"nowhere"_s}, &out), 2);
        QVERIFY(run({u"migrations"_s, u"status"_s, u"--env"_s, u"sandbox"_s, u"--release"_s, u"v9.9.9"_s},
                    &out) != 0);

        const QByteArray password = "pw-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QCOMPARE(run({u"env"_s, u"set-database"_s, u"--env"_s, u"sandbox"_s, u"--url"_s, m_url,
                      u"--password-stdin"_s, u"--lock-timeout"_s, u"1500"_s},
                     &out, password + "\n"),
                 0);
        QCOMPARE(run({u"migrations"_s, u"status"_s, u"--env"_s, u"sandbox"_s, u"--json"_s}, &out), 0);
        QVERIFY(!out.contains(password));
        QJsonArray rows = json(out).array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &row : rows)
            QCOMPARE(row[u"state"_s].toString(), u"pending"_s);
        QCOMPARE(
            run({u"migrations"_s, u"apply"_s, u"--env"_s, u"sandbox"_s, u"--dry-run"_s, u"--json"_s}, &out),
            0);
        QCOMPARE(json(out).object().value(u"plan"_s).toArray().size(), 2);
        QVERIFY(!exists(u"public.users"_s));
        QCOMPARE(run({u"migrations"_s, u"apply"_s, u"--env"_s, u"sandbox"_s, u"--json"_s}, &out), 0);
        QVERIFY(!out.contains(password));
        QCOMPARE(json(out).object().value(u"applied"_s).toArray().size(), 2);
        QVERIFY(exists(u"public.users"_s));
        QVERIFY(exists(u"public.orders"_s));
        QCOMPARE(run({u"migrations"_s, u"status"_s, u"--env"_s, u"sandbox"_s, u"--release"_s, u"v1.3.0"_s,
                      u"--json"_s},
                     &out),
                 0);
        rows = json(out).array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &row : rows) {
            QCOMPARE(row[u"state"_s].toString(), u"applied"_s);
            QCOMPARE(row[u"checksum"_s].toString(), u"match"_s);
        }
        // The --database/--dir form still works on the same database.
        QCOMPARE(run({u"migrations"_s, u"status"_s, u"--database"_s, m_url, u"--dir"_s, good}, &out), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrateStep)
#include "TestMigrateStep.moc"
