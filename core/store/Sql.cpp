#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>

#include "core/Logging.h"
#include "core/store/Dialect.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

Error sqlError(const QSqlError &error, const QString &sql)
{
    return Error{u"workspace.sql"_s,
                 QCoreApplication::translate("core::Workspace", "The workspace database refused a query: %1")
                     .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText()),
                 u"native=%1 sql=%2"_s.arg(error.nativeErrorCode(), sql.simplified())};
}

} // namespace

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QList<Binding> &bindings)
{
    QSqlQuery query(db);
    if (bindings.isEmpty()) {
        // No values: nothing to bind. PostgreSQL cannot PREPARE DDL, SET or PRAGMA-like statements.
        if (!query.exec(sql)) {
            Error error = sqlError(query.lastError(), sql);
            error.code = u"workspace.sql:"_s + query.lastError().nativeErrorCode();
            return error;
        }
        return query;
    }
    if (!query.prepare(sql))
        return sqlError(query.lastError(), sql);
    for (const auto &[name, value] : bindings) {
        // Text columns are NOT NULL: a null QString means "empty", never SQL NULL. Nullable columns
        // are integers and use nullInt().
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(name, QString(u""_s));
        else
            query.bindValue(name, value);
    }
    if (!query.exec()) {
        Error error = sqlError(query.lastError(), sql);
        error.code = u"workspace.sql:"_s + query.lastError().nativeErrorCode();
        return error;
    }
    return query;
}

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, std::initializer_list<Binding> bindings)
{
    return runSql(db, sql, QList<Binding>(bindings));
}

Result<std::optional<qint64>>
runReturning(const QSqlDatabase &db, const QString &sql, const QList<Binding> &bindings)
{
    auto query = runSql(db, sql, bindings);
    if (!query.ok())
        return query.error();
    std::optional<qint64> value;
    if (query->next())
        value = query->value(0).toLongLong();
    while (query->next()) {
    }
    query->finish();
    return value;
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalInt(const std::optional<qint64> &value)
{
    return value ? QVariant::fromValue(*value) : nullInt();
}

std::optional<qint64> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db, const Dialect &dialect)
    : m_db(db)
{
    auto begun = runSql(m_db, dialect.beginWrite());
    if (!begun.ok()) {
        m_begun = begun.error();
        return;
    }
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        if (auto rolledBack = runSql(m_db, u"ROLLBACK"_s); !rolledBack.ok())
            qCWarning(lcStore) << "rollback failed:" << rolledBack.error().toString();
    }
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error{u"workspace.sql"_s, u"transaction already closed"_s, {}})
                            : m_begun;
    auto committed = runSql(m_db, u"COMMIT"_s);
    if (!committed.ok())
        return committed.error();
    m_open = false;
    return {};
}

} // namespace core
