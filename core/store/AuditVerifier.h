#pragma once

#include <QSqlDatabase>

#include "core/Result.h"
#include "core/store/Dialect.h"

namespace core {

struct AuditReport
{
    qint64 entries = 0;            // audit entries checked
    qint64 signaturesChecked = 0;  // Ed25519 verifications done (entries and stored approvals)
    qint64 approvalsChecked = 0;   // rows of the approvals table checked
    qint64 firstBrokenSeq = 0;     // first audit entry that is wrong (0: none)
    qint64 firstBadApprovalId = 0; // first stored approval that is wrong (0: none)
    QString reason;                // what is wrong there
    [[nodiscard]] bool intact() const { return firstBrokenSeq == 0 && firstBadApprovalId == 0; }
};

// What `switchyard audit verify` checks, in one pass over the log:
//  - the hash chain (sequence, link to the previous entry, each entry's own hash);
//  - every signature inside an entry (auditsig): it verifies, and the key is one the actor's
//    identity has registered;
//  - every approval carried by an entry ("approval_file") verifies against a registered key;
//  - every row of the approvals table verifies against its identity's registered key.
// Stops at the first problem and names it.
class AuditVerifier final
{
public:
    AuditVerifier(QSqlDatabase db, const Dialect &dialect)
        : m_db(std::move(db))
        , m_dialect(dialect)
    {}

    [[nodiscard]] Result<AuditReport> verify() const;

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
