#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/Result.h"

struct sqlite3_stmt;

namespace core {

class Dialect;

// One audit_log row as raw bytes (UTF-8, as stored). The views stay valid until the next call to
// AuditRowReader::next().
struct AuditRow
{
    qint64 seq = 0;
    qint64 at = 0;
    QByteArrayView actor;
    QByteArrayView action;
    QByteArrayView subject;
    QByteArrayView details;
    QByteArrayView prevHash;
    QByteArrayView hash;
};

// Reads the whole audit log in sequence order, as fast as the database allows: the hot loop of
// `switchyard audit verify`. On SQLite it steps SQLite's own statement on the connection Qt opened
// (QSqlDriver::handle()), reading each column in place: Qt's driver copies every value into a
// QVariant (and text through UTF-16), which cost more than hashing the log. Elsewhere it uses
// QSqlQuery, forward-only.
class AuditRowReader final
{
public:
    AuditRowReader(QSqlDatabase db, const Dialect &dialect);
    ~AuditRowReader();
    Q_DISABLE_COPY_MOVE(AuditRowReader)

    [[nodiscard]] Status start();
    // False at the end, or on an error (then error() is set).
    bool next(AuditRow *row);
    [[nodiscard]] const Status &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query;
    QByteArray m_columns[6]; // the QSqlQuery path keeps the row's bytes here
    Status m_error;
};

} // namespace core
