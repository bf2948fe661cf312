#pragma once

#include <optional>

#include <QSqlDatabase>

#include "core/Result.h"
#include "core/crypto/ApprovalSignature.h"
#include "core/model/Ids.h"
#include "core/policy/ApprovalPolicy.h"
#include "core/store/Dialect.h"

namespace core {

// An approval as stored: the signed part, who it belongs to, and how it arrived.
struct StoredApproval
{
    qint64 id = 0;
    std::optional<DeploymentId> deploymentId;
    qint64 identityId = 0;
    QString identityName;
    ApprovalSignature signature;
    QString source; // "local" (signed here) or "file" (imported)
    QString recordedBy;
    QString recordedRole; // team mode: session_user of whoever recorded it
    QDateTime recordedAt;
};

// Signed approvals and the approval policy of each environment. Approvals are append-only; on
// PostgreSQL they are written only through switchyard_record_approval() (see ApprovalSchema.h).
// Errors: "approval.replayed" (this exact signature is already recorded),
// "approval.duplicate" (this identity already decided the same way on this plan),
// "approval.refused" (the database refused it, with its reason).
class ApprovalRepository final
{
public:
    ApprovalRepository(QSqlDatabase db, const Dialect &dialect)
        : m_db(std::move(db))
        , m_dialect(dialect)
    {}

    Result<qint64> record(const StoredApproval &approval);
    Result<QList<StoredApproval>> forDigest(const QString &planDigest) const;
    Result<QList<StoredApproval>> all() const;
    Result<bool> signatureKnown(const QByteArray &signature) const;
    // Deployments whose plan has this digest, newest first.
    Result<QList<DeploymentId>> deploymentsWithDigest(const QString &planDigest) const;
    // Team mode: the database role that created the deployment (stamped by the server).
    Result<QString> requestedRole(DeploymentId deployment) const;
    // Team mode: NOTIFY switchyard_approvals with the digest (a new request); no-op on SQLite.
    Status notifyRequest(const QString &planDigest);

    Result<ApprovalPolicy> policy(EnvironmentId environment) const;
    Status setPolicy(EnvironmentId environment, const ApprovalPolicy &policy, const QString &updatedBy);

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
