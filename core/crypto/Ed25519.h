#pragma once

#include <QByteArray>
#include <QString>

#include "core/Result.h"

namespace core {

// An Ed25519 key pair (libsodium): the "KeyPair" type of Switchyard identities. The public key is
// public; the secret key (libsodium's 64-byte form: seed + public key) never leaves this object
// except through secretKey(), which hands out a separate copy for sealing (see SealedKey).
//
// Wiping, and its limits: the destructor overwrites the secret key's buffer with sodium_memzero(),
// and the buffer is never shared with another QByteArray (secretKey() returns a deep copy), so the
// wipe reaches the only copy this object made. It cannot reach copies made elsewhere: the caller's
// copy from secretKey() (wipe it with Ed25519::wipe()), the plaintext buffers of the keychain and
// D-Bus, or pages the kernel swapped out or a core dump captured — the memory is not mlock()ed.
// Moving a key pair moves the buffer; copying is disabled.
//
// Text forms: public keys and signatures travel as standard base64 (RFC 4648, with padding).
// Errors: "crypto.init_failed", "crypto.bad_key", "crypto.bad_signature".
class Ed25519 final
{
public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 64;
    static constexpr int kSignatureBytes = 64;

    // Initialises libsodium once per process (thread-safe); every crypto entry point calls it.
    [[nodiscard]] static Status initialise();

    // A fresh random key pair.
    [[nodiscard]] static Result<Ed25519> generate();
    // Rebuilds a key pair from a 64-byte secret key (as returned by secretKey() or SealedKey::open());
    // the public key is derived from it, and the pair is checked to match.
    [[nodiscard]] static Result<Ed25519> fromSecretKey(const QByteArray &secretKey);

    Ed25519(Ed25519 &&other) noexcept;
    Ed25519 &operator=(Ed25519 &&other) noexcept;
    Ed25519(const Ed25519 &) = delete;
    Ed25519 &operator=(const Ed25519 &) = delete;
    ~Ed25519();

    [[nodiscard]] QByteArray publicKey() const { return m_publicKey; }
    [[nodiscard]] QString publicKeyBase64() const;
    // A deep copy of the secret key, for sealing: wipe it with wipe() once done.
    [[nodiscard]] QByteArray secretKey() const;

    // Detached signature (64 bytes) over message; empty if this key pair was moved from.
    [[nodiscard]] QByteArray sign(const QByteArray &message) const;
    [[nodiscard]] QString signBase64(const QByteArray &message) const;

    // True only if signature is a valid Ed25519 signature of message under publicKey. Wrong sizes
    // give false, never a crash.
    [[nodiscard]] static bool
    verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

    // Strict decoders for the text forms: base64 of exactly the right size, or an error that says
    // what is wrong.
    [[nodiscard]] static Result<QByteArray> publicKeyFromBase64(const QString &text);
    [[nodiscard]] static Result<QByteArray> signatureFromBase64(const QString &text);

    // Overwrites bytes in place (sodium_memzero) and clears it. Detaches first if shared, so only
    // this QByteArray's own buffer is wiped.
    static void wipe(QByteArray &bytes);

private:
    Ed25519(QByteArray publicKey, QByteArray secretKey);

    QByteArray m_publicKey;
    QByteArray m_secretKey;
};

} // namespace core
