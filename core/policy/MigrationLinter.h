#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/policy/MigrationFileReport.h"

// libpg_query's parse tree as protobuf-c structs (pg_query/pg_query.pb-c.h).
struct PgQuery__Node;
struct PgQuery__RangeVar;
struct PgQuery__ColumnDef;
struct PgQuery__Constraint;
struct ProtobufCMessage;

namespace core {

class SqlParseTree;
class SqlSourceMap;

// Lints PostgreSQL migrations for zero-downtime safety. Statements are parsed with libpg_query
// (the PostgreSQL 15 grammar), never matched with regular expressions. One linter instance lints
// one migration set, file after file in version order: tables and functions created earlier in
// the set are not "existing", so work on them is not flagged.
class MigrationLinter
{
public:
    struct Options
    {
        // A contract release expects code-breaking changes: they are reported as info, while locks
        // and rewrites still count.
        bool contractRelease = false;
    };

    MigrationLinter();
    explicit MigrationLinter(Options options);
    Q_DISABLE_COPY_MOVE(MigrationLinter)

    // Reads and lints one file. Errors: "migration.unreadable", "migration.syntax" (the message
    // starts with file:line:column).
    [[nodiscard]] Result<MigrationFileReport> lintFile(const QString &path);
    // Lints SQL text; `file` is only used to label findings and errors.
    [[nodiscard]] Result<MigrationFileReport> lintSource(const QString &file, const QByteArray &sql);

    // The migration files a path names: the file itself, or a folder's *.sql files sorted by name.
    [[nodiscard]] static QStringList migrationFiles(const QString &path);

private:
    struct Statement;

    [[nodiscard]] MigrationFileReport
    lintTree(const QString &file, const SqlSourceMap &source, const SqlParseTree &tree);
    void lintStatement(Statement &s, const PgQuery__Node &node);
    void lintAlterTable(Statement &s, const PgQuery__Node &node);
    void lintAddColumn(Statement &s, const PgQuery__RangeVar *relation, const PgQuery__ColumnDef *columnDef);
    void
    lintAddConstraint(Statement &s, const PgQuery__RangeVar *relation, const PgQuery__Constraint *constraint);
    void lintRename(Statement &s, const PgQuery__Node &node);
    void lintDrop(Statement &s, const PgQuery__Node &node);
    void lintTruncate(Statement &s, const PgQuery__Node &node);
    void lintIndex(Statement &s, const PgQuery__Node &node);
    void lintUpdate(Statement &s, const PgQuery__Node &node);
    void lintDropIndex(Statement &s, const PgQuery__Node &node);
    void lintMaintenance(Statement &s, const PgQuery__Node &node);
    void noteLockTimeout(Statement &s, const PgQuery__Node &node);
    void requireLockTimeout(Statement &s, const QString &table);

    void report(Statement &s,
                const QString &rule,
                FindingSeverity impact,
                const QString &lock,
                bool rewrites,
                bool breaksOldCode,
                const QString &message,
                const QString &suggestion);

    [[nodiscard]] bool existing(const QString &tableKey) const;
    [[nodiscard]] QString volatileCall(const ProtobufCMessage *expression) const;

    Options m_options;
    QSet<QString> m_createdTables;              // "schema.table"
    QSet<QString> m_createdIndexes;             // "schema.index"
    QHash<QString, QString> m_createdFunctions; // "schema.function" -> volatility
    QHash<QString, QString> m_notNullChecks;    // "schema.table/constraint" -> column (NOT VALID)
    QSet<QString> m_provenNotNull;              // "schema.table/column" (validated CHECK IS NOT NULL)
};

} // namespace core
