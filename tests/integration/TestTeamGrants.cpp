// Team mode on a real PostgreSQL server: every table of the workspace, including tables that
// migrations after version 6 added (deployment_provider_refs, version 7) and any later ones, grants
// members what Switchyard needs, and the protected tables refuse them (the audit log takes no
// UPDATE or DELETE). A workspace made before the grants ran after every migration gets them when it
// is upgraded.
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include "TestDatabases.h"
#include "core/model/Deployment.h"
#include "core/model/Environment.h"
#include "core/model/Service.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ProviderRefRepository.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Sql.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

class TestTeamGrants : public QObject
{
    Q_OBJECT

private:
    QString m_role;
    QStringList m_urls;

    QString freshDatabase()
    {
        QString why;
        const QString url = testsupport::freshPostgresDatabase(&why);
        if (url.isEmpty())
            qFatal("%s", qPrintable(why));
        m_urls << url;
        return url;
    }

    QString asMember(const QString &url) const
    {
        QUrl u(url);
        u.setUserName(m_role);
        return u.toString();
    }

    static bool
    can(core::Workspace &owner, const QString &role, const QString &table, const QString &privilege)
    {
        auto q = core::runSql(owner.database(), u"SELECT has_table_privilege(:role, :table, :privilege)"_s,
                              {{u":role"_s, role}, {u":table"_s, table}, {u":privilege"_s, privilege}});
        return q.ok() && q->next() && q->value(0).toBool();
    }

    // A service, an environment and a deployment written by the owner.
    static core::DeploymentId deployment(core::Workspace &owner)
    {
        auto service = owner.services().create(core::Service{0, u"shop"_s, {}});
        core::Environment env;
        env.serviceId = service.value();
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        core::Deployment d;
        d.environmentId = owner.environments().create(env).value();
        d.version = u"v1.0.0"_s;
        d.status = core::DeploymentStatus::Succeeded;
        d.fromSlot = u"blue"_s;
        d.toSlot = u"green"_s;
        d.requestedBy = u"owner"_s;
        return owner.deployments().create(d).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("SWITCHYARD_TEST_PG")) {
            if (testsupport::postgresRequired())
                QFAIL("SWITCHYARD_TEST_PG is not set");
            QSKIP("SWITCHYARD_TEST_PG is not set (scripts/test.sh starts a PostgreSQL server)");
        }
        m_role = u"sy_member_%1"_s.arg(QRandomGenerator::global()->generate() % 1000000);
        auto owner = core::Workspace::open(freshDatabase());
        QVERIFY2(owner.ok(), qPrintable(owner.ok() ? QString() : owner.error().toString()));
        // Role names come from the test, never from input; CREATE ROLE takes no parameters.
        QVERIFY(core::runSql((*owner)->database(), u"CREATE ROLE %1 LOGIN"_s.arg(m_role)).ok());
    }

    void cleanupTestCase()
    {
        for (const QString &url : m_urls) {
            auto owner = core::Workspace::open(url);
            if (owner.ok())
                static_cast<void>(core::runSql((*owner)->database(), u"DROP OWNED BY %1"_s.arg(m_role)));
        }
        if (!m_urls.isEmpty()) {
            auto owner = core::Workspace::open(m_urls.constFirst());
            if (owner.ok())
                static_cast<void>(core::runSql((*owner)->database(), u"DROP ROLE %1"_s.arg(m_role)));
        }
    }

    void everyTableGrantsMembersWhatTheyNeed()
    {
        auto owner = core::Workspace::open(m_urls.constFirst()).value();
        auto tables = core::runSql(
            owner->database(), u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"_s);
        QVERIFY(tables.ok());
        const QStringList noDirectWrites{u"identities"_s, u"identity_keys"_s, u"approvals"_s,
                                         u"approval_policies"_s, u"switchyard_schema"_s};
        int checked = 0;
        while (tables->next()) {
            const QString table = tables->value(0).toString();
            ++checked;
            QVERIFY2(can(*owner, m_role, table, u"SELECT"_s), qPrintable(table));
            if (noDirectWrites.contains(table)) {
                for (const QString &p : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s, u"TRUNCATE"_s})
                    QVERIFY2(!can(*owner, m_role, table, p), qPrintable(table + u' ' + p));
            } else if (table == u"audit_log") {
                QVERIFY(can(*owner, m_role, table, u"INSERT"_s));
                for (const QString &p : {u"UPDATE"_s, u"DELETE"_s, u"TRUNCATE"_s})
                    QVERIFY2(!can(*owner, m_role, table, p), qPrintable(table + u' ' + p));
            } else {
                for (const QString &p : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s})
                    QVERIFY2(can(*owner, m_role, table, p), qPrintable(table + u' ' + p));
            }
        }
        QVERIFY(checked > 20);
        QVERIFY(can(*owner, m_role, u"deployment_provider_refs"_s, u"INSERT"_s));
    }

    void memberRecordsProviderRefsButCannotRewriteTheAudit()
    {
        auto owner = core::Workspace::open(m_urls.constFirst()).value();
        const core::DeploymentId id = deployment(*owner);
        QVERIFY(owner->audit().append(u"owner"_s, u"test.entry"_s, u"x"_s).ok());
        auto member = core::Workspace::open(asMember(m_urls.constFirst()));
        QVERIFY2(member.ok(), qPrintable(member.ok() ? QString() : member.error().toString()));
        core::Workspace &ws = **member;
        // What a deployment step writes (the id column's sequence included), and reads back.
        const core::ProviderRef ref{u"vercel"_s, u"deployment"_s, u"dpl_123"_s, u"https://x.vercel.app"_s};
        auto added = core::ProviderRefRepository(ws).add(id, ref);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        auto listed = core::ProviderRefRepository(ws).list(id);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->constFirst(), ref);
        QVERIFY(core::runSql(ws.database(),
                             u"UPDATE deployment_provider_refs SET url = 'https://y' WHERE "
                             "deployment_id = :d"_s,
                             {{u":d"_s, id}})
                    .ok());
        QVERIFY(core::runSql(ws.database(),
                             u"DELETE FROM deployment_provider_refs WHERE deployment_id = :d"_s,
                             {{u":d"_s, id}})
                    .ok());
        // The audit log: appended to, never rewritten.
        QVERIFY(ws.audit().append(m_role, u"test.member"_s, u"x"_s).ok());
        for (const QString &sql : {u"UPDATE audit_log SET actor = 'eve'"_s, u"DELETE FROM audit_log"_s}) {
            auto refused = core::runSql(ws.database(), sql);
            QVERIFY2(!refused.ok(), qPrintable(sql));
            QVERIFY2(refused.error().message.contains(u"permission denied"_s),
                     qPrintable(refused.error().message));
        }
    }

    void upgradeGrantsTablesAddedSinceVersion6()
    {
        const QString url = freshDatabase();
        {
            auto old = core::Workspace::openAtVersion(url, 7);
            QVERIFY(old.ok());
            // How a workspace made before this fix looked: no grants on the version 7 table.
            QVERIFY(core::runSql((*old)->database(), u"REVOKE ALL ON deployment_provider_refs FROM PUBLIC"_s)
                        .ok());
            QVERIFY(!can(**old, m_role, u"deployment_provider_refs"_s, u"SELECT"_s));
            QVERIFY(!can(**old, m_role, u"deployment_provider_refs"_s, u"INSERT"_s));
        }
        auto upgraded = core::Workspace::open(url);
        QVERIFY(upgraded.ok());
        QCOMPARE((*upgraded)->schemaVersion().value(), core::SchemaMigrations::latestVersion());
        for (const QString &p : {u"SELECT"_s, u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s})
            QVERIFY2(can(**upgraded, m_role, u"deployment_provider_refs"_s, p), qPrintable(p));
        QVERIFY(!can(**upgraded, m_role, u"audit_log"_s, u"UPDATE"_s));
        QVERIFY(!can(**upgraded, m_role, u"approvals"_s, u"INSERT"_s));
    }
};

QTEST_GUILESS_MAIN(TestTeamGrants)
#include "TestTeamGrants.moc"
