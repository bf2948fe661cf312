#include "IdentityRepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::IdentityRepository)
};

const QString kColumns =
    u"i.id, i.name, i.db_role, i.groups_list, i.created_at, i.rotated_at, i.revoked_at, k.public_key"_s;
// The current key: the one without an end (a revoked identity: its last key).
const QString kFrom = u" FROM identities i JOIN identity_keys k ON k.identity_id = i.id AND k.id = "
                      "(SELECT MAX(k2.id) FROM identity_keys k2 WHERE k2.identity_id = i.id)"_s;

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Identity fromRow(const QSqlQuery &q)
{
    Identity i;
    i.id = q.value(0).toLongLong();
    i.name = q.value(1).toString();
    i.dbRole = q.value(2).toString();
    i.groups = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    i.createdAt = fromMs(q.value(4));
    i.rotatedAt = fromMs(q.value(5));
    i.revokedAt = fromMs(q.value(6));
    i.publicKey = QByteArray::fromBase64(q.value(7).toString().toLatin1());
    return i;
}

IdentityKey keyFromRow(const QSqlQuery &q)
{
    IdentityKey k;
    k.identityId = q.value(0).toLongLong();
    k.identityName = q.value(1).toString();
    k.publicKey = QByteArray::fromBase64(q.value(2).toString().toLatin1());
    k.validFrom = fromMs(q.value(3));
    k.validUntil = fromMs(q.value(4));
    return k;
}

QString keyText(const QByteArray &key)
{
    return QString::fromLatin1(key.toBase64());
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

Error IdentityRepository::refused(const Error &error) const
{
    const QString native = error.code.section(u':', 1);
    if (m_dialect.isUniqueViolation(native, error.message)) {
        return Error{u"identity.exists"_s,
                     Tr::tr("An identity with this name or this public key is already registered."),
                     error.detail};
    }
    if (native == u"P0001" || native == u"42501") {
        return Error{u"identity.refused"_s,
                     Tr::tr("The workspace server refused the identity change: %1").arg(error.message),
                     error.detail};
    }
    return error;
}

Result<qint64>
IdentityRepository::create(const QString &name, const QByteArray &publicKey, const QStringList &groups)
{
    if (name.trimmed().isEmpty() || name.contains(u',') || name.size() > 100)
        return Error{u"identity.invalid"_s,
                     Tr::tr("An identity needs a name of 1–100 characters without commas."),
                     {}};
    if (publicKey.size() != 32)
        return Error{u"identity.invalid"_s, Tr::tr("An identity needs a 32-byte Ed25519 public key."), {}};
    const QList<Binding> bindings{{u":name"_s, name.trimmed()},
                                  {u":key"_s, keyText(publicKey)},
                                  {u":groups"_s, groups.join(u',')},
                                  {u":at"_s, nowMs()}};
    if (m_dialect.kind() == Dialect::Kind::PostgreSQL) {
        auto id =
            runReturning(m_db, u"SELECT switchyard_register_identity(:name, :key, :groups, :at)"_s, bindings);
        if (!id.ok())
            return refused(id.error());
        return id->value_or(0);
    }
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto id =
        runReturning(m_db,
                     u"INSERT INTO identities (name, groups_list, created_at) VALUES (:name, :groups, :at) "
                     "RETURNING id"_s,
                     {{u":name"_s, name.trimmed()}, {u":groups"_s, groups.join(u',')}, {u":at"_s, nowMs()}});
    if (!id.ok())
        return refused(id.error());
    auto key = runSql(
        m_db, u"INSERT INTO identity_keys (identity_id, public_key, valid_from) VALUES (:id, :key, :at)"_s,
        {{u":id"_s, id->value_or(0)}, {u":key"_s, keyText(publicKey)}, {u":at"_s, nowMs()}});
    if (!key.ok())
        return refused(key.error());
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return id->value_or(0);
}

Status IdentityRepository::rotate(const QString &name, const QByteArray &newPublicKey)
{
    if (newPublicKey.size() != 32)
        return Error{u"identity.invalid"_s, Tr::tr("An identity needs a 32-byte Ed25519 public key."), {}};
    auto existing = byName(name);
    if (!existing.ok())
        return existing.error();
    if (existing->revoked())
        return Error{u"identity.revoked"_s, Tr::tr("The identity %1 is revoked.").arg(name), {}};
    const qint64 at = nowMs();
    if (m_dialect.kind() == Dialect::Kind::PostgreSQL) {
        auto done = runSql(m_db, u"SELECT switchyard_rotate_identity(:name, :key, :at)"_s,
                           {{u":name"_s, name}, {u":key"_s, keyText(newPublicKey)}, {u":at"_s, at}});
        return done.ok() ? Status() : Status(refused(done.error()));
    }
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun();
    for (const auto &[sql, bindings] : QList<std::pair<QString, QList<Binding>>>{
             {u"UPDATE identity_keys SET valid_until = :at WHERE identity_id = :id AND valid_until IS NULL"_s,
              {{u":at"_s, at}, {u":id"_s, existing->id}}},
             {u"INSERT INTO identity_keys (identity_id, public_key, valid_from) VALUES (:id, :key, :at)"_s,
              {{u":id"_s, existing->id}, {u":key"_s, keyText(newPublicKey)}, {u":at"_s, at}}},
             {u"UPDATE identities SET rotated_at = :at WHERE id = :id"_s,
              {{u":at"_s, at}, {u":id"_s, existing->id}}},
         }) {
        if (auto ran = runSql(m_db, sql, bindings); !ran.ok())
            return refused(ran.error());
    }
    return tx.commit();
}

Status IdentityRepository::revoke(const QString &name)
{
    auto existing = byName(name);
    if (!existing.ok())
        return existing.error();
    const qint64 at = nowMs();
    if (m_dialect.kind() == Dialect::Kind::PostgreSQL) {
        auto done = runSql(m_db, u"SELECT switchyard_revoke_identity(:name, :at)"_s,
                           {{u":name"_s, name}, {u":at"_s, at}});
        return done.ok() ? Status() : Status(refused(done.error()));
    }
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun();
    if (auto ran = runSql(
            m_db,
            u"UPDATE identity_keys SET valid_until = :at WHERE identity_id = :id AND valid_until IS NULL"_s,
            {{u":at"_s, at}, {u":id"_s, existing->id}});
        !ran.ok())
        return ran.error();
    if (auto ran = runSql(m_db, u"UPDATE identities SET revoked_at = :at WHERE id = :id"_s,
                          {{u":at"_s, at}, {u":id"_s, existing->id}});
        !ran.ok())
        return ran.error();
    return tx.commit();
}

Result<QList<Identity>> IdentityRepository::list() const
{
    return collectRows(runSql(m_db, u"SELECT "_s + kColumns + kFrom + u" ORDER BY i.name"_s), fromRow);
}

Result<Identity> IdentityRepository::byName(const QString &name) const
{
    auto q = runSql(m_db, u"SELECT "_s + kColumns + kFrom + u" WHERE i.name = :name"_s, {{u":name"_s, name}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error{u"identity.unknown"_s,
                     Tr::tr("No identity named %1 is registered in this workspace (see “switchyard identity "
                            "list”).")
                         .arg(name),
                     {}};
    return fromRow(*q);
}

Result<std::optional<IdentityKey>> IdentityRepository::keyOwner(const QByteArray &publicKey) const
{
    auto q = runSql(m_db,
                    u"SELECT i.id, i.name, k.public_key, k.valid_from, k.valid_until FROM identity_keys k "
                    "JOIN identities i ON i.id = k.identity_id WHERE k.public_key = :key"_s,
                    {{u":key"_s, keyText(publicKey)}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<IdentityKey>();
    return std::optional<IdentityKey>(keyFromRow(*q));
}

Result<QList<IdentityKey>> IdentityRepository::allKeys() const
{
    return collectRows(runSql(m_db, u"SELECT i.id, i.name, k.public_key, k.valid_from, k.valid_until "
                                    "FROM identity_keys k JOIN identities i ON i.id = k.identity_id"_s),
                       keyFromRow);
}

Result<std::optional<Identity>> IdentityRepository::forSessionRole() const
{
    if (m_dialect.kind() != Dialect::Kind::PostgreSQL)
        return std::optional<Identity>();
    auto q = runSql(m_db, u"SELECT "_s + kColumns + kFrom +
                              u" WHERE i.db_role = session_user AND i.revoked_at IS NULL"_s);
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<Identity>();
    return std::optional<Identity>(fromRow(*q));
}

} // namespace core
