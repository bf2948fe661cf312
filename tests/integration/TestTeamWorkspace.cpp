// Team mode on a real PostgreSQL server with several roles (a workspace owner, two release managers
// and two approvers, created here): the server enforces the two-person rule, so raw SQL from a member
// cannot forge it; LISTEN/NOTIFY pushes approvals and deployment progress to other sessions.
#include <map>

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include "TestDatabases.h"
#include "core/crypto/Ed25519.h"
#include "core/engine/DeploymentRunner.h"
#include "core/engine/Plan.h"
#include "core/model/Environment.h"
#include "core/model/Service.h"
#include "core/policy/ApprovalService.h"
#include "core/store/ApprovalRepository.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/IdentityRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Sql.h"
#include "core/store/TeamNotifications.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::ApprovalSignature;

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

private:
    QString m_url; // as the owner (the test server's superuser)
    QString m_suffix;
    std::map<QString, std::unique_ptr<core::Workspace>> m_as; // by person: rm, rm2, ap1, ap2
    QMap<QString, std::shared_ptr<core::Ed25519>> m_keys;
    std::unique_ptr<core::Workspace> m_owner;
    core::EnvironmentId m_env = 0;
    core::Plan m_plan;

    QString role(const QString &person) const { return u"sy_%1_%2"_s.arg(person, m_suffix); }

    QString urlAs(const QString &person) const
    {
        QUrl url(m_url);
        url.setUserName(role(person));
        return url.toString();
    }

    core::Workspace &as(const QString &person) { return *m_as[person]; }

    // A deployment of a new plan (a new version each time, so each test has its own digest).
    core::DeploymentId createDeployment(const QString &person)
    {
        static int n = 0;
        m_plan.version = u"v2.0.%1"_s.arg(++n);
        core::Deployment d;
        d.environmentId = m_env;
        d.version = m_plan.version;
        d.status = core::DeploymentStatus::Running;
        d.fromSlot = m_plan.fromSlot;
        d.toSlot = m_plan.toSlot;
        d.planDigest = m_plan.digest();
        d.plan = m_plan.toJson();
        d.requestedBy = person; // the server stamps the role whatever the client says
        auto id = as(person).deployments().create(d);
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().toString()));
        return *id;
    }

    ApprovalSignature sign(const QString &person, const QString &digest)
    {
        ApprovalSignature a;
        a.planDigest = digest;
        a.comment = u"ok"_s;
        a.signedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        a.expiresAt = a.signedAt.addSecs(3600);
        if (!a.sign(*m_keys.value(person)).ok())
            qFatal("sign");
        return a;
    }

    core::StoredApproval raw(const QString &signer, core::DeploymentId deployment, const QString &source)
    {
        core::StoredApproval s;
        s.deploymentId = deployment;
        s.signature = sign(signer, m_plan.digest());
        s.source = source;
        s.recordedBy = signer;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_url = testsupport::freshPostgresDatabase(&why);
        if (m_url.isEmpty()) {
            if (testsupport::postgresRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        m_suffix = QString::number(QRandomGenerator::global()->generate() % 1000000);
        auto owner = core::Workspace::open(m_url);
        QVERIFY2(owner.ok(), qPrintable(owner.ok() ? QString() : owner.error().toString()));
        m_owner = std::move(*owner);
        for (const QString &person : {u"rm"_s, u"rm2"_s, u"ap1"_s, u"ap2"_s}) {
            // Role names come from the test, never from input; CREATE ROLE takes no parameters.
            QVERIFY(core::runSql(m_owner->database(), u"CREATE ROLE %1 LOGIN"_s.arg(role(person))).ok());
        }
        auto service = m_owner->services().create(core::Service{0, u"shop"_s, {}});
        QVERIFY(service.ok());
        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        m_env = m_owner->environments().create(env).value();
        core::ApprovalPolicy policy;
        policy.requiredApprovals = 2;
        QVERIFY(core::ApprovalService(*m_owner).setPolicy(m_env, policy, u"owner"_s, nullptr).ok());
        for (const QString &person : {u"rm"_s, u"rm2"_s, u"ap1"_s, u"ap2"_s}) {
            auto ws = core::Workspace::open(urlAs(person));
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            m_as[person] = std::move(*ws);
            auto key = core::Ed25519::generate();
            m_keys.insert(person, std::make_shared<core::Ed25519>(std::move(*key)));
            auto id = core::IdentityRepository(as(person).database(), as(person).dialect())
                          .create(person, m_keys.value(person)->publicKey(), {});
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        }
        m_plan.service = u"shop"_s;
        m_plan.environment = u"production"_s;
        m_plan.environmentId = m_env;
        m_plan.version = u"v2.0.0"_s;
        m_plan.fromSlot = u"blue"_s;
        m_plan.toSlot = u"green"_s;
        m_plan.steps << core::PlanStep{u"approvals"_s, {}, {}} << core::PlanStep{u"switch"_s, {}, {}};
    }

    void cleanupTestCase()
    {
        m_as.clear();
        if (!m_owner)
            return;
        for (const QString &person : {u"rm"_s, u"rm2"_s, u"ap1"_s, u"ap2"_s}) {
            static_cast<void>(core::runSql(m_owner->database(), u"DROP OWNED BY %1"_s.arg(role(person))));
            static_cast<void>(core::runSql(m_owner->database(), u"DROP ROLE %1"_s.arg(role(person))));
        }
        m_owner.reset();
    }

    void identitiesMapToDatabaseRoles()
    {
        auto list = core::IdentityRepository(m_owner->database(), m_owner->dialect()).list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 4);
        for (const core::Identity &i : *list)
            QCOMPARE(i.dbRole, role(i.name));
        auto mine =
            core::IdentityRepository(as(u"ap1"_s).database(), as(u"ap1"_s).dialect()).forSessionRole();
        QVERIFY(mine.ok() && mine->has_value());
        QCOMPARE((*mine)->name, u"ap1"_s);
        // A member cannot register a second identity for their role, nor write the table directly.
        auto second = core::IdentityRepository(as(u"ap1"_s).database(), as(u"ap1"_s).dialect())
                          .create(u"ap1-alt"_s, m_keys.value(u"ap2"_s)->publicKey(), {});
        QVERIFY(!second.ok());
        auto direct = core::runSql(as(u"ap1"_s).database(),
                                   u"INSERT INTO identities (name, created_at) VALUES ('eve', 0)"_s);
        QVERIFY(!direct.ok());
        QVERIFY2(direct.error().message.contains(u"permission denied"_s), qPrintable(direct.error().message));
    }

    void serverStampsTheRequesterRole()
    {
        const core::DeploymentId id = createDeployment(u"rm"_s);
        auto role_ = core::ApprovalRepository(m_owner->database(), m_owner->dialect()).requestedRole(id);
        QCOMPARE(*role_, role(u"rm"_s));
        // ...and nobody can change it (or the plan) afterwards.
        auto changed =
            core::runSql(as(u"rm"_s).database(),
                         u"UPDATE deployments SET requested_role = 'x' WHERE id = :id"_s, {{u":id"_s, id}});
        QVERIFY(!changed.ok());
    }

    void approvalsGoThroughTheServerFunction()
    {
        const core::DeploymentId id = createDeployment(u"rm"_s);
        QVERIFY(core::ApprovalService(as(u"ap1"_s))
                    .submit(sign(u"ap1"_s, m_plan.digest()), id, u"local"_s, u"ap1"_s)
                    .ok());
        auto stored =
            core::ApprovalRepository(m_owner->database(), m_owner->dialect()).forDigest(m_plan.digest());
        QVERIFY(stored.ok());
        QCOMPARE(stored->constLast().recordedRole, role(u"ap1"_s));
    }

    void selfApprovalRefusedByTheServer()
    {
        const core::DeploymentId id = createDeployment(u"rm"_s);
        // Past the client's own check: straight to the server function.
        core::StoredApproval own = raw(u"rm"_s, id, u"local"_s);
        own.signature.comment = u"self"_s;
        QVERIFY(own.signature.sign(*m_keys.value(u"rm"_s)).ok());
        auto written = core::ApprovalRepository(as(u"rm"_s).database(), as(u"rm"_s).dialect()).record(own);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(u"self-approval"_s), qPrintable(written.error().message));
        // Through the service: refused with the reason, and an audit entry.
        auto refused = core::ApprovalService(as(u"rm"_s))
                           .submit(sign(u"rm"_s, m_plan.digest()), id, u"local"_s, u"rm"_s);
        QCOMPARE(refused.error().code, u"policy.self_approval"_s);
        auto last = m_owner->audit().entries().value().constLast();
        QCOMPARE(last.action, u"approval.refused"_s);
    }

    void memberCannotInsertApprovalRows()
    {
        const core::DeploymentId id = createDeployment(u"rm"_s);
        auto ap2 = core::Identity(
            core::IdentityRepository(m_owner->database(), m_owner->dialect()).byName(u"ap2"_s).value());
        const ApprovalSignature forged = sign(u"ap2"_s, m_plan.digest());
        auto inserted = core::runSql(as(u"rm"_s).database(),
                                     u"INSERT INTO approvals (deployment_id, plan_digest, identity_id, "
                                     u"decision, comment, signed_at, expires_at, "
                                     "signer_key, signature, source, recorded_by, recorded_at) VALUES (:d, "
                                     ":digest, :identity, 'approve', '', 0, "
                                     "1, 'k', :sig, 'local', 'rm', 0)"_s,
                                     {{u":d"_s, id},
                                      {u":digest"_s, m_plan.digest()},
                                      {u":identity"_s, ap2.id},
                                      {u":sig"_s, QString::fromLatin1(forged.signature.toBase64())}});
        QVERIFY(!inserted.ok());
        QVERIFY2(inserted.error().message.contains(u"permission denied"_s),
                 qPrintable(inserted.error().message));
        // Nor record someone else's approval as if it were signed here.
        auto asOther = core::ApprovalRepository(as(u"rm2"_s).database(), as(u"rm2"_s).dialect())
                           .record(raw(u"ap2"_s, id, u"local"_s));
        QVERIFY(!asOther.ok());
        QVERIFY2(asOther.error().message.contains(u"signed file"_s), qPrintable(asOther.error().message));
    }

    void auditRowsCannotChange()
    {
        QVERIFY(as(u"ap1"_s).audit().append(u"ap1"_s, u"test.entry"_s, u"x"_s).ok());
        for (const QString &person : {u"ap1"_s, u"rm"_s}) {
            auto update = core::runSql(as(person).database(), u"UPDATE audit_log SET actor = 'eve'"_s);
            QVERIFY(!update.ok());
            QVERIFY2(update.error().message.contains(u"permission denied"_s),
                     qPrintable(update.error().message));
            QVERIFY(!core::runSql(as(person).database(), u"DELETE FROM audit_log"_s).ok());
            QVERIFY(!core::runSql(as(person).database(), u"TRUNCATE audit_log"_s).ok());
        }
        // Even the owner meets the append-only trigger.
        auto owner = core::runSql(m_owner->database(), u"UPDATE audit_log SET actor = 'eve'"_s);
        QVERIFY(!owner.ok());
        QVERIFY2(owner.error().message.contains(u"append-only"_s), qPrintable(owner.error().message));
        // Members cannot loosen the policy either.
        QVERIFY(!core::runSql(as(u"rm"_s).database(), u"DELETE FROM approval_policies"_s).ok());
    }

    void twoReleaseManagersOneEnvironment()
    {
        // Both start a deployment of the same environment in the same instant: exactly one proceeds.
        QNetworkAccessManager nam;
        m_plan.version = u"v3.0.0"_s;
        core::DeploymentRunner first(as(u"rm"_s), &nam);
        core::DeploymentRunner second(as(u"rm2"_s), &nam);
        QStringList codes;
        for (core::DeploymentRunner *runner : {&first, &second}) {
            connect(runner, &core::DeploymentRunner::finished, this, [&codes](const core::Status &status) {
                codes << (status.ok() ? u"ok"_s : status.error().code);
            });
        }
        first.start(m_plan, u"rm"_s);
        second.start(m_plan, u"rm2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(codes.size(), 2, 20000);
        const auto locked = codes.count(u"deploy.locked"_s);
        QCOMPARE(locked, 1);
        // The session lock is the server's advisory lock: gone with the session that held it.
        auto held =
            core::runSql(m_owner->database(), u"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory'"_s);
        QVERIFY(held.ok() && held->next());
        QCOMPARE(held->value(0).toInt(), 0);
    }

    void notificationsReachOtherSessions()
    {
        core::TeamNotifications ap2Listens(as(u"ap2"_s));
        auto started = ap2Listens.start();
        QVERIFY(started.ok() && *started);
        QSignalSpy approvals(&ap2Listens, &core::TeamNotifications::approvalsChanged);
        QSignalSpy deployments(&ap2Listens, &core::TeamNotifications::deploymentChanged);
        const core::DeploymentId id = createDeployment(u"rm2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!deployments.isEmpty(), 5000);
        QCOMPARE(deployments.constLast().at(0).value<core::DeploymentId>(), id);
        // A request for approval (what the approvals step sends) and an approval both arrive.
        QVERIFY(core::ApprovalRepository(as(u"rm2"_s).database(), as(u"rm2"_s).dialect())
                    .notifyRequest(m_plan.digest())
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(!approvals.isEmpty(), 5000);
        QCOMPARE(approvals.constLast().at(0).toString(), m_plan.digest());
        approvals.clear();
        QVERIFY(core::ApprovalService(as(u"ap1"_s))
                    .submit(sign(u"ap1"_s, m_plan.digest()), id, u"local"_s, u"ap1"_s)
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(!approvals.isEmpty(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "TestTeamWorkspace.moc"
