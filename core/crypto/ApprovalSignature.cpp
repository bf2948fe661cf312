#include "ApprovalSignature.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "core/crypto/Ed25519.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::ApprovalSignature)
};

constexpr auto kKind = "switchyard.approval.v1";
constexpr auto kFormat = "switchyard-approval";

QString canonicalTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool isDigest(const QString &s)
{
    static const QRegularExpression re(u"^[0-9a-f]{64}$"_s);
    return re.match(s).hasMatch();
}

Error fileError(const QString &message, const QString &detail = {})
{
    return Error{u"approval.file_invalid"_s, message, detail};
}

QJsonObject payloadObject(const ApprovalSignature &a)
{
    return QJsonObject{
        {u"kind"_s, QString::fromLatin1(kKind)},
        {u"planDigest"_s, a.planDigest},
        {u"decision"_s, ApprovalSignature::decisionName(a.decision)},
        {u"comment"_s, a.comment},
        {u"signedAt"_s, canonicalTime(a.signedAt)},
        {u"expiresAt"_s, canonicalTime(a.expiresAt)},
        {u"signer"_s, QString::fromLatin1(a.signerPublicKey.toBase64())},
    };
}

// Exactly the expected keys: a missing one, or one nobody signed, is an error naming it.
// `prefix` names the object in the message: "" for the top level, "approval." inside it.
std::optional<Error> checkKeys(const QJsonObject &json, const QStringList &expected, const QString &prefix)
{
    for (const QString &key : expected) {
        if (!json.contains(key))
            return fileError(Tr::tr("The approval file has no field \"%1\".").arg(prefix + key));
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!expected.contains(it.key()))
            return fileError(
                Tr::tr("The approval file has an unexpected field \"%1\".").arg(prefix + it.key()));
    }
    return std::nullopt;
}

Result<QString> stringField(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    if (!v.isString())
        return fileError(Tr::tr("The approval file's field \"%1\" is not a string.").arg(key));
    return v.toString();
}

Result<QDateTime> timeField(const QJsonObject &json, const QString &key)
{
    auto text = stringField(json, key);
    if (!text)
        return text.error();
    const QDateTime t = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!t.isValid() || canonicalTime(t) != *text)
        return fileError(Tr::tr("The approval file's field \"%1\" is not a UTC time like "
                                "2026-01-31T09:30:00.000Z: \"%2\".")
                             .arg(key, *text));
    return t.toUTC();
}

} // namespace

QString ApprovalSignature::decisionName(Decision decision)
{
    return decision == Decision::Approve ? u"approve"_s : u"reject"_s;
}

Status ApprovalSignature::validate() const
{
    if (!isDigest(planDigest))
        return Error{u"approval.invalid"_s,
                     Tr::tr("The plan digest \"%1\" is not a SHA-256 in lower-case hex.").arg(planDigest),
                     {}};
    if (!signedAt.isValid() || !expiresAt.isValid())
        return Error{u"approval.invalid"_s, Tr::tr("An approval needs a signing time and an expiry."), {}};
    if (expiresAt <= signedAt)
        return Error{u"approval.invalid"_s, Tr::tr("The approval expires before it is signed."), {}};
    return {};
}

QByteArray ApprovalSignature::canonicalPayload() const
{
    if (!validate())
        return {};
    return QJsonDocument(payloadObject(*this)).toJson(QJsonDocument::Compact);
}

Status ApprovalSignature::sign(const Ed25519 &key)
{
    if (auto valid = validate(); !valid)
        return valid;
    if (key.publicKey().size() != Ed25519::kPublicKeyBytes)
        return Error{u"approval.invalid"_s, Tr::tr("The signing key is not available."), {}};
    signerPublicKey = key.publicKey();
    signature = key.sign(canonicalPayload());
    if (signature.isEmpty())
        return Error{u"approval.invalid"_s, Tr::tr("The signing key is not available."), {}};
    return {};
}

Status ApprovalSignature::verify() const
{
    if (auto valid = validate(); !valid)
        return valid;
    if (!Ed25519::verify(signerPublicKey, canonicalPayload(), signature))
        return Error{
            u"approval.bad_signature"_s,
            decision == Decision::Approve
                ? Tr::tr("The signature on the approval of plan %1 does not verify: the approval was "
                         "altered or signed by another key.")
                      .arg(planDigest.left(12))
                : Tr::tr("The signature on the rejection of plan %1 does not verify: the rejection was "
                         "altered or signed by another key.")
                      .arg(planDigest.left(12)),
            {}};
    return {};
}

Status ApprovalSignature::verify(const QByteArray &registeredPublicKey) const
{
    if (signerPublicKey != registeredPublicKey)
        return Error{u"approval.signer_mismatch"_s,
                     Tr::tr("The approval was signed by the key %1, not by the expected identity's key %2.")
                         .arg(QString::fromLatin1(signerPublicKey.toBase64()),
                              QString::fromLatin1(registeredPublicKey.toBase64())),
                     {}};
    return verify();
}

QByteArray ApprovalSignature::toFile() const
{
    const QJsonObject file{
        {u"format"_s, QString::fromLatin1(kFormat)},
        {u"version"_s, kFileVersion},
        {u"approval"_s, payloadObject(*this)},
        {u"signature"_s, QString::fromLatin1(signature.toBase64())},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<ApprovalSignature> ApprovalSignature::fromFile(const QByteArray &file)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fileError(Tr::tr("The approval file is not JSON (%1 at byte %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    if (!doc.isObject())
        return fileError(Tr::tr("The approval file is not a JSON object."));
    const QJsonObject top = doc.object();
    if (top.value(u"format"_s).toString() != QLatin1String(kFormat))
        return fileError(Tr::tr("This is not a Switchyard approval file (its \"format\" is not \"%1\").")
                             .arg(QLatin1String(kFormat)));
    if (!top.value(u"version"_s).isDouble() || top.value(u"version"_s).toInt() != kFileVersion)
        return fileError(Tr::tr("The approval file has version %1; this Switchyard reads version %2.")
                             .arg(top.value(u"version"_s).toVariant().toString())
                             .arg(kFileVersion));
    if (auto e = checkKeys(top, {u"format"_s, u"version"_s, u"approval"_s, u"signature"_s}, QString()))
        return *e;
    if (!top.value(u"approval"_s).isObject())
        return fileError(Tr::tr("The approval file's field \"approval\" is not an object."));
    const QJsonObject a = top.value(u"approval"_s).toObject();
    if (auto e = checkKeys(a,
                           {u"kind"_s, u"planDigest"_s, u"decision"_s, u"comment"_s, u"signedAt"_s,
                            u"expiresAt"_s, u"signer"_s},
                           u"approval."_s))
        return *e;

    ApprovalSignature out;
    auto kind = stringField(a, u"kind"_s);
    if (!kind)
        return kind.error();
    if (*kind != QLatin1String(kKind))
        return fileError(Tr::tr("The approval file signs a \"%1\", not an approval.").arg(*kind));
    auto digest = stringField(a, u"planDigest"_s);
    if (!digest)
        return digest.error();
    if (!isDigest(*digest))
        return fileError(Tr::tr("The approval file's plan digest \"%1\" is not a SHA-256 in lower-case hex.")
                             .arg(*digest));
    out.planDigest = *digest;
    auto decision = stringField(a, u"decision"_s);
    if (!decision)
        return decision.error();
    if (*decision == u"approve"_s)
        out.decision = Decision::Approve;
    else if (*decision == u"reject"_s)
        out.decision = Decision::Reject;
    else
        return fileError(
            Tr::tr("The approval file's decision is \"%1\"; it must be \"approve\" or \"reject\".")
                .arg(*decision));
    auto comment = stringField(a, u"comment"_s);
    if (!comment)
        return comment.error();
    out.comment = *comment;
    auto signedAt = timeField(a, u"signedAt"_s);
    if (!signedAt)
        return signedAt.error();
    out.signedAt = *signedAt;
    auto expiresAt = timeField(a, u"expiresAt"_s);
    if (!expiresAt)
        return expiresAt.error();
    out.expiresAt = *expiresAt;
    auto signer = stringField(a, u"signer"_s);
    if (!signer)
        return signer.error();
    auto signerKey = Ed25519::publicKeyFromBase64(*signer);
    if (!signerKey)
        return fileError(
            Tr::tr("The approval file's signer key is unusable: %1").arg(signerKey.error().message));
    out.signerPublicKey = *signerKey;
    auto sigText = stringField(top, u"signature"_s);
    if (!sigText)
        return sigText.error();
    auto sig = Ed25519::signatureFromBase64(*sigText);
    if (!sig)
        return fileError(Tr::tr("The approval file's signature is unusable: %1").arg(sig.error().message));
    out.signature = *sig;
    if (auto valid = out.validate(); !valid)
        return fileError(valid.error().message);
    return out;
}

} // namespace core
