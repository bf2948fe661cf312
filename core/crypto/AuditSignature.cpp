#include "AuditSignature.h"

#include <QJsonDocument>

#include "core/crypto/Ed25519.h"

using namespace Qt::StringLiterals;

namespace core::auditsig {

namespace {

QByteArray payload(const QString &actor, const QString &action, const QString &subject, QJsonObject details)
{
    details.remove(QLatin1String(kField));
    const QJsonObject json{{u"kind"_s, u"switchyard.audit.v1"_s},
                           {u"actor"_s, actor},
                           {u"action"_s, action},
                           {u"subject"_s, subject},
                           {u"details"_s, details}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject sign(const Ed25519 &key,
                 const QString &actor,
                 const QString &action,
                 const QString &subject,
                 const QJsonObject &details)
{
    QJsonObject out = details;
    out.insert(QLatin1String(kField),
               QJsonObject{{u"key"_s, key.publicKeyBase64()},
                           {u"sig"_s, key.signBase64(payload(actor, action, subject, details))}});
    return out;
}

Check verify(const QString &actor,
             const QString &action,
             const QString &subject,
             const QJsonObject &details,
             QByteArray *signerKey)
{
    if (!details.contains(QLatin1String(kField)))
        return Check::Unsigned;
    const QJsonObject sig = details.value(QLatin1String(kField)).toObject();
    auto key = Ed25519::publicKeyFromBase64(sig.value(u"key"_s).toString());
    auto signature = Ed25519::signatureFromBase64(sig.value(u"sig"_s).toString());
    if (!key.ok() || !signature.ok())
        return Check::Invalid;
    if (signerKey)
        *signerKey = *key;
    return Ed25519::verify(*key, payload(actor, action, subject, details), *signature) ? Check::Valid
                                                                                       : Check::Invalid;
}

} // namespace core::auditsig
