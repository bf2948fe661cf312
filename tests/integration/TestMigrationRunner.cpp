// core::MigrationRunner against a real PostgreSQL server (SWITCHYARD_TEST_PG): a fresh database per
// test, migration files in a temporary folder, the Supabase CLI's bookkeeping table checked directly.
#include <thread>

#include <QDir>
#include <QElapsedTimer>
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

#include "MigrationTestSupport.h"
#include "TestDatabases.h"
#include "core/engine/MigrationRunner.h"

using namespace Qt::StringLiterals;
using core::MigrationRunner;

class TestMigrationRunner : public QObject
{
    Q_OBJECT

    QString m_url;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString write(const QString &fileName, const QByteArray &sql)
    {
        const QString path = m_dir->filePath(fileName);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(sql);
        return path;
    }

    std::unique_ptr<MigrationRunner> runner(MigrationRunner::Options options = MigrationRunner::Options{})
    {
        auto opened = MigrationRunner::open(m_url, MigrationRunner::migrationFiles(m_dir->path()), options);
        if (!opened.ok()) {
            qWarning() << opened.error().toString();
            return {};
        }
        return std::move(opened).value();
    }

    // The first column of every row of a read-only check query, on a connection of its own.
    QVariantList column(const QString &sql) { return testsupport::queryColumn(m_url, sql); }

    bool exists(const QString &relation) { return testsupport::relationExists(m_url, relation); }

    QStringList appliedVersions()
    {
        if (!exists(u"supabase_migrations.schema_migrations"_s))
            return {};
        QStringList out;
        for (const QVariant &v :
             column(u"SELECT version FROM supabase_migrations.schema_migrations ORDER BY version"_s))
            out.append(v.toString());
        return out;
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
        QVERIFY(m_dir->isValid());
    }

    void applyRecordsLikeTheSupabaseCli()
    {
        write(u"20240101120000_add_users.sql"_s,
              "-- users\nCREATE TABLE public.users (id bigint PRIMARY KEY, email text);\n\n"
              "CREATE INDEX users_email_idx ON public.users (email);\n");
        write(u"20240102120000_add_posts.sql"_s,
              "CREATE TABLE public.posts (id bigint PRIMARY KEY, user_id bigint REFERENCES public.users);\n");
        auto r = runner();
        QVERIFY(r);
        auto report = r->apply(false);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->steps.size(), 2);
        QVERIFY(report->steps.at(0).inTransaction);
        QCOMPARE(report->steps.at(0).statements, 2);
        QVERIFY(exists(u"public.users"_s));
        QVERIFY(exists(u"public.posts"_s));

        QCOMPARE(appliedVersions(), (QStringList{u"20240101120000"_s, u"20240102120000"_s}));
        QCOMPARE(column(u"SELECT name FROM supabase_migrations.schema_migrations ORDER BY version"_s),
                 (QVariantList{u"add_users"_s, u"add_posts"_s}));
        QCOMPARE(column(u"SELECT array_length(statements, 1) FROM supabase_migrations.schema_migrations "
                        u"ORDER BY version"_s),
                 (QVariantList{2, 1}));
        QCOMPARE(column(u"SELECT statements[2] FROM supabase_migrations.schema_migrations WHERE version = "
                        u"'20240101120000'"_s)
                     .value(0)
                     .toString(),
                 u"CREATE INDEX users_email_idx ON public.users (email)"_s);
        QCOMPARE(
            column(
                u"SELECT count(*) FROM supabase_migrations.switchyard_checksums WHERE length(sha256) = 64"_s)
                .value(0)
                .toInt(),
            2);

        auto status = r->status();
        QVERIFY(status.ok());
        QCOMPARE(status->size(), 2);
        for (const MigrationRunner::FileStatus &s : *status) {
            QVERIFY(s.applied);
            QCOMPARE(s.checksum, MigrationRunner::Checksum::Match);
        }
    }

    void resumedPlanAcceptsOnlyItsOwnAppliedHead()
    {
        const QString users =
            write(u"20240101120000_users.sql"_s, "CREATE TABLE public.users (id bigint);\n");
        write(u"20240102120000_orders.sql"_s, "CREATE TABLE public.orders (id bigint);\n");
        const QStringList planned{u"20240101120000_users.sql"_s, u"20240102120000_orders.sql"_s};
        {
            // The earlier attempt applied the first planned file, then stopped.
            auto first = MigrationRunner::open(m_url, {users}, MigrationRunner::Options{});
            QVERIFY(first.ok());
            QVERIFY((*first)->apply(false).ok());
        }
        for (const bool resuming : {false, true}) {
            MigrationRunner::Options options;
            options.expectedPending = planned;
            options.resumingPlan = resuming;
            QStringList said;
            options.progress = [&said](const QString &line) { said << line; };
            auto r = runner(options);
            QVERIFY(r);
            auto report = r->apply(false);
            if (!resuming) {
                // A fresh run of that plan: the database is not what the plan saw.
                QVERIFY(!report.ok());
                QCOMPARE(report.error().code, u"migration.plan_drift"_s);
                QVERIFY(!exists(u"public.orders"_s));
                continue;
            }
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
            QCOMPARE(report->steps.size(), 1);
            QVERIFY2(
                said.join(u'\n').contains(u"1 planned migration(s) were applied by the earlier attempt"_s),
                qPrintable(said.join(u'\n')));
            QVERIFY(exists(u"public.orders"_s));
        }
        // Resuming with a list that is not a head of the plan is still drift.
        write(u"20240103120000_items.sql"_s, "CREATE TABLE public.items (id bigint);\n");
        MigrationRunner::Options options;
        options.expectedPending = planned;
        options.resumingPlan = true;
        auto r = runner(options);
        QVERIFY(r);
        auto drift = r->apply(false);
        QVERIFY(!drift.ok());
        QCOMPARE(drift.error().code, u"migration.plan_drift"_s);
        QVERIFY(!exists(u"public.items"_s));
    }

    void reapplyDoesNothing()
    {
        write(u"20240101120000_add_users.sql"_s, "CREATE TABLE public.users (id bigint PRIMARY KEY);\n");
        {
            auto r = runner();
            QVERIFY(r);
            QVERIFY(r->apply(false).ok());
        }
        const QVariantList before =
            column(u"SELECT applied_at::text FROM supabase_migrations.switchyard_checksums"_s);
        auto r = runner();
        QVERIFY(r);
        auto again = r->apply(false);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QVERIFY(again->steps.isEmpty());
        QCOMPARE(again->alreadyApplied, 1);
        QCOMPARE(appliedVersions(), QStringList{u"20240101120000"_s});
        QCOMPARE(column(u"SELECT applied_at::text FROM supabase_migrations.switchyard_checksums"_s), before);
    }

    void failingMigrationStopsAndRollsBack()
    {
        write(u"20240101000000_ok.sql"_s, "CREATE TABLE public.first (id int);\n");
        const QString bad =
            write(u"20240102000000_bad.sql"_s, "CREATE TABLE public.second (id int);\n"
                                               "INSERT INTO public.second VALUES (1);\n"
                                               "INSERT INTO public.no_such_table VALUES (1);\n");
        write(u"20240103000000_later.sql"_s, "CREATE TABLE public.third (id int);\n");
        auto r = runner();
        QVERIFY(r);
        auto report = r->apply(false);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, u"migration.failed"_s);
        const QString message = report.error().message;
        QVERIFY2(message.contains(bad + u":3:"_s), qPrintable(message));
        QVERIFY2(message.contains(u"INSERT INTO public.no_such_table VALUES (1)"_s), qPrintable(message));
        QVERIFY2(message.contains(u"relation \"public.no_such_table\" does not exist"_s),
                 qPrintable(message));
        QVERIFY(exists(u"public.first"_s));
        QVERIFY(!exists(u"public.second"_s));
        QVERIFY(!exists(u"public.third"_s));
        QCOMPARE(appliedVersions(), QStringList{u"20240101000000"_s});
        // The lock was released: another run gets it at once (and fails the same way).
        MigrationRunner::Options quick;
        quick.lockWaitMs = 0;
        auto other = runner(quick);
        QVERIFY(other);
        QCOMPARE(other->apply(false).error().code, u"migration.failed"_s);
    }

    void changedFileIsRefusedBeforeAnythingRuns()
    {
        const QString first = write(u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id int);\n");
        {
            auto r = runner();
            QVERIFY(r);
            QVERIFY(r->apply(false).ok());
        }
        write(u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id int, email text);\n");
        write(u"20240102000000_posts.sql"_s, "CREATE TABLE public.posts (id int);\n");
        auto r = runner();
        QVERIFY(r);
        for (const bool dryRun : {true, false}) {
            auto report = r->apply(dryRun);
            QVERIFY(!report.ok());
            QCOMPARE(report.error().code, u"migration.changed"_s);
            QVERIFY2(report.error().message.contains(first), qPrintable(report.error().message));
        }
        QVERIFY(!exists(u"public.posts"_s));
        QCOMPARE(appliedVersions(), QStringList{u"20240101000000"_s});
        auto status = r->status();
        QVERIFY(status.ok());
        QCOMPARE(status->at(0).checksum, MigrationRunner::Checksum::Changed);
        QVERIFY(!status->at(1).applied);
    }

    // Chosen behaviour: the second runner waits up to lockWaitMs, then fails with migration.locked.
    void secondRunnerFailsWithLockError()
    {
        write(u"20240101000000_slow.sql"_s, "CREATE TABLE public.slow (id int);\nSELECT pg_sleep(2);\n");
        QString firstError = u"not run"_s;
        std::thread first([this, &firstError] {
            auto opened = MigrationRunner::open(m_url, MigrationRunner::migrationFiles(m_dir->path()));
            if (!opened.ok()) {
                firstError = opened.error().toString();
                return;
            }
            auto report = (*opened)->apply(false);
            firstError = report.ok() ? QString() : report.error().toString();
        });
        const QString held =
            u"SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
            u"WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()"_s;
        QElapsedTimer waited;
        waited.start();
        while (column(held).value(0).toInt() == 0 && waited.elapsed() < 5000)
            QThread::msleep(20);
        const bool sawLock = column(held).value(0).toInt() > 0;

        MigrationRunner::Options options;
        options.lockWaitMs = 300;
        QStringList progress;
        options.progress = [&progress](const QString &line) { progress.append(line); };
        auto second = runner(options);
        QElapsedTimer timer;
        timer.start();
        auto report =
            second ? second->apply(false) : core::Result<MigrationRunner::ApplyReport>(core::Error{});
        const qint64 elapsed = timer.elapsed();
        first.join();

        QVERIFY(sawLock);
        QVERIFY(second);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, u"migration.locked"_s);
        QVERIFY2(report.error().message.contains(u"Another migration run holds the migration lock"_s),
                 qPrintable(report.error().message));
        QVERIFY2(elapsed >= 300, qPrintable(QString::number(elapsed)));
        QVERIFY(progress.join(u'\n').contains(u"Waiting for another migration run"_s));
        QVERIFY2(firstError.isEmpty(), qPrintable(firstError));

        auto after = second->apply(false);
        QVERIFY(after.ok());
        QVERIFY(after->steps.isEmpty());
        QCOMPARE(appliedVersions(), QStringList{u"20240101000000"_s});
    }

    void concurrentlyRunsStatementByStatement()
    {
        write(u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id int, email text);\n");
        write(u"20240102000000_index.sql"_s,
              "SET lock_timeout = '2s';\n"
              "CREATE INDEX CONCURRENTLY users_email_idx ON public.users (email);\n");
        MigrationRunner::Options options;
        QStringList progress;
        options.progress = [&progress](const QString &line) { progress.append(line); };
        auto r = runner(options);
        QVERIFY(r);
        auto plan = r->apply(true);
        QVERIFY(plan.ok());
        QCOMPARE(plan->steps.size(), 2);
        QVERIFY(plan->steps.at(0).inTransaction);
        QVERIFY(!plan->steps.at(1).inTransaction);
        QVERIFY2(
            plan->steps.at(1).outsideTransactionReason.contains(u"line 2 holds CREATE INDEX CONCURRENTLY"_s),
            qPrintable(plan->steps.at(1).outsideTransactionReason));
        QVERIFY(progress.join(u'\n').contains(u"one by one"_s));

        auto report = r->apply(false);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(column(u"SELECT indexname FROM pg_indexes WHERE indexname = 'users_email_idx'"_s).size(), 1);
        QCOMPARE(appliedVersions(), (QStringList{u"20240101000000"_s, u"20240102000000"_s}));
    }

    void verificationChecksRequirements()
    {
        write(u"20240101000000_users.sql"_s,
              "-- requires: table public.users\n"
              "-- requires: column users.email\n"
              "-- requires: function public.get_user\n"
              "CREATE TABLE public.users (id int, email text);\n"
              "CREATE FUNCTION public.get_user(int) RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$;\n");
        {
            auto r = runner();
            QVERIFY(r);
            auto report = r->apply(false);
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
            QCOMPARE(report->verified, (QStringList{u"table public.users"_s, u"column public.users.email"_s,
                                                    u"function public.get_user"_s}));
        }
        write(u"20240102000000_profiles.sql"_s, "-- requires: column public.users.nickname\n"
                                                "-- requires: function public.get_profile\n"
                                                "-- requires: table public.profiles\n"
                                                "CREATE TABLE public.profiles (id int);\n");
        auto r = runner();
        QVERIFY(r);
        auto report = r->apply(false);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, u"migration.verify"_s);
        const QString message = report.error().message;
        QVERIFY2(message.contains(u"column public.users.nickname (20240102000000_profiles.sql:1)"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"function public.get_profile"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"table public.profiles"_s), qPrintable(message));
        // Checked inside the migration's transaction: the failed check left it unapplied.
        QVERIFY2(message.contains(u"nothing of"_s), qPrintable(message));
        QVERIFY(!exists(u"public.profiles"_s));
        QCOMPARE(appliedVersions(), QStringList{u"20240101000000"_s});
    }

    void failedVerificationOfAStatementByStatementFileSaysWhatStayed()
    {
        write(u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id int, email text);\n");
        write(u"20240102000000_index.sql"_s,
              "-- requires: function public.users_by_email\n"
              "CREATE INDEX CONCURRENTLY users_email_idx ON public.users (email);\n");
        auto r = runner();
        QVERIFY(r);
        auto report = r->apply(false);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, u"migration.verify"_s);
        const QString message = report.error().message;
        QVERIFY2(message.contains(u"function public.users_by_email"_s), qPrintable(message));
        QVERIFY2(message.contains(u"stay applied, but it is not recorded as applied"_s), qPrintable(message));
        QCOMPARE(column(u"SELECT indexname FROM pg_indexes WHERE indexname = 'users_email_idx'"_s).size(), 1);
        QCOMPARE(appliedVersions(), QStringList{u"20240101000000"_s});
    }

    void lockTimeoutStopsAStatementThatWaitsForItsLock()
    {
        write(u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id int);\n");
        {
            auto r = runner();
            QVERIFY(r);
            QVERIFY(r->apply(false).ok());
        }
        write(u"20240102000000_email.sql"_s, "ALTER TABLE public.users ADD COLUMN email text;\n");

        // Another session holds a lock on users (as a long transaction of the running app would).
        const QUrl url(m_url);
        const QString holderName = u"lock-holder"_s;
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(u"QPSQL"_s, holderName);
            holder.setHostName(url.host());
            holder.setPort(url.port(5432));
            holder.setUserName(url.userName());
            holder.setDatabaseName(url.path().mid(1));
            QVERIFY2(holder.open(), qPrintable(holder.lastError().text()));
            QVERIFY(holder.transaction());
            QSqlQuery lock(holder);
            QVERIFY2(lock.exec(u"LOCK TABLE public.users IN ACCESS SHARE MODE"_s),
                     qPrintable(lock.lastError().text()));

            MigrationRunner::Options options;
            options.lockTimeoutMs = 300;
            auto r = runner(options);
            QVERIFY(r);
            QElapsedTimer timer;
            timer.start();
            auto report = r->apply(false);
            const qint64 elapsed = timer.elapsed();
            QVERIFY(!report.ok());
            QCOMPARE(report.error().code, u"migration.failed"_s);
            QVERIFY2(report.error().message.contains(u"lock timeout"_s), qPrintable(report.error().message));
            QVERIFY2(report.error().message.contains(u"lock_timeout = 300 ms"_s),
                     qPrintable(report.error().message));
            QVERIFY2(report.error().detail.contains(u"sqlstate=55P03"_s), qPrintable(report.error().detail));
            QVERIFY2(elapsed >= 300 && elapsed < 5000, qPrintable(QString::number(elapsed)));
            QVERIFY(holder.rollback());
            holder.close();
        }
        QSqlDatabase::removeDatabase(holderName);
        QCOMPARE(appliedVersions(), QStringList{u"20240101000000"_s});
        // Once the other session is done, the same migration goes through.
        auto r = runner();
        QVERIFY(r);
        auto report = r->apply(false);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(appliedVersions(), (QStringList{u"20240101000000"_s, u"20240102000000"_s}));
    }

    void outOfOrderVersionIsRefusedUnlessIncludeAll()
    {
        write(u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id int);\n");
        write(u"20240301000000_posts.sql"_s, "CREATE TABLE public.posts (id int);\n");
        {
            auto r = runner();
            QVERIFY(r);
            QVERIFY(r->apply(false).ok());
        }
        // Written on a branch before posts, merged after posts was applied.
        const QString late = write(u"20240201000000_tags.sql"_s, "CREATE TABLE public.tags (id int);\n");
        write(u"20240401000000_likes.sql"_s, "CREATE TABLE public.likes (id int);\n");
        auto r = runner();
        QVERIFY(r);
        for (const bool dryRun : {true, false}) {
            auto report = r->apply(dryRun);
            QVERIFY(!report.ok());
            QCOMPARE(report.error().code, u"migration.out_of_order"_s);
            QVERIFY2(report.error().message.contains(u"20240201000000_tags.sql"_s),
                     qPrintable(report.error().message));
            QVERIFY2(report.error().message.contains(u"--include-all"_s), qPrintable(report.error().message));
            QVERIFY2(!report.error().message.contains(u"likes"_s), qPrintable(report.error().message));
        }
        QVERIFY(!exists(u"public.tags"_s));
        QVERIFY(!exists(u"public.likes"_s));

        MigrationRunner::Options options;
        options.includeAll = true;
        auto all = runner(options);
        QVERIFY(all);
        auto report = all->apply(false);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->steps.size(), 2);
        QCOMPARE(report->steps.at(0).version, u"20240201000000"_s);
        QVERIFY(exists(u"public.tags"_s));
        QCOMPARE(appliedVersions(), (QStringList{u"20240101000000"_s, u"20240201000000"_s,
                                                 u"20240301000000"_s, u"20240401000000"_s}));
        Q_UNUSED(late)
    }

    void dryRunChangesNothing()
    {
        write(u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id int);\n");
        write(u"20240102000000_posts.sql"_s, "CREATE TABLE public.posts (id int);\n");
        auto r = runner();
        QVERIFY(r);
        auto plan = r->apply(true);
        QVERIFY(plan.ok());
        QVERIFY(plan->dryRun);
        QCOMPARE(plan->steps.size(), 2);
        QVERIFY(!exists(u"supabase_migrations.schema_migrations"_s));
        QVERIFY(!exists(u"public.users"_s));
        auto status = r->status();
        QVERIFY(status.ok());
        QCOMPARE(status->size(), 2);
        QVERIFY(!status->at(0).applied);
    }

    void badInputIsRefused()
    {
        QCOMPARE(MigrationRunner::open(u"postgresql://u:secret@127.0.0.1:1/db"_s, {}).error().code,
                 u"migration.bad_url"_s);
        QVERIFY(!MigrationRunner::open(u"postgresql://u:secret@127.0.0.1:1/db"_s, {})
                     .error()
                     .message.contains(u"secret"_s));
        write(u"add_users.sql"_s, "SELECT 1;\n");
        QCOMPARE(MigrationRunner::open(m_url, MigrationRunner::migrationFiles(m_dir->path())).error().code,
                 u"migration.bad_name"_s);
        QFile::remove(m_dir->filePath(u"add_users.sql"_s));
        write(u"20240101000000_x.sql"_s, "-- requires: view public.v\nSELECT 1;\n");
        QCOMPARE(MigrationRunner::open(m_url, MigrationRunner::migrationFiles(m_dir->path())).error().code,
                 u"migration.bad_requirement"_s);
    }

    void cli()
    {
        write(u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id int);\n");
        const QString bin = qEnvironmentVariable("SWITCHYARD_BIN_DIR") + u"/switchyard"_s;
        if (!QFile::exists(bin))
            QSKIP("the switchyard binary is not built");
        auto run = [&](const QStringList &args, QByteArray *out) {
            QProcess p;
            p.start(bin, QStringList{u"migrations"_s} + args);
            if (!p.waitForFinished(60000))
                return -1;
            *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        QByteArray out;
        const QStringList where{u"--database"_s, m_url, u"--dir"_s, m_dir->path(), u"--json"_s};
        QCOMPARE(run(QStringList{u"apply"_s, u"--dry-run"_s} + where, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"plan"_s).toArray().size(), 1);
        QVERIFY(!exists(u"public.users"_s));
        QCOMPARE(run(QStringList{u"apply"_s} + where, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"applied"_s).toArray().size(), 1);
        QCOMPARE(run(QStringList{u"status"_s} + where, &out), 0);
        const QJsonObject row = QJsonDocument::fromJson(out).array().at(0).toObject();
        QCOMPARE(row.value(u"state"_s).toString(), u"applied"_s);
        QCOMPARE(row.value(u"checksum"_s).toString(), u"match"_s);
        write(u"20240102000000_bad.sql"_s, "SELECT * FROM nowhere;\n");
        QCOMPARE(run(QStringList{u"apply"_s} + where, &out), 1);
        QFile::remove(m_dir->filePath(u"20240102000000_bad.sql"_s));
        write(u"20240103000000_posts.sql"_s, "CREATE TABLE public.posts (id int);\n");
        QCOMPARE(run(QStringList{u"apply"_s} + where, &out), 0);
        write(u"20240102000000_late.sql"_s, "CREATE TABLE public.late (id int);\n");
        QCOMPARE(run(QStringList{u"apply"_s} + where, &out), 3);
        QCOMPARE(
            QJsonDocument::fromJson(out).object().value(u"error"_s).toObject().value(u"code"_s).toString(),
            u"migration.out_of_order"_s);
        QCOMPARE(
            run(QStringList{u"apply"_s, u"--include-all"_s, u"--lock-timeout"_s, u"2000"_s} + where, &out),
            0);
        QVERIFY(exists(u"public.late"_s));
        QCOMPARE(run(QStringList{u"apply"_s, u"--lock-timeout"_s, u"soon"_s} + where, &out), 2);
        QCOMPARE(run(QStringList{u"apply"_s, u"--database"_s, m_url}, &out), 2);
        QCOMPARE(
            run(QStringList{u"status"_s, u"--database"_s, u"mysql://x/y"_s, u"--dir"_s, m_dir->path()}, &out),
            2);
    }
};

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "TestMigrationRunner.moc"
