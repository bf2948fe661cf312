#include "AuditVerifier.h"

#include <charconv>
#include <cstring>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "core/crypto/ApprovalSignature.h"
#include "core/crypto/AuditSignature.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Sha256.h"
#include "core/model/AuditEntry.h"
#include "core/store/ApprovalRepository.h"
#include "core/store/AuditLog.h"
#include "core/store/AuditRowReader.h"
#include "core/store/IdentityRepository.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::AuditVerifier)
};

bool plainAscii(QByteArrayView s)
{
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f || c == '"' || c == '\\')
            return false;
    }
    return true;
}

// The previous hash, a newline and the canonical bytes of an entry (what the chain hashes), built
// directly from the stored text (no JSON round trip) when that is certain to give the same bytes as
// AuditEntry::canonical(): keys in sorted order, plain strings, and the details as append() stored
// them (compact, sorted). False when unsure. Sound: actor, action and subject hold no quote, so a
// changed row cannot shift text between fields and still produce the bytes the writer hashed.
bool fastCanonical(QByteArray *out,
                   QByteArrayView previousHash,
                   qint64 seq,
                   qint64 at,
                   QByteArrayView actor,
                   QByteArrayView action,
                   QByteArrayView subject,
                   QByteArrayView details)
{
    if (!plainAscii(actor) || !plainAscii(action) || !plainAscii(subject))
        return false;
    out->resize(0); // keeps the buffer's capacity from entry to entry
    out->append(previousHash);
    out->append('\n');
    out->append("{\"action\":\"");
    out->append(action);
    out->append("\",\"actor\":\"");
    out->append(actor);
    out->append("\",\"at\":");
    char number[24];
    out->append(number, std::to_chars(number, number + sizeof number, at).ptr - number);
    out->append(",\"details\":");
    out->append(details);
    out->append(",\"seq\":");
    out->append(number, std::to_chars(number, number + sizeof number, seq).ptr - number);
    out->append(",\"subject\":\"");
    out->append(subject);
    out->append("\"}");
    return true;
}

QByteArray hashHex(const QByteArray &previousHex, const QByteArray &canonical)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHex);
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical);
    return hash.result().toHex();
}

// An entry whose details carry a signature or an approval, queued for the signature checkers.
struct SignedEntry
{
    qint64 seq = 0;
    QByteArray actor;
    QByteArray action;
    QByteArray subject;
    QByteArray details;
    bool signedEntry = false;
    bool carriesApproval = false;
};

// What a signature checker found in its batch: the first bad entry (seq 0: none) and how many
// signatures it verified up to there.
struct SignatureFinding
{
    qint64 seq = 0;
    QString reason;
    qint64 signatures = 0;
};

using KeysByPublicKey = QHash<QByteArray, IdentityKey>;

// The entry's signature (it verifies, with a key registered to its actor) and the approval it
// carries (it verifies, with a registered key). Empty when all is well.
QString checkEntrySignatures(const SignedEntry &entry, const KeysByPublicKey &keys, qint64 *signatures)
{
    const qint64 seq = entry.seq;
    const QJsonObject d = QJsonDocument::fromJson(entry.details).object();
    const QString actorText = QString::fromUtf8(entry.actor);
    if (entry.signedEntry) {
        QByteArray key;
        const auto check = auditsig::verify(actorText, QString::fromUtf8(entry.action),
                                            QString::fromUtf8(entry.subject), d, &key);
        if (check != auditsig::Check::Unsigned) {
            ++*signatures;
            if (check == auditsig::Check::Invalid)
                return Tr::tr("entry %1: %2's signature does not verify").arg(seq).arg(actorText);
            const auto owner = keys.constFind(key);
            if (owner == keys.constEnd() || owner->identityName != actorText)
                return Tr::tr("entry %1 is signed with a key that is not registered to %2")
                    .arg(seq)
                    .arg(actorText);
        }
    }
    if (entry.carriesApproval) {
        const QJsonObject file = d.value(u"approval_file"_s).toObject();
        auto approval = ApprovalSignature::fromFile(QJsonDocument(file).toJson(QJsonDocument::Compact));
        ++*signatures;
        if (!approval.ok())
            return Tr::tr("entry %1 carries an unreadable approval: %2")
                .arg(seq)
                .arg(approval.error().message);
        if (auto ok = approval->verify(); !ok.ok())
            return Tr::tr("entry %1: %2").arg(seq).arg(ok.error().message);
        if (!keys.contains(approval->signerPublicKey))
            return Tr::tr("entry %1 carries an approval signed by an unregistered key").arg(seq);
    }
    return {};
}

// Checks one batch (in sequence order), stopping at its first bad entry.
SignatureFinding checkBatch(const QList<SignedEntry> &batch, const KeysByPublicKey &keys)
{
    SignatureFinding finding;
    for (const SignedEntry &entry : batch) {
        const QString problem = checkEntrySignatures(entry, keys, &finding.signatures);
        if (!problem.isEmpty()) {
            finding.seq = entry.seq;
            finding.reason = problem;
            break;
        }
    }
    return finding;
}

// Signed entries per task: big enough that queueing costs nothing, small enough that both cores
// share the work of a log with few signed entries.
constexpr qsizetype kSignatureBatch = 64;

} // namespace

Result<AuditReport> AuditVerifier::verify() const
{
    AuditReport report;
    KeysByPublicKey keys;
    {
        auto all = IdentityRepository(m_db, m_dialect).allKeys();
        if (!all.ok())
            return all.error();
        for (const IdentityKey &k : *all)
            keys.insert(k.publicKey, k);
    }

    // The hash chain is checked here, in order; signatures (the costly part) are checked by the
    // thread pool meanwhile, in batches. The first bad entry is the earliest of the chain's first
    // break and the signature checkers' first finding, since a signed entry is only queued once
    // its place in the chain has been confirmed.
    QList<QFuture<SignatureFinding>> signatureChecks;
    QList<SignedEntry> batch;
    auto flushBatch = [&] {
        if (batch.isEmpty())
            return;
        signatureChecks << QtConcurrent::run(QThreadPool::globalInstance(), checkBatch, std::move(batch),
                                             keys);
        batch = {};
    };

    AuditRowReader rows(m_db, m_dialect);
    if (auto started = rows.start(); !started.ok())
        return started.error();
    char previousBuffer[2 * Sha256::kDigestBytes];
    QByteArrayView previous(AuditLog::kGenesisHash);
    qint64 expectedSeq = 1;
    qint64 chainBrokenSeq = 0;
    QString chainReason;
    auto broken = [&](qint64 seq, const QString &why) {
        chainBrokenSeq = seq;
        chainReason = why;
    };
    Sha256 sha;
    QByteArray hashed; // previous hash, newline, canonical entry: what the chain hashes
    char computed[2 * Sha256::kDigestBytes];
    AuditRow row;
    while (rows.next(&row)) {
        const qint64 seq = row.seq;
        const qint64 at = row.at;
        const QByteArrayView actor = row.actor;
        const QByteArrayView action = row.action;
        const QByteArrayView subject = row.subject;
        const QByteArrayView details = row.details;
        const QByteArrayView prev = row.prevHash;
        const QByteArrayView hash = row.hash;
        ++report.entries;
        if (seq != expectedSeq) {
            broken(seq, Tr::tr("entry %1 is missing (found %2 next)").arg(expectedSeq).arg(seq));
            break;
        }
        if (prev != previous) {
            broken(seq, Tr::tr("entry %1 does not link to the entry before it").arg(seq));
            break;
        }
        bool hashMatches = false;
        if (fastCanonical(&hashed, previous, seq, at, actor, action, subject, details)) {
            sha.reset();
            sha.add(hashed);
            sha.hexDigest(computed);
            hashMatches = QByteArrayView(computed, sizeof computed) == QByteArrayView(hash);
        }
        if (!hashMatches) {
            // The exact form: through JSON, as AuditEntry::canonical() hashes it.
            AuditEntry e;
            e.seq = seq;
            e.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
            e.actor = QString::fromUtf8(actor);
            e.action = QString::fromUtf8(action);
            e.subject = QString::fromUtf8(subject);
            e.details = QJsonDocument::fromJson(details.toByteArray()).object();
            if (QByteArrayView(hashHex(previous.toByteArray(), e.canonical())) != hash) {
                broken(seq, Tr::tr("entry %1 was changed after it was written").arg(seq));
                break;
            }
        }
        const bool signedEntry = details.contains("\"signature\":{");
        const bool carriesApproval = details.contains("\"approval_file\":{");
        if (signedEntry || carriesApproval) {
            batch << SignedEntry{seq,
                                 actor.toByteArray(),
                                 action.toByteArray(),
                                 subject.toByteArray(),
                                 details.toByteArray(),
                                 signedEntry,
                                 carriesApproval};
            if (batch.size() >= kSignatureBatch)
                flushBatch();
        }
        // The link the next entry must name (copied: the row's bytes go with the next row).
        if (hash.size() != sizeof previousBuffer) {
            // Not a hash this code wrote: the next entry's hash cannot match it either.
            broken(seq, Tr::tr("entry %1 was changed after it was written").arg(seq));
            break;
        }
        memcpy(previousBuffer, hash.data(), sizeof previousBuffer);
        previous = QByteArrayView(previousBuffer, sizeof previousBuffer);
        ++expectedSeq;
    }
    if (!rows.error().ok())
        return rows.error().error();
    flushBatch();

    // Batches are in sequence order: the first finding is the earliest bad signature.
    for (QFuture<SignatureFinding> &check : signatureChecks) {
        const SignatureFinding finding = check.result();
        report.signaturesChecked += finding.signatures;
        if (finding.seq != 0) {
            report.entries = finding.seq; // entries 1..seq were read when it was found
            report.firstBrokenSeq = finding.seq;
            report.reason = finding.reason;
            break;
        }
    }
    // Let later batches finish too (their results no longer matter): no task outlives verify().
    for (QFuture<SignatureFinding> &check : signatureChecks)
        check.waitForFinished();
    if (report.firstBrokenSeq != 0)
        return report;
    if (chainBrokenSeq != 0) {
        report.firstBrokenSeq = chainBrokenSeq;
        report.reason = chainReason;
        return report;
    }

    auto approvals = ApprovalRepository(m_db, m_dialect).all();
    if (!approvals.ok())
        return approvals.error();
    for (const StoredApproval &a : *approvals) {
        ++report.approvalsChecked;
        ++report.signaturesChecked;
        QString problem;
        const auto owner = keys.constFind(a.signature.signerPublicKey);
        if (auto ok = a.signature.verify(); !ok.ok())
            problem = ok.error().message;
        else if (owner == keys.constEnd() || owner->identityId != a.identityId)
            problem = Tr::tr("it is signed by a key that is not %1's").arg(a.identityName);
        if (!problem.isEmpty()) {
            report.firstBadApprovalId = a.id;
            report.reason = Tr::tr("approval %1 (by %2): %3").arg(a.id).arg(a.identityName, problem);
            return report;
        }
    }
    return report;
}

} // namespace core
