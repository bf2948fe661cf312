#pragma once

#include <QString>
#include <QStringList>

namespace core {

// Every difference between the SQL that SQLite and PostgreSQL accept lives here, so the schema
// migrations and repositories are written once. Migration text uses these placeholders:
//   {{ID}}     an auto-numbered 64-bit primary key
//   {{BIGINT}} a 64-bit integer (times are milliseconds since the epoch, UTC)
class Dialect
{
public:
    enum class Kind
    {
        SQLite,
        PostgreSQL
    };

    explicit Dialect(Kind kind)
        : m_kind(kind)
    {}

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString driverName() const;
    [[nodiscard]] QString expand(QString sqlTemplate) const;
    // Statements run on every new connection (pragmas).
    [[nodiscard]] QStringList sessionSetup() const;
    // Starts a write transaction that takes the write lock at once (SQLite: BEGIN IMMEDIATE), so
    // read-then-write sequences from two processes serialise instead of failing half-way.
    [[nodiscard]] QString beginWrite() const;
    // Statements that make a table refuse UPDATE and DELETE.
    [[nodiscard]] QStringList appendOnly(const QString &table) const;
    // True when the error text says a UNIQUE / PRIMARY KEY constraint refused a row.
    [[nodiscard]] bool isUniqueViolation(const QString &nativeCode, const QString &text) const;

private:
    Kind m_kind;
};

} // namespace core
