#include "IdentityKeyStore.h"

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

void IdentityKeyStore::save(const QString &identity,
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
    m_store.write(entryName(identity), sealed->toBytes(), context, std::move(done));
}

void IdentityKeyStore::unlock(const QString &identity,
                              const QString &passphrase,
                              QObject *context,
                              KeyCallback done)
{
    m_store.read(entryName(identity), context, [identity, passphrase, done](Result<QByteArray> blob) {
        if (!blob.ok()) {
            if (blob.error().code == u"secrets.not_found")
                done(Error{u"identity.no_key"_s,
                           Tr::tr("This keychain holds no signing key for %1 (create the identity here, or "
                                  "sign on the machine that has its key).")
                               .arg(identity),
                           {}});
            else
                done(blob.error());
            return;
        }
        auto sealed = SealedKey::fromBytes(*blob);
        if (!sealed.ok()) {
            done(sealed.error());
            return;
        }
        auto secret = sealed->open(passphrase);
        if (!secret.ok()) {
            done(secret.error());
            return;
        }
        auto key = Ed25519::fromSecretKey(*secret);
        Ed25519::wipe(*secret);
        done(std::move(key));
    });
}

void IdentityKeyStore::remove(const QString &identity, QObject *context, StatusCallback done)
{
    m_store.remove(entryName(identity), context, std::move(done));
}

} // namespace core
