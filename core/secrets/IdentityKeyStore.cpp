#include "IdentityKeyStore.h"

#include <memory>
#include <optional>

#include <QCoreApplication>

#include "core/crypto/SealedKey.h"
#include "core/secrets/SecretStore.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::IdentityKeyStore)
};

} // namespace

QString IdentityKeyStore::entryName(const QString &identity)
{
    return u"identity/"_s + identity;
}

QString IdentityKeyStore::pendingEntryName(const QString &identity)
{
    return entryName(identity) + u"/next"_s;
}

void IdentityKeyStore::save(const QString &identity,
                            const Ed25519 &key,
                            const QString &passphrase,
                            QObject *context,
                            StatusCallback done)
{
    saveTo(entryName(identity), key, passphrase, context, std::move(done));
}

void IdentityKeyStore::savePending(const QString &identity,
                                   const Ed25519 &key,
                                   const QString &passphrase,
                                   QObject *context,
                                   StatusCallback done)
{
    saveTo(pendingEntryName(identity), key, passphrase, context, std::move(done));
}

void IdentityKeyStore::promotePending(const QString &identity, QObject *context, StatusCallback done)
{
    // The sealed bytes move as they are: no passphrase needed, nothing decrypted.
    SecretStore &store = m_store;
    m_store.read(pendingEntryName(identity), context,
                 [&store, identity, context, done](Result<QByteArray> blob) {
                     if (!blob.ok()) {
                         done(blob.error());
                         return;
                     }
                     store.write(entryName(identity), *blob, context,
                                 [&store, identity, context, done](Status written) {
                                     if (!written.ok()) {
                                         done(written);
                                         return;
                                     }
                                     store.remove(pendingEntryName(identity), context, done);
                                 });
                 });
}

void IdentityKeyStore::removePending(const QString &identity, QObject *context, StatusCallback done)
{
    m_store.remove(pendingEntryName(identity), context, std::move(done));
}

void IdentityKeyStore::saveTo(const QString &entry,
                              const Ed25519 &key,
                              const QString &passphrase,
                              QObject *context,
                              StatusCallback done)
{
    if (passphrase.size() < 8) {
        done(Error{
            u"identity.weak_passphrase"_s, Tr::tr("The passphrase must have at least 8 characters."), {}});
        return;
    }
    QByteArray secret = key.secretKey();
    auto sealed = SealedKey::seal(secret, passphrase);
    Ed25519::wipe(secret);
    if (!sealed.ok()) {
        done(sealed.error());
        return;
    }
    m_store.write(entry, sealed->toBytes(), context, std::move(done));
}

namespace {

Result<Ed25519> openSealed(const QByteArray &blob, const QString &passphrase)
{
    auto sealed = SealedKey::fromBytes(blob);
    if (!sealed.ok())
        return sealed.error();
    auto secret = sealed->open(passphrase);
    if (!secret.ok())
        return secret.error();
    auto key = Ed25519::fromSecretKey(*secret);
    Ed25519::wipe(*secret);
    return key;
}

Error noKey(const QString &identity)
{
    return Error{u"identity.no_key"_s,
                 Tr::tr("This keychain holds no signing key for %1 (create the identity here, or "
                        "sign on the machine that has its key).")
                     .arg(identity),
                 {}};
}

} // namespace

void IdentityKeyStore::unlock(const QString &identity,
                              const QString &passphrase,
                              QObject *context,
                              KeyCallback done,
                              const QByteArray &registeredKey)
{
    IdentityKeyStore self(m_store);
    m_store.read(entryName(identity), context,
                 [self, identity, passphrase, context, done, registeredKey](Result<QByteArray> blob) mutable {
                     if (!blob.ok() && blob.error().code != u"secrets.not_found") {
                         done(blob.error());
                         return;
                     }
                     std::optional<Result<Ed25519>> main;
                     if (blob.ok())
                         main.emplace(openSealed(*blob, passphrase));
                     const bool current = main && main->ok() && (*main)->publicKey() == registeredKey;
                     if (registeredKey.isEmpty() || current) {
                         done(main ? std::move(*main) : Result<Ed25519>(noKey(identity)));
                         return;
                     }
                     // Not the registered key: a rotation may have stopped after the workspace
                     // registered its new key, which then waits in the pending entry.
                     auto fallback = std::make_shared<std::optional<Result<Ed25519>>>(std::move(main));
                     self.m_store.read(
                         pendingEntryName(identity), context,
                         [self, identity, passphrase, context, done, registeredKey,
                          fallback](Result<QByteArray> pending) mutable {
                             if (pending.ok()) {
                                 auto key = openSealed(*pending, passphrase);
                                 if (key.ok() && key->publicKey() == registeredKey) {
                                     // Finish the rotation first (the key is usable whether that
                                     // works or not: the pending entry stays until it does).
                                     auto found = std::make_shared<Result<Ed25519>>(std::move(key));
                                     self.promotePending(identity, context,
                                                         [found, done](Status) { done(std::move(*found)); });
                                     return;
                                 }
                             }
                             done(*fallback ? std::move(**fallback) : Result<Ed25519>(noKey(identity)));
                         });
                 });
}

void IdentityKeyStore::remove(const QString &identity, QObject *context, StatusCallback done)
{
    m_store.remove(entryName(identity), context, std::move(done));
}

} // namespace core
