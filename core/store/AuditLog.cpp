#include "AuditLog.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "core/crypto/Digest.h"
#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

AuditEntry fromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.subject = q.value(4).toString();
    e.details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::AuditLog)
};

} // namespace

Result<AuditEntry> AuditLog::append(const QString &actor,
                                    const QString &action,
                                    const QString &subject,
                                    const QJsonObject &details)
{
    // BEGIN IMMEDIATE (SQLite) serialises writers, so reading the tail and appending is atomic;
    // on PostgreSQL the primary key on seq refuses a racing duplicate and we try again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        WriteTransaction tx(m_db, m_dialect);
        if (!tx.begun().ok())
            return tx.begun().error();
        auto tail = runSql(m_db, u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
        if (!tail.ok())
            return tail.error();
        AuditEntry entry;
        entry.seq = 1;
        entry.prevHash = QString::fromLatin1(kGenesisHash);
        if (tail->next()) {
            entry.seq = tail->value(0).toLongLong() + 1;
            entry.prevHash = tail->value(1).toString();
        }
        // Millisecond precision: the stored form must hash the same as the in-memory one.
        entry.at = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        entry.actor = actor;
        entry.action = action;
        entry.subject = subject;
        entry.details = details;
        entry.hash = chainHash(entry.prevHash, entry.canonical());
        auto inserted =
            runSql(m_db,
                   u"INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash) "
                   "VALUES (:seq, :at, :actor, :action, :subject, :details, :prev, :hash)"_s,
                   {{u":seq"_s, entry.seq},
                    {u":at"_s, entry.at.toMSecsSinceEpoch()},
                    {u":actor"_s, actor},
                    {u":action"_s, action},
                    {u":subject"_s, subject},
                    {u":details"_s, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
                    {u":prev"_s, entry.prevHash},
                    {u":hash"_s, entry.hash}});
        if (!inserted.ok()) {
            if (m_dialect.isUniqueViolation(inserted.error().code.section(u':', 1), inserted.error().message))
                continue;
            return inserted.error();
        }
        if (auto committed = tx.commit(); !committed.ok())
            return committed.error();
        return entry;
    }
    return Error{
        u"audit.contended"_s, Tr::tr("Could not append to the audit log: too many concurrent writers."), {}};
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 fromSeq, int limit) const
{
    QString sql = u"SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log "
                  "WHERE seq >= :from ORDER BY seq"_s;
    QList<Binding> bindings{{u":from"_s, fromSeq}};
    if (limit > 0) {
        sql += u" LIMIT :limit"_s;
        bindings << Binding{u":limit"_s, limit};
    }
    return collectRows(runSql(m_db, sql, bindings), fromRow);
}

Result<AuditVerification> AuditLog::verify() const
{
    auto q = runSql(m_db, u"SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log "
                          "ORDER BY seq"_s);
    if (!q.ok())
        return q.error();
    AuditVerification result;
    QString previous = QString::fromLatin1(kGenesisHash);
    qint64 expectedSeq = 1;
    while (q->next()) {
        const AuditEntry entry = fromRow(*q);
        ++result.entries;
        QString problem;
        if (entry.seq != expectedSeq)
            problem = Tr::tr("entry %1 is missing (found %2 next)").arg(expectedSeq).arg(entry.seq);
        else if (entry.prevHash != previous)
            problem = Tr::tr("entry %1 does not link to the entry before it").arg(entry.seq);
        else if (chainHash(previous, entry.canonical()) != entry.hash)
            problem = Tr::tr("entry %1 was changed after it was written").arg(entry.seq);
        if (!problem.isEmpty()) {
            result.firstBrokenSeq = entry.seq;
            result.reason = problem;
            return result;
        }
        previous = entry.hash;
        ++expectedSeq;
    }
    return result;
}

} // namespace core
