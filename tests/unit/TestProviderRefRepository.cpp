// Provider refs of deployments (workspace schema version 8) on SQLite and PostgreSQL (the server
// scripts/test.sh starts; with SWITCHYARD_REQUIRE_PG=1 its absence fails the PostgreSQL rows).
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "TestDatabases.h"
#include "core/model/Deployment.h"
#include "core/model/Environment.h"
#include "core/model/Service.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ProviderRefRepository.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

class TestProviderRefRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A workspace on `backend` ("sqlite" or "postgresql"), or empty with `why` when PostgreSQL is absent.
    QString location(const QString &backend, QString *why)
    {
        if (backend == u"postgresql")
            return testsupport::freshPostgresDatabase(why);
        return m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".sqlite"_s);
    }

    static core::DeploymentId deployment(core::Workspace &ws, core::EnvironmentId env, const QString &version)
    {
        core::Deployment d;
        d.environmentId = env;
        d.version = version;
        d.status = core::DeploymentStatus::Succeeded;
        d.fromSlot = u"blue"_s;
        d.toSlot = u"green"_s;
        auto id = ws.deployments().create(d);
        return id.ok() ? *id : 0;
    }

private Q_SLOTS:
    void addListUpdate_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }
    void addListUpdate()
    {
        QFETCH(QString, backend);
        QString why;
        const QString where = location(backend, &why);
        if (where.isEmpty()) {
            if (testsupport::postgresRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        auto opened = core::Workspace::open(where);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        core::Workspace &ws = **opened;
        QCOMPARE(ws.schemaVersion().value(), core::SchemaMigrations::latestVersion());
        QVERIFY(core::SchemaMigrations::latestVersion() >= 8);

        auto service = ws.services().create(core::Service{0, u"shop"_s, {}});
        QVERIFY(service.ok());
        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"cloudflare-kv"_s;
        auto envId = ws.environments().create(env);
        QVERIFY(envId.ok());
        const core::DeploymentId first = deployment(ws, *envId, u"v1.0.0"_s);
        const core::DeploymentId second = deployment(ws, *envId, u"v1.1.0"_s);
        QVERIFY(first > 0 && second > 0);

        core::ProviderRefRepository refs(ws.database(), ws.dialect());
        const core::ProviderRef vercel{u"vercel"_s, u"deployment"_s, u"dpl_89qyp1cskzkLrVicDaZoDbjyHuDJ"_s,
                                       u"https://vercel.com/acme/shop/89qyp1cskzkLrVicDaZoDbjyHuDJ"_s};
        const core::ProviderRef kv{u"cloudflare"_s, u"kv"_s, u"ACTIVE_ENV=B"_s, {}};
        QVERIFY(refs.add(first, vercel).ok());
        QVERIFY(refs.add(first, kv).ok());
        QVERIFY(refs.add(second, core::ProviderRef{u"supabase"_s, u"function"_s, u"diag-health@v7"_s,
                                                   u"https://supabase.com/dashboard/project/x/functions"_s})
                    .ok());

        auto list = refs.forDeployment(first);
        QVERIFY(list.ok());
        QCOMPARE(*list, (QList<core::ProviderRef>{vercel, kv}));

        // The same ref again only updates its URL.
        core::ProviderRef moved = vercel;
        moved.url = u"https://vercel.com/acme/shop/other"_s;
        QVERIFY(refs.add(first, moved).ok());
        list = refs.forDeployment(first);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).url, moved.url);

        auto both = refs.forDeployments({first, second, 999});
        QVERIFY(both.ok());
        QCOMPARE(both->size(), 2);
        QCOMPARE(both->value(second).size(), 1);
        QVERIFY(!both->contains(999));

        const core::Status bad = refs.add(first, core::ProviderRef{u"vercel"_s, u"deployment"_s, {}, {}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, u"deployment.bad_provider_ref"_s);

        // A ref must belong to a deployment that exists.
        QVERIFY(!refs.add(424242, vercel).ok());
    }

    void olderWorkspaceGainsTheTable()
    {
        const QString path = m_dir.filePath(u"old.sqlite"_s);
        {
            auto old = core::Workspace::openAtVersion(path, 2);
            QVERIFY(old.ok());
            QCOMPARE((*old)->schemaVersion().value(), 2);
            QVERIFY(!(*old)->database().tables().contains(u"deployment_provider_refs"_s));
        }
        auto upgraded = core::Workspace::open(path);
        QVERIFY(upgraded.ok());
        QCOMPARE((*upgraded)->schemaVersion().value(), core::SchemaMigrations::latestVersion());
        QVERIFY((*upgraded)->database().tables().contains(u"deployment_provider_refs"_s));
    }
};

QTEST_GUILESS_MAIN(TestProviderRefRepository)
#include "TestProviderRefRepository.moc"
