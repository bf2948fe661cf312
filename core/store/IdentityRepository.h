#pragma once

#include <optional>

#include <QSqlDatabase>

#include "core/Result.h"
#include "core/model/Identity.h"
#include "core/store/Dialect.h"

namespace core {

// Identities and their public keys. On PostgreSQL every change goes through the server's
// SECURITY DEFINER functions, which stamp the caller's role (see ApprovalSchema.h); on SQLite
// through plain statements. Errors: "identity.exists", "identity.unknown", "identity.key_in_use",
// "identity.refused" (the server said no, with its reason).
class IdentityRepository final
{
public:
    IdentityRepository(QSqlDatabase db, const Dialect &dialect)
        : m_db(std::move(db))
        , m_dialect(dialect)
    {}

    Result<qint64> create(const QString &name, const QByteArray &publicKey, const QStringList &groups);
    Status rotate(const QString &name, const QByteArray &newPublicKey);
    Status revoke(const QString &name);

    Result<QList<Identity>> list() const;
    Result<Identity> byName(const QString &name) const;
    // The identity (and which of its keys) a public key belongs to, if any.
    Result<std::optional<IdentityKey>> keyOwner(const QByteArray &publicKey) const;
    Result<QList<IdentityKey>> allKeys() const;
    // Team mode: the identity of the connected database role, if it registered one.
    Result<std::optional<Identity>> forSessionRole() const;

private:
    Error refused(const Error &error) const;

    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
