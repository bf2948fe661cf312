#include "Ed25519.h"

#include <sodium.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Ed25519)
};

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

// Strict base64 of exactly `size` bytes. The messages are whole sentences, one per kind of value.
Result<QByteArray> decodeFixed(const QString &text, int size, bool isKey)
{
    const QString code = isKey ? u"crypto.bad_key"_s : u"crypto.bad_signature"_s;
    const auto decoded =
        QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return Error{code,
                     isKey ? Tr::tr("The public key is not valid base64.")
                           : Tr::tr("The signature is not valid base64."),
                     {}};
    if (decoded.decoded.size() != size)
        return Error{code,
                     isKey ? Tr::tr("The public key has %1 bytes; an Ed25519 public key has %2.")
                                 .arg(decoded.decoded.size())
                                 .arg(size)
                           : Tr::tr("The signature has %1 bytes; an Ed25519 signature has %2.")
                                 .arg(decoded.decoded.size())
                                 .arg(size),
                     {}};
    return decoded.decoded;
}

} // namespace

Status Ed25519::initialise()
{
    // A function-local static is initialised exactly once, thread-safely (C++11 "magic statics").
    static const bool s_ready = sodium_init() >= 0;
    if (!s_ready)
        return Error{u"crypto.init_failed"_s, Tr::tr("The cryptography library (libsodium) could not start."),
                     u"sodium_init() failed"_s};
    return {};
}

Ed25519::Ed25519(QByteArray publicKey, QByteArray secretKey)
    : m_publicKey(std::move(publicKey))
    , m_secretKey(std::move(secretKey))
{}

Ed25519::Ed25519(Ed25519 &&other) noexcept
    : m_publicKey(std::move(other.m_publicKey))
    , m_secretKey(std::move(other.m_secretKey))
{}

Ed25519 &Ed25519::operator=(Ed25519 &&other) noexcept
{
    if (this != &other) {
        wipe(m_secretKey);
        m_publicKey = std::move(other.m_publicKey);
        m_secretKey = std::move(other.m_secretKey);
    }
    return *this;
}

Ed25519::~Ed25519()
{
    wipe(m_secretKey);
}

void Ed25519::wipe(QByteArray &bytes)
{
    // Only a buffer this QByteArray owns alone is overwritten: data() on a shared one would detach
    // and wipe a fresh copy, leaving the shared original as it was.
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

Result<Ed25519> Ed25519::generate()
{
    if (auto init = initialise(); !init)
        return init.error();
    QByteArray pk(kPublicKeyBytes, Qt::Uninitialized);
    QByteArray sk(kSecretKeyBytes, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                        reinterpret_cast<unsigned char *>(sk.data()));
    return Ed25519(std::move(pk), std::move(sk));
}

Result<Ed25519> Ed25519::fromSecretKey(const QByteArray &secretKey)
{
    if (auto init = initialise(); !init)
        return init.error();
    if (secretKey.size() != kSecretKeyBytes)
        return Error{u"crypto.bad_key"_s,
                     Tr::tr("The secret key has %1 bytes; an Ed25519 secret key has %2.")
                         .arg(secretKey.size())
                         .arg(kSecretKeyBytes),
                     {}};
    QByteArray sk(secretKey.constData(), secretKey.size()); // our own, unshared buffer
    QByteArray pk(kPublicKeyBytes, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(pk.data()), bytes(sk));
    // libsodium's secret key is seed + public key: the stored public half must match the seed's.
    QByteArray seedPk(kPublicKeyBytes, Qt::Uninitialized);
    QByteArray seedSk(kSecretKeyBytes, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(seedPk.data()),
                             reinterpret_cast<unsigned char *>(seedSk.data()), bytes(sk));
    wipe(seedSk);
    if (seedPk != pk) {
        wipe(sk);
        return Error{
            u"crypto.bad_key"_s, Tr::tr("The secret key is damaged: its two halves do not match."), {}};
    }
    return Ed25519(std::move(pk), std::move(sk));
}

QString Ed25519::publicKeyBase64() const
{
    return QString::fromLatin1(m_publicKey.toBase64());
}

QByteArray Ed25519::secretKey() const
{
    return QByteArray(m_secretKey.constData(), m_secretKey.size());
}

QByteArray Ed25519::sign(const QByteArray &message) const
{
    if (m_secretKey.size() != kSecretKeyBytes)
        return {};
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), bytes(m_secretKey));
    return signature;
}

QString Ed25519::signBase64(const QByteArray &message) const
{
    return QString::fromLatin1(sign(message).toBase64());
}

bool Ed25519::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (!initialise())
        return false;
    if (publicKey.size() != kPublicKeyBytes || signature.size() != kSignatureBytes)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

Result<QByteArray> Ed25519::publicKeyFromBase64(const QString &text)
{
    return decodeFixed(text, kPublicKeyBytes, true);
}

Result<QByteArray> Ed25519::signatureFromBase64(const QString &text)
{
    return decodeFixed(text, kSignatureBytes, false);
}

} // namespace core
