#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/Result.h"

namespace core {

// One migration file as the runner sees it: named as the Supabase CLI names them
// (`<version>_<name>.sql`, version = the digits before the first '_'), its SHA-256, its statements
// (split by libpg_query, with their lines) and what it declares the new code needs.
class MigrationFile
{
public:
    struct Statement
    {
        QString text;
        int line = 1;
        int column = 1;
        // Cannot run inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, …) or is itself
        // transaction control (BEGIN, COMMIT, …).
        bool outsideTransaction = false;
    };

    // `-- requires: table public.users`, `-- requires: column public.users.email`,
    // `-- requires: function public.get_user`. Unqualified names mean schema public.
    struct Requirement
    {
        enum class Kind
        {
            Table,
            Column,
            Function
        };
        Kind kind = Kind::Table;
        QString schema;
        QString name; // table or function
        QString column;
        int line = 0;

        [[nodiscard]] QString describe() const; // "table public.users"
    };

    // Reads, hashes and parses a file. Errors: "migration.bad_name", "migration.unreadable",
    // "migration.syntax" (message starts with file:line:column), "migration.bad_requirement".
    [[nodiscard]] static Result<MigrationFile> load(const QString &path);

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QString &fileName() const { return m_fileName; }
    [[nodiscard]] const QString &version() const { return m_version; }
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &sha256() const { return m_sha256; }
    [[nodiscard]] const QList<Statement> &statements() const { return m_statements; }
    [[nodiscard]] const QList<Requirement> &requirements() const { return m_requirements; }
    [[nodiscard]] QStringList statementTexts() const;

    // True when the file must run statement by statement rather than in one transaction.
    [[nodiscard]] bool runsOutsideTransaction() const { return !m_outsideReason.isEmpty(); }
    // Why (translated; names the first such statement and its line), empty when it runs in one.
    [[nodiscard]] const QString &outsideTransactionReason() const { return m_outsideReason; }

private:
    QString m_path;
    QString m_fileName;
    QString m_version;
    QString m_name;
    QString m_sha256;
    QList<Statement> m_statements;
    QList<Requirement> m_requirements;
    QString m_outsideReason;
};

} // namespace core
