// The two-person rule, case by case: who counts, what does not, and why.
#include <QTest>

#include "core/crypto/Digest.h"
#include "core/crypto/Ed25519.h"
#include "core/policy/ApprovalPolicy.h"

using namespace Qt::StringLiterals;
using core::ApprovalCandidate;
using core::ApprovalPolicy;
using core::ApprovalRequest;
using core::ApprovalSignature;
using core::Identity;

namespace {

struct Person
{
    Identity identity;
    std::shared_ptr<core::Ed25519> key;
};

} // namespace

class TestApprovalPolicy : public QObject
{
    Q_OBJECT

private:
    QList<Person> m_people; // alice (requester), bob, carol, dave (group "approvers": bob, carol)
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    QString m_digest = core::sha256Hex(QByteArray("plan v1.2.0 to production"));

    const Person &person(const QString &name) const
    {
        for (const Person &p : m_people) {
            if (p.identity.name == name)
                return p;
        }
        qFatal("no such person");
    }

    QList<Identity> identities() const
    {
        QList<Identity> out;
        for (const Person &p : m_people)
            out << p.identity;
        return out;
    }

    ApprovalCandidate candidate(const QString &name,
                                ApprovalSignature::Decision decision = ApprovalSignature::Decision::Approve,
                                std::optional<QString> digest = std::nullopt,
                                qint64 signedSecsAgo = 60,
                                qint64 validSecs = 3600) const
    {
        const Person &p = person(name);
        ApprovalSignature s;
        s.planDigest = digest.value_or(m_digest);
        s.decision = decision;
        s.comment = u"ok"_s;
        s.signedAt = m_now.addSecs(-signedSecsAgo);
        s.expiresAt = s.signedAt.addSecs(validSecs);
        if (!s.sign(*p.key).ok())
            qFatal("sign failed");
        static qint64 next = 0;
        return ApprovalCandidate{++next, s, p.identity, true};
    }

    ApprovalRequest request(core::DeploymentKind kind = core::DeploymentKind::Deploy) const
    {
        ApprovalRequest r;
        r.planDigest = m_digest;
        r.environment = u"production"_s;
        r.kind = kind;
        r.requestedBy = u"alice"_s;
        return r;
    }

    static ApprovalPolicy twoApprovers()
    {
        ApprovalPolicy p;
        p.requiredApprovals = 2;
        return p;
    }

    core::ApprovalEvaluation eval(const QList<ApprovalCandidate> &c,
                                  const ApprovalPolicy &p = twoApprovers(),
                                  const ApprovalRequest *r = nullptr) const
    {
        return core::evaluateApprovals(p, r ? *r : request(), c, identities(), m_now);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qint64 id = 0;
        for (const QString &name : {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s}) {
            auto key = core::Ed25519::generate();
            QVERIFY(key.ok());
            Person p;
            p.key = std::make_shared<core::Ed25519>(std::move(*key));
            p.identity.id = ++id;
            p.identity.name = name;
            p.identity.publicKey = p.key->publicKey();
            if (name == u"bob" || name == u"carol")
                p.identity.groups << u"approvers"_s;
            m_people << p;
        }
    }

    void noPolicyNeedsNothing()
    {
        const auto e = eval({}, ApprovalPolicy{});
        QVERIFY(!e.required);
        QVERIFY(e.satisfied);
        QCOMPARE(e.summary(), u"no approval required"_s);
    }

    void twoDistinctApproversSatisfy()
    {
        const auto e = eval({candidate(u"bob"_s), candidate(u"carol"_s)});
        QVERIFY(e.required);
        QVERIFY(e.satisfied);
        QCOMPARE(e.approvedBy, (QStringList{u"bob"_s, u"carol"_s}));
        QVERIFY(e.summary().contains(u"2 of 2"_s));
    }

    void oneIsNotEnough()
    {
        const auto e = eval({candidate(u"bob"_s)});
        QVERIFY(!e.satisfied);
        QVERIFY(!e.rejected);
        // Awaited: everyone allowed but the requester and who already approved.
        QCOMPARE(e.awaiting, (QStringList{u"carol"_s, u"dave"_s}));
        QVERIFY2(e.summary().contains(u"awaiting approvals: 1 of 2"_s), qPrintable(e.summary()));
    }

    void requesterNeverCounts()
    {
        const auto e = eval({candidate(u"alice"_s), candidate(u"bob"_s)});
        QVERIFY(!e.satisfied);
        QCOMPARE(e.verdicts.at(0).code, u"policy.self_approval"_s);
        QVERIFY(e.verdicts.at(0).reason.contains(u"alice requested this deployment"_s));
        QVERIFY(e.verdicts.at(1).counts);
    }

    void requesterByDatabaseRole()
    {
        // Team mode: the requester is also known by the database role that created the deployment.
        m_people[1].identity.dbRole = u"rm_alex"_s;
        ApprovalRequest r = request();
        r.requestedBy = u"someone-else"_s;
        r.requestedRole = u"rm_alex"_s;
        const auto e = eval({candidate(u"bob"_s), candidate(u"carol"_s)}, twoApprovers(), &r);
        m_people[1].identity.dbRole.clear();
        QVERIFY(!e.satisfied);
        QCOMPARE(e.verdicts.at(0).code, u"policy.self_approval"_s);
    }

    void samePersonTwiceCountsOnce()
    {
        const auto e = eval({candidate(u"bob"_s), candidate(u"bob"_s)});
        QVERIFY(!e.satisfied);
        QCOMPARE(e.approvedBy, QStringList{u"bob"_s});
        QCOMPARE(e.verdicts.at(1).code, u"policy.duplicate"_s);
    }

    void oneRejectionBlocks()
    {
        const auto e = eval({candidate(u"bob"_s), candidate(u"carol"_s),
                             candidate(u"dave"_s, ApprovalSignature::Decision::Reject)});
        QVERIFY(e.rejected);
        QVERIFY(!e.satisfied);
        QCOMPARE(e.rejectedBy, QStringList{u"dave"_s});
        QVERIFY(e.summary().contains(u"rejected by dave"_s));
    }

    void expiredRejectionDoesNotBlock()
    {
        const auto e =
            eval({candidate(u"bob"_s), candidate(u"carol"_s),
                  candidate(u"dave"_s, ApprovalSignature::Decision::Reject, std::nullopt, 7200, 3600)});
        QVERIFY(!e.rejected);
        QVERIFY(e.satisfied);
    }

    void expiredApprovalDoesNotCount()
    {
        const auto e =
            eval({candidate(u"bob"_s, ApprovalSignature::Decision::Approve, std::nullopt, 7200, 3600),
                  candidate(u"carol"_s)});
        QVERIFY(!e.satisfied);
        QCOMPARE(e.verdicts.at(0).code, u"policy.expired"_s);
    }

    void olderThanPolicyLifetimeDoesNotCount()
    {
        ApprovalPolicy p = twoApprovers();
        p.lifetimeMinutes = 30;
        // Signed 40 minutes ago, valid for a day by its own expiry: the policy says 30 minutes.
        const auto e =
            eval({candidate(u"bob"_s, ApprovalSignature::Decision::Approve, std::nullopt, 2400, 86400),
                  candidate(u"carol"_s)},
                 p);
        QVERIFY(!e.satisfied);
        QCOMPARE(e.verdicts.at(0).code, u"policy.expired"_s);
    }

    void otherDigestDoesNotCount()
    {
        // Another plan: another environment, version or any changed step — the digest differs.
        const QString other = core::sha256Hex(QByteArray("plan v1.2.0 to staging"));
        const auto e =
            eval({candidate(u"bob"_s, ApprovalSignature::Decision::Approve, other), candidate(u"carol"_s)});
        QVERIFY(!e.satisfied);
        QCOMPARE(e.verdicts.at(0).code, u"policy.other_plan"_s);
    }

    void planChangeVoidsEarlierApprovals()
    {
        const auto before = eval({candidate(u"bob"_s), candidate(u"carol"_s)});
        QVERIFY(before.satisfied);
        ApprovalRequest changed = request();
        changed.planDigest = core::sha256Hex(QByteArray("plan v1.2.1 to production"));
        const auto after = eval({candidate(u"bob"_s), candidate(u"carol"_s)}, twoApprovers(), &changed);
        QVERIFY(!after.satisfied);
        QCOMPARE(after.verdicts.at(0).code, u"policy.other_plan"_s);
        QCOMPARE(after.verdicts.at(1).code, u"policy.other_plan"_s);
    }

    void tamperedSignatureDoesNotCount()
    {
        ApprovalCandidate c = candidate(u"bob"_s);
        c.signature.comment = u"changed after signing"_s;
        const auto e = eval({c, candidate(u"carol"_s)});
        QVERIFY(!e.satisfied);
        QCOMPARE(e.verdicts.at(0).code, u"policy.bad_signature"_s);
    }

    void unregisteredKeyDoesNotCount()
    {
        ApprovalCandidate c = candidate(u"bob"_s);
        c.identity.reset();
        const auto e = eval({c, candidate(u"carol"_s)});
        QVERIFY(!e.satisfied);
        QCOMPARE(e.verdicts.at(0).code, u"policy.unregistered_key"_s);
    }

    void staleKeyDoesNotCount()
    {
        ApprovalCandidate c = candidate(u"bob"_s);
        c.keyValidAtSigning = false; // signed with a key bob had already rotated away
        const auto e = eval({c, candidate(u"carol"_s)});
        QCOMPARE(e.verdicts.at(0).code, u"policy.stale_key"_s);
    }

    void revokedIdentityDoesNotCount()
    {
        ApprovalCandidate c = candidate(u"bob"_s);
        c.identity->revokedAt = m_now.addSecs(-3600);
        const auto e = eval({c, candidate(u"carol"_s)});
        QCOMPARE(e.verdicts.at(0).code, u"policy.revoked"_s);
    }

    void onlyAllowedIdentitiesOrGroups()
    {
        ApprovalPolicy p = twoApprovers();
        p.allowedGroups = {u"approvers"_s};
        const auto e = eval({candidate(u"dave"_s), candidate(u"bob"_s)}, p);
        QVERIFY(!e.satisfied);
        QCOMPARE(e.verdicts.at(0).code, u"policy.not_allowed"_s);
        QCOMPARE(e.awaiting, QStringList{u"carol"_s});
        p.allowedIdentities = {u"dave"_s};
        QVERIFY(eval({candidate(u"dave"_s), candidate(u"bob"_s)}, p).satisfied);
    }

    void kindsThePolicyCovers()
    {
        ApprovalPolicy p = twoApprovers();
        p.forRollback = false;
        p.forContractMigration = true;
        QVERIFY(p.appliesTo(core::DeploymentKind::Deploy, false));
        QVERIFY(!p.appliesTo(core::DeploymentKind::Rollback, false));
        QVERIFY(p.appliesTo(core::DeploymentKind::Rollback, true));
        p.forDeploy = false;
        QVERIFY(!p.appliesTo(core::DeploymentKind::Deploy, false));
        QVERIFY(p.appliesTo(core::DeploymentKind::Deploy, true));
        const ApprovalRequest r = request(core::DeploymentKind::Rollback);
        QVERIFY(eval({}, p, &r).satisfied);
    }

    void emergencyRollbackGoesAloneOnlyIfAllowed()
    {
        ApprovalPolicy p = twoApprovers();
        ApprovalRequest r = request(core::DeploymentKind::Rollback);
        r.emergency = true;
        QVERIFY(!eval({}, p, &r).satisfied);
        p.emergencyRollback = true;
        const auto e = eval({}, p, &r);
        QVERIFY(e.satisfied);
        QVERIFY(e.emergencyBypass);
        // Not for a deploy, and a rejection still blocks.
        ApprovalRequest d = request();
        d.emergency = true;
        QVERIFY(!eval({}, p, &d).satisfied);
        QVERIFY(!eval({candidate(u"bob"_s, ApprovalSignature::Decision::Reject)}, p, &r).satisfied);
    }

    void policyJsonRoundTrip()
    {
        ApprovalPolicy p;
        p.requiredApprovals = 3;
        p.allowedIdentities = {u"bob"_s};
        p.allowedGroups = {u"approvers"_s};
        p.forRollback = false;
        p.lifetimeMinutes = 90;
        p.emergencyRollback = true;
        const ApprovalPolicy q = ApprovalPolicy::fromJson(p.toJson());
        QCOMPARE(q.toJson(), p.toJson());
    }
};

QTEST_GUILESS_MAIN(TestApprovalPolicy)
#include "TestApprovalPolicy.moc"
