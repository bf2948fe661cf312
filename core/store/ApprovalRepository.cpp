#include "ApprovalRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::ApprovalRepository)
};

const QString kColumns =
    u"a.id, a.deployment_id, a.identity_id, i.name, a.plan_digest, a.decision, a.comment, "
    "a.signed_at, a.expires_at, a.signer_key, a.signature, a.source, a.recorded_by, "
    "a.recorded_role, a.recorded_at FROM approvals a JOIN identities i ON i.id = a.identity_id"_s;

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

StoredApproval fromRow(const QSqlQuery &q)
{
    StoredApproval a;
    a.id = q.value(0).toLongLong();
    a.deploymentId = toOptionalInt(q.value(1));
    a.identityId = q.value(2).toLongLong();
    a.identityName = q.value(3).toString();
    a.signature.planDigest = q.value(4).toString();
    a.signature.decision = q.value(5).toString() == u"reject" ? ApprovalSignature::Decision::Reject
                                                              : ApprovalSignature::Decision::Approve;
    a.signature.comment = q.value(6).toString();
    a.signature.signedAt = fromMs(q.value(7));
    a.signature.expiresAt = fromMs(q.value(8));
    a.signature.signerPublicKey = QByteArray::fromBase64(q.value(9).toString().toLatin1());
    a.signature.signature = QByteArray::fromBase64(q.value(10).toString().toLatin1());
    a.source = q.value(11).toString();
    a.recordedBy = q.value(12).toString();
    a.recordedRole = q.value(13).toString();
    a.recordedAt = fromMs(q.value(14));
    return a;
}

} // namespace

Result<qint64> ApprovalRepository::record(const StoredApproval &approval)
{
    const ApprovalSignature &s = approval.signature;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Binding> bindings{{u":deployment"_s, optionalInt(approval.deploymentId)},
                            {u":digest"_s, s.planDigest},
                            {u":decision"_s, ApprovalSignature::decisionName(s.decision)},
                            {u":comment"_s, s.comment},
                            {u":signed"_s, s.signedAt.toMSecsSinceEpoch()},
                            {u":expires"_s, s.expiresAt.toMSecsSinceEpoch()},
                            {u":key"_s, QString::fromLatin1(s.signerPublicKey.toBase64())},
                            {u":signature"_s, QString::fromLatin1(s.signature.toBase64())},
                            {u":source"_s, approval.source},
                            {u":by"_s, approval.recordedBy},
                            {u":at"_s, now}};
    Result<std::optional<qint64>> id = std::optional<qint64>();
    if (m_dialect.kind() == Dialect::Kind::PostgreSQL) {
        id = runReturning(
            m_db,
            u"SELECT switchyard_record_approval(:deployment, :digest, :decision, :comment, :signed, "
            ":expires, :key, :signature, :source, :by, :at)"_s,
            bindings);
    } else {
        bindings << Binding{u":identity"_s, approval.identityId};
        id = runReturning(
            m_db,
            u"INSERT INTO approvals (deployment_id, plan_digest, identity_id, decision, comment, "
            "signed_at, expires_at, signer_key, signature, source, recorded_by, recorded_at) VALUES "
            "(:deployment, :digest, :identity, :decision, :comment, :signed, :expires, :key, "
            ":signature, :source, :by, :at) RETURNING id"_s,
            bindings);
    }
    if (!id.ok()) {
        const Error &e = id.error();
        const QString native = e.code.section(u':', 1);
        if (m_dialect.isUniqueViolation(native, e.message)) {
            if (e.message.contains(u"signature"_s) || e.detail.contains(u"signature"_s)) {
                // Which constraint: look it up rather than parse driver text.
                auto known = signatureKnown(s.signature);
                if (known.ok() && *known)
                    return Error{u"approval.replayed"_s,
                                 Tr::tr("This approval (the same signature) was already recorded: a replay."),
                                 e.detail};
            }
            return Error{u"approval.duplicate"_s, Tr::tr("This identity already decided on this plan."),
                         e.detail};
        }
        return Error{u"approval.refused"_s, Tr::tr("The workspace refused the approval: %1").arg(e.message),
                     e.detail};
    }
    return id->value_or(0);
}

Result<QList<StoredApproval>> ApprovalRepository::forDigest(const QString &planDigest) const
{
    return collectRows(runSql(m_db,
                              u"SELECT "_s + kColumns + u" WHERE a.plan_digest = :digest ORDER BY a.id"_s,
                              {{u":digest"_s, planDigest}}),
                       fromRow);
}

Result<QList<StoredApproval>> ApprovalRepository::all() const
{
    return collectRows(runSql(m_db, u"SELECT "_s + kColumns + u" ORDER BY a.id"_s), fromRow);
}

Result<bool> ApprovalRepository::signatureKnown(const QByteArray &signature) const
{
    auto q = runSql(m_db, u"SELECT COUNT(*) FROM approvals WHERE signature = :sig"_s,
                    {{u":sig"_s, QString::fromLatin1(signature.toBase64())}});
    if (!q.ok())
        return q.error();
    return q->next() && q->value(0).toLongLong() > 0;
}

Result<QList<DeploymentId>> ApprovalRepository::deploymentsWithDigest(const QString &planDigest) const
{
    return collectRows(runSql(m_db,
                              u"SELECT id FROM deployments WHERE plan_digest = :digest ORDER BY id DESC"_s,
                              {{u":digest"_s, planDigest}}),
                       [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

Result<QString> ApprovalRepository::requestedRole(DeploymentId deployment) const
{
    auto q =
        runSql(m_db, u"SELECT requested_role FROM deployments WHERE id = :id"_s, {{u":id"_s, deployment}});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status ApprovalRepository::notifyRequest(const QString &planDigest)
{
    if (m_dialect.kind() != Dialect::Kind::PostgreSQL)
        return {};
    auto q =
        runSql(m_db, u"SELECT pg_notify('switchyard_approvals', :digest)"_s, {{u":digest"_s, planDigest}});
    if (!q.ok())
        return q.error();
    return {};
}

Result<ApprovalPolicy> ApprovalRepository::policy(EnvironmentId environment) const
{
    auto q = runSql(m_db, u"SELECT policy FROM approval_policies WHERE environment_id = :env"_s,
                    {{u":env"_s, environment}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return ApprovalPolicy{};
    return ApprovalPolicy::fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
}

Status ApprovalRepository::setPolicy(EnvironmentId environment,
                                     const ApprovalPolicy &policy,
                                     const QString &updatedBy)
{
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun();
    const QList<Binding> bindings{
        {u":env"_s, environment},
        {u":policy"_s, QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact))},
        {u":at"_s, QDateTime::currentMSecsSinceEpoch()},
        {u":by"_s, updatedBy}};
    auto removed = runSql(m_db, u"DELETE FROM approval_policies WHERE environment_id = :env"_s,
                          {{u":env"_s, environment}});
    if (!removed.ok())
        return Error{u"policy.refused"_s,
                     Tr::tr("The workspace refused the policy change: %1").arg(removed.error().message),
                     removed.error().detail};
    auto inserted = runSql(m_db,
                           u"INSERT INTO approval_policies (environment_id, policy, updated_at, updated_by) "
                           "VALUES (:env, :policy, :at, :by)"_s,
                           bindings);
    if (!inserted.ok())
        return Error{u"policy.refused"_s,
                     Tr::tr("The workspace refused the policy change: %1").arg(inserted.error().message),
                     inserted.error().detail};
    return tx.commit();
}

} // namespace core
