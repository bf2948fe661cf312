#pragma once

#include <QSqlDatabase>

#include "core/Result.h"
#include "core/model/AuditEntry.h"
#include "core/store/Dialect.h"

namespace core {

struct AuditVerification
{
    qint64 entries = 0;        // how many entries were checked
    qint64 firstBrokenSeq = 0; // 0 when the chain is intact
    QString reason;            // what is wrong at firstBrokenSeq
    [[nodiscard]] bool intact() const { return firstBrokenSeq == 0; }
};

// The append-only audit log. Each entry's hash covers the previous entry's hash and its own
// canonical form, so changing, removing or reordering any entry breaks every hash after it.
// The database refuses UPDATE and DELETE on the table (triggers); verify() catches edits made
// around that (another tool writing the file).
class AuditLog
{
public:
    static constexpr auto kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    AuditLog(QSqlDatabase db, const Dialect &dialect)
        : m_db(std::move(db))
        , m_dialect(dialect)
    {}

    Result<AuditEntry> append(const QString &actor,
                              const QString &action,
                              const QString &subject,
                              const QJsonObject &details = {});
    // Newest last. `limit` <= 0 means all.
    Result<QList<AuditEntry>> entries(qint64 fromSeq = 1, int limit = 0) const;
    Result<AuditVerification> verify() const;

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
