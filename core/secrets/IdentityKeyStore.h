#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

#include "core/Result.h"
#include "core/crypto/Ed25519.h"

namespace core {

class SecretStore;

// A person's signing key in their OS keychain, sealed with their passphrase (SealedKey: Argon2id +
// secretbox), under the keychain key "identity/<name>". Whoever can read the keychain still needs
// the passphrase to sign, so two people sharing one desktop session cannot sign for each other.
// Asynchronous like SecretStore. Errors: those of SecretStore and SealedKey, plus
// "identity.no_key" (this keychain holds no key for the identity).
class IdentityKeyStore final
{
public:
    using StatusCallback = std::function<void(Status)>;
    using KeyCallback = std::function<void(Result<Ed25519>)>;

    explicit IdentityKeyStore(SecretStore &store)
        : m_store(store)
    {}

    static QString entryName(const QString &identity);
    // Where a key rotation keeps the new key until the workspace has registered it
    // ("identity/<name>/next"; see KeyRotation).
    static QString pendingEntryName(const QString &identity);

    // Seals `key` with `passphrase` and stores it (replacing an earlier key of that identity).
    void save(const QString &identity,
              const Ed25519 &key,
              const QString &passphrase,
              QObject *context,
              StatusCallback done);
    // Reads and opens the key; "crypto.wrong_passphrase" when the passphrase is wrong. With
    // `registeredKey` (the identity's current public key in the workspace): when the main entry
    // holds another key (or none) but the pending entry of an interrupted rotation holds this one,
    // that key is returned and moved into the main entry (the rotation is finished).
    void unlock(const QString &identity,
                const QString &passphrase,
                QObject *context,
                KeyCallback done,
                const QByteArray &registeredKey = {});
    void remove(const QString &identity, QObject *context, StatusCallback done);

    // The steps of a crash-safe key rotation (KeyRotation): the new key goes to the pending entry
    // first, and replaces the main entry only once the workspace has registered it.
    void savePending(const QString &identity,
                     const Ed25519 &key,
                     const QString &passphrase,
                     QObject *context,
                     StatusCallback done);
    void promotePending(const QString &identity, QObject *context, StatusCallback done);
    void removePending(const QString &identity, QObject *context, StatusCallback done);

private:
    void saveTo(const QString &entry,
                const Ed25519 &key,
                const QString &passphrase,
                QObject *context,
                StatusCallback done);

    SecretStore &m_store;
};

} // namespace core
