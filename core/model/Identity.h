#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace core {

// A person who may request, approve or reject deployments. The public key lives in the workspace;
// the private key only in that person's keychain, sealed with their passphrase (IdentityKeyStore).
// A rotated identity keeps its old keys (valid until the rotation) so old signatures still verify.
struct Identity
{
    qint64 id = 0;
    QString name;
    QByteArray publicKey; // the current key (32 bytes)
    QStringList groups;   // e.g. "release-managers", "approvers"
    QString dbRole;       // team mode: the PostgreSQL role that registered it (stamped by the server)
    QDateTime createdAt;
    QDateTime rotatedAt; // invalid when never rotated
    QDateTime revokedAt; // invalid when not revoked

    [[nodiscard]] bool revoked() const { return revokedAt.isValid(); }
};

// One key an identity has held: valid from its registration until its rotation (or for good).
struct IdentityKey
{
    qint64 identityId = 0;
    QString identityName;
    QByteArray publicKey;
    QDateTime validFrom;
    QDateTime validUntil; // invalid while current

    [[nodiscard]] bool validAt(const QDateTime &t) const
    {
        return t >= validFrom.addSecs(-300) && (!validUntil.isValid() || t < validUntil);
    }
};

} // namespace core
