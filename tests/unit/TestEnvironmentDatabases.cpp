// Workspace schema version 3 (issue 4) on SQLite and on PostgreSQL: an environment's database
// binding, and a release's contract flag and migrations folder, through the repositories; an old
// workspace upgrades to it keeping its releases.
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "TestDatabases.h"
#include "core/model/Environment.h"
#include "core/model/EnvironmentDatabase.h"
#include "core/model/Release.h"
#include "core/model/Service.h"
#include "core/store/EnvironmentDatabaseRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

class TestEnvironmentDatabases : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void exercise(const QString &location)
    {
        auto old = core::Workspace::openAtVersion(location, 2);
        QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().toString()));
        auto service = (*old)->services().create(core::Service{0, u"shop"_s, {}});
        QVERIFY(service.ok());
        core::Release before;
        before.serviceId = *service;
        before.version = u"v1.0.0"_s;
        QVERIFY((*old)->releases().create(before).ok());
        old->reset();

        auto opened = core::Workspace::open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        core::Workspace &ws = **opened;
        QVERIFY(ws.schemaVersion().value() >= 3);
        auto kept = ws.releases().byVersion(*service, u"v1.0.0"_s);
        QVERIFY(kept.ok());
        QVERIFY(!kept->contract);
        QVERIFY(kept->migrationsDir.isEmpty());

        core::Release contract;
        contract.serviceId = *service;
        contract.version = u"v2.0.0"_s;
        contract.contract = true;
        contract.migrationsDir = u"/srv/shop/migrations"_s;
        contract.migrations = QJsonArray{QJsonObject{{u"file"_s, u"20240101000000_drop.sql"_s}}};
        QVERIFY(ws.releases().create(contract).ok());
        auto read = ws.releases().byVersion(*service, u"v2.0.0"_s);
        QVERIFY(read.ok());
        QVERIFY(read->contract);
        QCOMPARE(read->migrationsDir, u"/srv/shop/migrations"_s);
        QCOMPARE(read->digest(), contract.digest());
        QVERIFY(read->digest() != [&] {
            core::Release expand = contract;
            expand.contract = false;
            return expand.digest();
        }());

        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        auto envId = ws.environments().create(env);
        QVERIFY(envId.ok());
        core::EnvironmentDatabaseRepository repo(ws.database(), ws.dialect());
        QVERIFY(!repo.get(*envId)->has_value());
        QVERIFY(repo.set(core::EnvironmentDatabase{*envId, u"postgresql://app@db:5432/shop"_s,
                                                   u"database/x"_s, 3000})
                    .ok());
        QVERIFY(
            repo.set(core::EnvironmentDatabase{*envId, u"postgresql://app@db2:5432/shop"_s, QString(), 1500})
                .ok());
        auto bound = repo.get(*envId);
        QVERIFY(bound.ok() && bound->has_value());
        QCOMPARE((*bound)->url, u"postgresql://app@db2:5432/shop"_s);
        QVERIFY((*bound)->passwordKey.isEmpty());
        QCOMPARE((*bound)->lockTimeoutMs, 1500);
        QVERIFY(repo.remove(*envId).ok());
        QVERIFY(!repo.get(*envId)->has_value());
    }

private Q_SLOTS:
    void onSqlite() { exercise(m_dir.filePath(u"workspace.sqlite"_s)); }

    void onPostgres()
    {
        QString why;
        const QString url = testsupport::freshPostgresDatabase(&why);
        if (url.isEmpty()) {
            if (testsupport::postgresRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        exercise(url);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentDatabases)
#include "TestEnvironmentDatabases.moc"
