#pragma once

#include <QByteArray>
#include <QString>

#include "core/Result.h"

namespace core {

// A secret (an Ed25519 secret key) sealed with a passphrase, so that whoever can read the keychain
// entry still needs the passphrase to sign. Key derivation: Argon2id (libsodium crypto_pwhash,
// ALG_ARGON2ID13, OPSLIMIT/MEMLIMIT_INTERACTIVE) with a random 16-byte salt; encryption:
// crypto_secretbox_easy (XSalsa20-Poly1305) with a random 24-byte nonce. Sealing the same secret
// twice gives different blobs.
//
// Serialised form (toBytes/fromBytes), versioned compact JSON, binary fields in base64:
//   {"ciphertext":"…","kdf":"argon2id13","memlimit":67108864,"nonce":"…","opslimit":2,
//    "salt":"…","v":1}
// Errors: "crypto.corrupt" (the blob does not parse or has impossible parameters),
// "crypto.wrong_passphrase" (authentication failed: a wrong passphrase — or a damaged ciphertext,
// which the MAC cannot tell apart), "crypto.kdf_failed" (out of memory), "crypto.init_failed".
class SealedKey final
{
public:
    static constexpr int kVersion = 1;

    [[nodiscard]] static Result<SealedKey> seal(const QByteArray &secret, const QString &passphrase);
    [[nodiscard]] static Result<SealedKey> fromBytes(const QByteArray &serialised);

    [[nodiscard]] QByteArray toBytes() const;
    // The secret, decrypted into a buffer the caller owns (wipe it with Ed25519::wipe() when done).
    [[nodiscard]] Result<QByteArray> open(const QString &passphrase) const;

    [[nodiscard]] quint64 opsLimit() const { return m_opsLimit; }
    [[nodiscard]] quint64 memLimit() const { return m_memLimit; }

private:
    SealedKey() = default;

    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_ciphertext;
    quint64 m_opsLimit = 0;
    quint64 m_memLimit = 0;
};

} // namespace core
