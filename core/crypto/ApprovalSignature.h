#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "core/Result.h"

namespace core {

class Ed25519;

// One signed approval (or rejection) of a plan: the fields an approver signs, the signer's public
// key and the signature. The signed bytes are canonicalPayload(): compact JSON with sorted keys
//   {"comment":…,"decision":"approve"|"reject","expiresAt":"…Z","kind":"switchyard.approval.v1",
//    "planDigest":"<64 hex>","signedAt":"…Z","signer":"<base64 public key>"}
// Times are UTC ISO 8601 with milliseconds. "kind" separates these signatures from any other
// thing the same key signs (audit entries), so one cannot be replayed as the other.
//
// This class checks signatures only. Whether an approval counts (registered signer, not expired at
// switch time, the right plan, distinct approvers, not the requester) is the policy's decision.
//
// The approval file (toFile/fromFile) carries it between machines:
//   {"format":"switchyard-approval","version":1,"approval":{<the payload fields>},"signature":"…"}
// Errors: "approval.invalid" (fields that cannot be signed), "approval.file_invalid" (a file that
// does not parse, with what is wrong), "approval.bad_signature", "approval.signer_mismatch".
class ApprovalSignature final
{
public:
    enum class Decision
    {
        Approve,
        Reject
    };

    static constexpr int kFileVersion = 1;

    QString planDigest; // lower-case hex SHA-256 of the plan (Plan::digest())
    Decision decision = Decision::Approve;
    QString comment;
    QDateTime signedAt;
    QDateTime expiresAt;
    QByteArray signerPublicKey; // 32 bytes; set by sign()
    QByteArray signature;       // 64 bytes; set by sign()

    [[nodiscard]] static QString decisionName(Decision decision);

    // The exact bytes signed. Empty when the fields are invalid (see validate()).
    [[nodiscard]] QByteArray canonicalPayload() const;
    // Checks the fields an approver signs: digest format, times valid, expiry after signing time.
    [[nodiscard]] Status validate() const;

    // Sets signerPublicKey to key's and signs the canonical payload.
    [[nodiscard]] Status sign(const Ed25519 &key);
    // The signature verifies against signerPublicKey and the current fields.
    [[nodiscard]] Status verify() const;
    // As verify(), and the signer must be `registeredPublicKey` (a key the workspace knows).
    [[nodiscard]] Status verify(const QByteArray &registeredPublicKey) const;

    [[nodiscard]] QByteArray toFile() const;
    // Parses an approval file. Checks its structure strictly (no missing, extra or non-canonical
    // fields) but not the signature: call verify() on the result.
    [[nodiscard]] static Result<ApprovalSignature> fromFile(const QByteArray &file);
};

} // namespace core
