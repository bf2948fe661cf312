#include "AuditRowReader.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include "core/store/Dialect.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::AuditVerifier)
};

constexpr auto kSql =
    "SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log ORDER BY seq";

Error sqlError(const QString &text)
{
    return Error{u"workspace.sql"_s, Tr::tr("The workspace database refused a query: %1").arg(text), {}};
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QByteArrayView columnBytes(sqlite3_stmt *statement, int column)
{
    // Text columns come out as stored (the workspace is UTF-8): no conversion, no copy.
    const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(statement, column));
}

QByteArray bytesOf(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
}

} // namespace

AuditRowReader::AuditRowReader(QSqlDatabase db, const Dialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_query(m_db)
{}

AuditRowReader::~AuditRowReader()
{
    sqlite3_finalize(m_statement);
}

Status AuditRowReader::start()
{
    if (m_dialect.kind() == Dialect::Kind::SQLite) {
        if (sqlite3 *handle = sqliteHandle(m_db)) {
            // Map the file rather than copy every page through read() (a hint: SQLite caps it).
            sqlite3_exec(handle, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
            if (sqlite3_prepare_v2(handle, kSql, -1, &m_statement, nullptr) != SQLITE_OK)
                return sqlError(QString::fromUtf8(sqlite3_errmsg(handle)));
            return {};
        }
    }
    m_query.setForwardOnly(true);
    if (!m_query.exec(QString::fromLatin1(kSql)))
        return sqlError(m_query.lastError().text());
    return {};
}

bool AuditRowReader::next(AuditRow *row)
{
    if (m_statement) {
        const int stepped = sqlite3_step(m_statement);
        if (stepped != SQLITE_ROW) {
            if (stepped != SQLITE_DONE)
                m_error = sqlError(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
            return false;
        }
        row->seq = sqlite3_column_int64(m_statement, 0);
        row->at = sqlite3_column_int64(m_statement, 1);
        row->actor = columnBytes(m_statement, 2);
        row->action = columnBytes(m_statement, 3);
        row->subject = columnBytes(m_statement, 4);
        row->details = columnBytes(m_statement, 5);
        row->prevHash = columnBytes(m_statement, 6);
        row->hash = columnBytes(m_statement, 7);
        return true;
    }
    if (!m_query.next()) {
        if (m_query.lastError().isValid())
            m_error = sqlError(m_query.lastError().text());
        return false;
    }
    row->seq = m_query.value(0).toLongLong();
    row->at = m_query.value(1).toLongLong();
    for (int i = 0; i < 6; ++i)
        m_columns[i] = bytesOf(m_query.value(i + 2));
    row->actor = m_columns[0];
    row->action = m_columns[1];
    row->subject = m_columns[2];
    row->details = m_columns[3];
    row->prevHash = m_columns[4];
    row->hash = m_columns[5];
    return true;
}

} // namespace core
