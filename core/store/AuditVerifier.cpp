#include "AuditVerifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "core/crypto/ApprovalSignature.h"
#include "core/crypto/AuditSignature.h"
#include "core/crypto/Digest.h"
#include "core/model/AuditEntry.h"
#include "core/store/ApprovalRepository.h"
#include "core/store/AuditLog.h"
#include "core/store/IdentityRepository.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::AuditVerifier)
};

bool plainAscii(const QByteArray &s)
{
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f || c == '"' || c == '\\')
            return false;
    }
    return true;
}

// The canonical bytes of an entry built directly from the stored text (no JSON round trip) when
// that is certain to give the same bytes as AuditEntry::canonical(): keys in sorted order, plain
// strings, and the details as append() stored them (compact, sorted). Empty when unsure.
QByteArray fastCanonical(qint64 seq,
                         qint64 at,
                         const QByteArray &actor,
                         const QByteArray &action,
                         const QByteArray &subject,
                         const QByteArray &details)
{
    if (!plainAscii(actor) || !plainAscii(action) || !plainAscii(subject))
        return {};
    QByteArray out;
    out.reserve(80 + actor.size() + action.size() + subject.size() + details.size());
    out += "{\"action\":\"";
    out += action;
    out += "\",\"actor\":\"";
    out += actor;
    out += "\",\"at\":";
    out += QByteArray::number(at);
    out += ",\"details\":";
    out += details;
    out += ",\"seq\":";
    out += QByteArray::number(seq);
    out += ",\"subject\":\"";
    out += subject;
    out += "\"}";
    return out;
}

QByteArray hashHex(const QByteArray &previousHex, const QByteArray &canonical)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHex);
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical);
    return hash.result().toHex();
}

} // namespace

Result<AuditReport> AuditVerifier::verify() const
{
    AuditReport report;
    QHash<QByteArray, IdentityKey> keys;
    {
        auto all = IdentityRepository(m_db, m_dialect).allKeys();
        if (!all.ok())
            return all.error();
        for (const IdentityKey &k : *all)
            keys.insert(k.publicKey, k);
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log ORDER BY seq"_s))
        return Error{u"workspace.sql"_s,
                     Tr::tr("The workspace database refused a query: %1").arg(q.lastError().text()),
                     {}};
    QByteArray previous = QByteArray(AuditLog::kGenesisHash);
    qint64 expectedSeq = 1;
    auto broken = [&](qint64 seq, const QString &why) {
        report.firstBrokenSeq = seq;
        report.reason = why;
        return report;
    };
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const qint64 at = q.value(1).toLongLong();
        const QByteArray actor = q.value(2).toString().toUtf8();
        const QByteArray action = q.value(3).toString().toUtf8();
        const QByteArray subject = q.value(4).toString().toUtf8();
        const QByteArray details = q.value(5).toString().toUtf8();
        const QByteArray prev = q.value(6).toString().toLatin1();
        const QByteArray hash = q.value(7).toString().toLatin1();
        ++report.entries;
        if (seq != expectedSeq)
            return broken(seq, Tr::tr("entry %1 is missing (found %2 next)").arg(expectedSeq).arg(seq));
        if (prev != previous)
            return broken(seq, Tr::tr("entry %1 does not link to the entry before it").arg(seq));
        const QByteArray fast = fastCanonical(seq, at, actor, action, subject, details);
        if (fast.isEmpty() || hashHex(previous, fast) != hash) {
            // The exact form: through JSON, as AuditEntry::canonical() hashes it.
            AuditEntry e;
            e.seq = seq;
            e.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
            e.actor = QString::fromUtf8(actor);
            e.action = QString::fromUtf8(action);
            e.subject = QString::fromUtf8(subject);
            e.details = QJsonDocument::fromJson(details).object();
            if (hashHex(previous, e.canonical()) != hash)
                return broken(seq, Tr::tr("entry %1 was changed after it was written").arg(seq));
        }
        const bool signedEntry = details.contains("\"signature\":{");
        const bool carriesApproval = details.contains("\"approval_file\":{");
        if (signedEntry || carriesApproval) {
            const QJsonObject d = QJsonDocument::fromJson(details).object();
            const QString actorText = QString::fromUtf8(actor);
            if (signedEntry) {
                QByteArray key;
                const auto check = auditsig::verify(actorText, QString::fromUtf8(action),
                                                    QString::fromUtf8(subject), d, &key);
                if (check != auditsig::Check::Unsigned) {
                    ++report.signaturesChecked;
                    if (check == auditsig::Check::Invalid)
                        return broken(
                            seq, Tr::tr("entry %1: %2's signature does not verify").arg(seq).arg(actorText));
                    const auto owner = keys.constFind(key);
                    if (owner == keys.constEnd() || owner->identityName != actorText)
                        return broken(seq,
                                      Tr::tr("entry %1 is signed with a key that is not registered to %2")
                                          .arg(seq)
                                          .arg(actorText));
                }
            }
            if (carriesApproval) {
                const QJsonObject file = d.value(u"approval_file"_s).toObject();
                auto approval =
                    ApprovalSignature::fromFile(QJsonDocument(file).toJson(QJsonDocument::Compact));
                ++report.signaturesChecked;
                if (!approval.ok())
                    return broken(seq, Tr::tr("entry %1 carries an unreadable approval: %2")
                                           .arg(seq)
                                           .arg(approval.error().message));
                if (auto ok = approval->verify(); !ok.ok())
                    return broken(seq, Tr::tr("entry %1: %2").arg(seq).arg(ok.error().message));
                if (!keys.contains(approval->signerPublicKey))
                    return broken(
                        seq, Tr::tr("entry %1 carries an approval signed by an unregistered key").arg(seq));
            }
        }
        previous = hash;
        ++expectedSeq;
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
