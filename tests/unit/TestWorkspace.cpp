// The workspace database: schema migrations on SQLite and PostgreSQL, and refusal of files that
// are damaged, foreign or newer than this build — without changing them.
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestDatabases.h"
#include "core/model/Deployment.h"
#include "core/model/Environment.h"
#include "core/model/Release.h"
#include "core/model/Service.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Sql.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::Workspace;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    // Fills a workspace with one of each row, through the repositories.
    void populate(Workspace &ws)
    {
        auto service = ws.services().create(core::Service{0, u"shop"_s, u"the shop"_s});
        QVERIFY2(service.ok(), qPrintable(service.ok() ? QString() : service.error().toString()));
        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        auto envId = ws.environments().create(env);
        QVERIFY(envId.ok());
        core::Slot slot;
        slot.environmentId = *envId;
        slot.name = u"blue"_s;
        slot.role = core::SlotRole::Live;
        slot.version = u"v1.0.0"_s;
        slot.healthUrl = u"http://127.0.0.1:1/health"_s;
        slot.upstream = u"127.0.0.1:1"_s;
        slot.deployCommand = {u"deploy"_s, u"{version}"_s};
        QVERIFY(ws.environments().addSlot(slot).ok());
        core::Release release;
        release.serviceId = *service;
        release.version = u"v1.0.0"_s;
        auto releaseId = ws.releases().create(release);
        QVERIFY2(releaseId.ok(), qPrintable(releaseId.ok() ? QString() : releaseId.error().toString()));
        core::Deployment d;
        d.environmentId = *envId;
        d.version = u"v1.0.0"_s;
        d.status = core::DeploymentStatus::Succeeded;
        d.fromSlot = u"green"_s;
        d.toSlot = u"blue"_s;
        d.planDigest = u"abc"_s;
        d.requestedBy = u"tester"_s;
        QVERIFY(ws.deployments().create(d).ok());
        auto audited = ws.audit().append(u"tester"_s, u"test.populated"_s, u"workspace"_s);
        QVERIFY2(audited.ok(), qPrintable(audited.ok() ? QString() : audited.error().toString()));
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newSqliteWorkspaceHasLatestSchemaWalAndForeignKeys()
    {
        const QString path = m_dir.filePath(u"fresh.sqlite"_s);
        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QCOMPARE((*ws)->schemaVersion().value(), core::SchemaMigrations::latestVersion());
        auto journal = core::runSql((*ws)->database(), u"PRAGMA journal_mode"_s);
        QVERIFY(journal.ok() && journal->next());
        QCOMPARE(journal->value(0).toString(), u"wal"_s);
        auto fk = core::runSql((*ws)->database(), u"PRAGMA foreign_keys"_s);
        QVERIFY(fk.ok() && fk->next());
        QCOMPARE(fk->value(0).toInt(), 1);
        // Foreign keys are enforced: a slot of a missing environment is refused.
        core::Slot orphan;
        orphan.environmentId = 999;
        orphan.name = u"blue"_s;
        orphan.healthUrl = u"x"_s;
        orphan.upstream = u"x"_s;
        QVERIFY(!(*ws)->environments().addSlot(orphan).ok());
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        const QString path = m_dir.filePath(u"reopen.sqlite"_s);
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws.ok());
            populate(**ws);
        }
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        auto rows = core::runSql((*ws)->database(), u"SELECT COUNT(*) FROM switchyard_schema"_s);
        QVERIFY(rows.ok() && rows->next());
        QCOMPARE(rows->value(0).toInt(),
                 static_cast<int>(core::SchemaMigrations::all().size())); // numbers may have gaps
        QCOMPARE((*ws)->deployments().list().value().size(), 1);
    }

    void upgradesAnOldWorkspaceKeepingItsData()
    {
        const QString path = m_dir.filePath(u"old.sqlite"_s);
        {
            auto old = Workspace::openAtVersion(path, 1);
            QVERIFY(old.ok());
            QCOMPARE((*old)->schemaVersion().value(), 1);
            QVERIFY(!(*old)->database().tables().contains(u"deployment_log"_s));
            populate(**old);
        }
        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QCOMPARE((*ws)->schemaVersion().value(), core::SchemaMigrations::latestVersion());
        QVERIFY((*ws)->database().tables().contains(u"deployment_log"_s));
        const auto deployments = (*ws)->deployments().list().value();
        QCOMPARE(deployments.size(), 1);
        QCOMPARE(deployments.first().version, u"v1.0.0"_s);
        QVERIFY(
            (*ws)->deployments().appendLog(deployments.first().id, u"switch"_s, u"info"_s, u"hello"_s).ok());
        QVERIFY((*ws)->audit().verify().value().intact());
    }

    void refusesAWorkspaceNewerThanThisBuild()
    {
        const QString path = m_dir.filePath(u"future.sqlite"_s);
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws.ok());
            QVERIFY(
                core::runSql((*ws)->database(),
                             u"INSERT INTO switchyard_schema (version, description, applied_at, app_version) "
                             "VALUES (99, 'from the future', 0, '9.0')"_s)
                    .ok());
        }
        const QByteArray before = fileHash(path);
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, u"workspace.too_new"_s);
        QVERIFY2(ws.error().message.contains(u"99"_s), qPrintable(ws.error().message));
        QVERIFY(ws.error().message.contains(QString::number(core::SchemaMigrations::latestVersion())));
        QCOMPARE(fileHash(path), before);
    }

    void refusesDamagedOrForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << u"workspace.corrupt"_s;
        QTest::newRow("text file") << QByteArray("name,version\nshop,1.0\n") << u"workspace.corrupt"_s;
        QByteArray truncated("SQLite format 3\0", 16);
        truncated += QByteArray(84, '\xff');
        QTest::newRow("sqlite header, garbage body") << truncated << u"workspace.corrupt"_s;
    }

    void refusesDamagedOrForeignFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        const QString path = m_dir.filePath(
            u"damaged-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = fileHash(path);
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, code);
        QVERIFY2(ws.error().message.contains(path), qPrintable(ws.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAnotherApplicationsDatabase()
    {
        const QString path = m_dir.filePath(u"other-app.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, u"workspace.foreign"_s);
    }

    void unknownNamesListWhatExists()
    {
        auto ws = Workspace::open(m_dir.filePath(u"names.sqlite"_s));
        QVERIFY(ws.ok());
        populate(**ws);
        auto env = (*ws)->environments().byName(u"prod"_s);
        QVERIFY(!env.ok());
        QCOMPARE(env.error().code, u"environment.unknown"_s);
        QVERIFY2(env.error().message.contains(u"shop/production"_s), qPrintable(env.error().message));
        auto release = (*ws)->releases().byVersion((*ws)->services().byName(u"shop"_s)->id, u"v9"_s);
        QVERIFY(!release.ok());
        QVERIFY2(release.error().message.contains(u"v1.0.0"_s), qPrintable(release.error().message));
    }

    void sameMigrationsRunOnPostgres()
    {
        QString why;
        const QString url = testsupport::freshPostgresDatabase(&why);
        if (url.isEmpty()) {
            if (testsupport::postgresRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        {
            auto ws = Workspace::open(url);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            QCOMPARE((*ws)->schemaVersion().value(), core::SchemaMigrations::latestVersion());
            populate(**ws);
            QVERIFY((*ws)->audit().append(u"tester"_s, u"second"_s, u"x"_s, QJsonObject{{u"n"_s, 2}}).ok());
            QCOMPARE((*ws)->audit().verify().value().entries, 2);
            QVERIFY((*ws)->audit().verify().value().intact());
            // The audit table refuses changes on the server too.
            QVERIFY(!core::runSql((*ws)->database(), u"UPDATE audit_log SET actor = 'mallory'"_s).ok());
            QVERIFY(!core::runSql((*ws)->database(), u"DELETE FROM audit_log"_s).ok());
        }
        // An old PostgreSQL workspace upgrades like an SQLite one.
        const QString old = testsupport::freshPostgresDatabase(&why);
        QVERIFY2(!old.isEmpty(), qPrintable(why));
        {
            auto v1 = Workspace::openAtVersion(old, 1);
            QVERIFY(v1.ok());
            populate(**v1);
        }
        auto upgraded = Workspace::open(old);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().toString()));
        QCOMPARE((*upgraded)->schemaVersion().value(), core::SchemaMigrations::latestVersion());
        QCOMPARE((*upgraded)->deployments().list().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
