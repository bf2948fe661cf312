#pragma once

#include <initializer_list>
#include <utility>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include "core/Result.h"

namespace core {

class Dialect;

using Binding = std::pair<QString, QVariant>;

// Prepares `sql`, binds every value by name and runs it. Values are never spliced into SQL.
Result<QSqlQuery>
runSql(const QSqlDatabase &db, const QString &sql, std::initializer_list<Binding> bindings = {});
Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QList<Binding> &bindings);

// Runs an INSERT/UPDATE ... RETURNING <one integer> and finishes the statement (SQLite keeps a
// write statement open until it is stepped to the end, which would block COMMIT and other
// writers). An empty optional when no row was returned.
Result<std::optional<qint64>>
runReturning(const QSqlDatabase &db, const QString &sql, const QList<Binding> &bindings);

// Maps every row of a query that ran (or passes its error on).
template <typename RowFn>
auto collectRows(Result<QSqlQuery> query, RowFn fromRow) -> Result<QList<decltype(fromRow(query.value()))>>
{
    if (!query.ok())
        return query.error();
    QList<decltype(fromRow(query.value()))> rows;
    while (query->next())
        rows << fromRow(*query);
    return rows;
}

// A NULL of a 64-bit integer column (PostgreSQL needs typed NULLs).
QVariant nullInt();
QVariant optionalInt(const std::optional<qint64> &value);
std::optional<qint64> toOptionalInt(const QVariant &value);

// A write transaction; rolls back unless commit() succeeded.
class WriteTransaction
{
public:
    WriteTransaction(const QSqlDatabase &db, const Dialect &dialect);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    [[nodiscard]] const Status &begun() const { return m_begun; }
    [[nodiscard]] Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace core
