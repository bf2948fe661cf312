#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace core {

class Ed25519;

// Signatures on audit entries. The actor signs, with their identity key, the canonical JSON of
//   {"action":…,"actor":…,"details":<details without "signature">,"kind":"switchyard.audit.v1",
//    "subject":…}
// and the signature travels inside the entry's details as
//   "signature":{"key":"<base64 public key>","sig":"<base64 signature>"}
// so the hash chain covers it. (Sequence and time are not known when signing; the chain binds
// them.) "kind" keeps these signatures apart from approval signatures made with the same key.
namespace auditsig {

inline constexpr auto kField = "signature";

// `details` with the actor's signature added.
QJsonObject sign(const Ed25519 &key,
                 const QString &actor,
                 const QString &action,
                 const QString &subject,
                 const QJsonObject &details);

enum class Check
{
    Unsigned,
    Valid,
    Invalid
};
// Checks the signature in `details` (if any); `signerKey` receives the key it names.
Check verify(const QString &actor,
             const QString &action,
             const QString &subject,
             const QJsonObject &details,
             QByteArray *signerKey);

} // namespace auditsig

} // namespace core
