#include "SealedKey.h"

#include <array>
#include <sodium.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/crypto/Ed25519.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::SealedKey)
};

constexpr auto kKdfName = "argon2id13";
// Bounds a blob may ask for, so that a crafted file cannot make open() burn minutes or gigabytes.
constexpr quint64 kMaxOpsLimit = crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr quint64 kMaxMemLimit = crypto_pwhash_MEMLIMIT_SENSITIVE;

unsigned char *ubytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}
const unsigned char *cbytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

// Wipes the array on every way out of the scope.
struct KeyBuffer
{
    std::array<unsigned char, crypto_secretbox_KEYBYTES> key{};
    KeyBuffer() = default;
    KeyBuffer(const KeyBuffer &) = delete;
    KeyBuffer &operator=(const KeyBuffer &) = delete;
    ~KeyBuffer() { sodium_memzero(key.data(), key.size()); }
};

Status deriveKey(KeyBuffer &out, const QString &passphrase, const QByteArray &salt, quint64 ops, quint64 mem)
{
    QByteArray pw = passphrase.toUtf8();
    const int rc = crypto_pwhash(out.key.data(), out.key.size(), pw.constData(),
                                 static_cast<unsigned long long>(pw.size()), cbytes(salt),
                                 static_cast<unsigned long long>(ops), static_cast<size_t>(mem),
                                 crypto_pwhash_ALG_ARGON2ID13);
    Ed25519::wipe(pw);
    if (rc != 0)
        return Error{u"crypto.kdf_failed"_s,
                     Tr::tr("Could not derive a key from the passphrase (Argon2id needs %1 MiB of memory).")
                         .arg(mem / (1024 * 1024)),
                     u"crypto_pwhash failed"_s};
    return {};
}

Error corrupt(const QString &what)
{
    return Error{u"crypto.corrupt"_s, Tr::tr("The sealed key is damaged and cannot be opened."), what};
}

Result<QByteArray> base64Field(const QJsonObject &json, const QString &name, qsizetype exactSize)
{
    const QJsonValue v = json.value(name);
    if (!v.isString())
        return corrupt(u"field \"%1\" is missing or not a string"_s.arg(name));
    const auto decoded =
        QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return corrupt(u"field \"%1\" is not base64"_s.arg(name));
    if (exactSize >= 0 && decoded.decoded.size() != exactSize)
        return corrupt(
            u"field \"%1\" has %2 bytes, expected %3"_s.arg(name).arg(decoded.decoded.size()).arg(exactSize));
    return decoded.decoded;
}

Result<quint64> limitField(const QJsonObject &json, const QString &name, quint64 min, quint64 max)
{
    const QJsonValue v = json.value(name);
    // JSON numbers are doubles: integers up to 2^53 are exact, far beyond the limits allowed here.
    if (!v.isDouble())
        return corrupt(u"field \"%1\" is missing or not a number"_s.arg(name));
    const double d = v.toDouble();
    if (d < static_cast<double>(min) || d > static_cast<double>(max) ||
        d != static_cast<double>(static_cast<quint64>(d)))
        return corrupt(u"field \"%1\" is out of range"_s.arg(name));
    return static_cast<quint64>(d);
}

} // namespace

Result<SealedKey> SealedKey::seal(const QByteArray &secret, const QString &passphrase)
{
    if (auto init = Ed25519::initialise(); !init)
        return init.error();
    SealedKey sealed;
    sealed.m_opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    sealed.m_memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    sealed.m_salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    sealed.m_nonce = QByteArray(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(sealed.m_salt.data(), static_cast<size_t>(sealed.m_salt.size()));
    randombytes_buf(sealed.m_nonce.data(), static_cast<size_t>(sealed.m_nonce.size()));

    KeyBuffer key;
    if (auto derived = deriveKey(key, passphrase, sealed.m_salt, sealed.m_opsLimit, sealed.m_memLimit);
        !derived)
        return derived.error();
    sealed.m_ciphertext = QByteArray(secret.size() + qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(ubytes(sealed.m_ciphertext), cbytes(secret),
                          static_cast<unsigned long long>(secret.size()), cbytes(sealed.m_nonce),
                          key.key.data());
    return sealed;
}

Result<QByteArray> SealedKey::open(const QString &passphrase) const
{
    if (auto init = Ed25519::initialise(); !init)
        return init.error();
    KeyBuffer key;
    if (auto derived = deriveKey(key, passphrase, m_salt, m_opsLimit, m_memLimit); !derived)
        return derived.error();
    QByteArray plain(m_ciphertext.size() - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(ubytes(plain), cbytes(m_ciphertext),
                                   static_cast<unsigned long long>(m_ciphertext.size()), cbytes(m_nonce),
                                   key.key.data()) != 0) {
        Ed25519::wipe(plain);
        return Error{u"crypto.wrong_passphrase"_s,
                     Tr::tr("The passphrase is wrong, or the sealed key has been altered."),
                     u"secretbox authentication failed"_s};
    }
    return plain;
}

QByteArray SealedKey::toBytes() const
{
    const QJsonObject json{
        {u"v"_s, kVersion},
        {u"kdf"_s, QString::fromLatin1(kKdfName)},
        {u"salt"_s, QString::fromLatin1(m_salt.toBase64())},
        {u"opslimit"_s, static_cast<double>(m_opsLimit)},
        {u"memlimit"_s, static_cast<double>(m_memLimit)},
        {u"nonce"_s, QString::fromLatin1(m_nonce.toBase64())},
        {u"ciphertext"_s, QString::fromLatin1(m_ciphertext.toBase64())},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<SealedKey> SealedKey::fromBytes(const QByteArray &serialised)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(serialised, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(u"not a JSON object: %1"_s.arg(parseError.errorString()));
    const QJsonObject json = doc.object();
    if (json.value(u"v"_s).toInt(-1) != kVersion)
        return Error{u"crypto.corrupt"_s,
                     Tr::tr("The sealed key has format version %1; this Switchyard reads version %2.")
                         .arg(json.value(u"v"_s).toVariant().toString())
                         .arg(kVersion),
                     {}};
    if (json.value(u"kdf"_s).toString() != QLatin1String(kKdfName))
        return corrupt(u"unknown key derivation \"%1\""_s.arg(json.value(u"kdf"_s).toString()));

    SealedKey sealed;
    auto salt = base64Field(json, u"salt"_s, crypto_pwhash_SALTBYTES);
    auto nonce = base64Field(json, u"nonce"_s, crypto_secretbox_NONCEBYTES);
    auto ciphertext = base64Field(json, u"ciphertext"_s, -1);
    auto ops = limitField(json, u"opslimit"_s, crypto_pwhash_OPSLIMIT_MIN, kMaxOpsLimit);
    auto mem = limitField(json, u"memlimit"_s, crypto_pwhash_MEMLIMIT_MIN, kMaxMemLimit);
    // Argon2 counts memory in KiB: libsodium would round any other value down, so two blobs with
    // different numbers would open alike. Only the exact form sealing writes is accepted.
    if (mem && *mem % 1024 != 0)
        return corrupt(u"memlimit is not a whole number of KiB"_s);
    for (const Error *e : {salt ? nullptr : &salt.error(), nonce ? nullptr : &nonce.error(),
                           ciphertext ? nullptr : &ciphertext.error(), ops ? nullptr : &ops.error(),
                           mem ? nullptr : &mem.error()}) {
        if (e)
            return *e;
    }
    if (ciphertext->size() < qsizetype(crypto_secretbox_MACBYTES))
        return corrupt(u"ciphertext shorter than its MAC"_s);
    sealed.m_salt = *salt;
    sealed.m_nonce = *nonce;
    sealed.m_ciphertext = *ciphertext;
    sealed.m_opsLimit = *ops;
    sealed.m_memLimit = *mem;
    return sealed;
}

} // namespace core
