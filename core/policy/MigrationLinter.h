#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/policy/MigrationFileReport.h"

namespace core {

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

    void lintStatement(Statement &s, const QString &type, const QJsonObject &node);
    void lintAlterTable(Statement &s, const QJsonObject &node);
    void lintAddColumn(Statement &s, const QJsonObject &relation, const QJsonObject &columnDef);
    void lintAddConstraint(Statement &s, const QJsonObject &relation, const QJsonObject &constraint);
    void lintRename(Statement &s, const QJsonObject &node);
    void lintDrop(Statement &s, const QJsonObject &node);
    void lintTruncate(Statement &s, const QJsonObject &node);
    void lintIndex(Statement &s, const QJsonObject &node);
    void lintUpdate(Statement &s, const QJsonObject &node);
    void lintDropIndex(Statement &s, const QJsonObject &node);
    void lintMaintenance(Statement &s, const QString &type, const QJsonObject &node);
    void noteLockTimeout(Statement &s, const QString &type, const QJsonObject &node);
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
    [[nodiscard]] QString volatileCall(const QJsonValue &expression) const;

    Options m_options;
    QSet<QString> m_createdTables;              // "schema.table"
    QSet<QString> m_createdIndexes;             // "schema.index"
    QHash<QString, QString> m_createdFunctions; // "schema.function" -> volatility
    QHash<QString, QString> m_notNullChecks;    // "schema.table/constraint" -> column (NOT VALID)
    QSet<QString> m_provenNotNull;              // "schema.table/column" (validated CHECK IS NOT NULL)
};

} // namespace core
