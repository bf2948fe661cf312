#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace core {

enum class FindingSeverity
{
    Info,
    Warning,
    Error
};

[[nodiscard]] QString findingSeverityToString(FindingSeverity severity);

// What the migration linter says about one statement: where it is, which rule, the lock it
// takes, whether it rewrites the table or breaks code that still runs, and the safe alternative.
struct MigrationFinding
{
    QString file;
    int line = 0;
    int column = 0;
    QString statement;
    QString rule; // stable id, e.g. "drop-column"
    FindingSeverity severity = FindingSeverity::Info;
    QString lock; // e.g. "ACCESS EXCLUSIVE"; empty when no table lock is involved
    bool rewrites = false;
    bool breaksOldCode = false;
    QString message;    // translated
    QString suggestion; // translated: the expand/contract alternative

    // {file, line, column, statement, rule, severity, lock, rewrites, breaks_old_code, message, suggestion}
    [[nodiscard]] QJsonObject toJson() const;
    // Appends toJson() as QJsonDocument::Compact writes it, byte for byte (same key order and
    // escaping), without building the QJsonObject: the CLI writes thousands of findings.
    void appendCompactJson(QByteArray &out) const;
};

} // namespace core
