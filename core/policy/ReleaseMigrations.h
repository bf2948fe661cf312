#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include "core/Result.h"
#include "core/policy/MigrationFileReport.h"

namespace core {

struct Release;

// A release's migration set, checked: the files in its migrations folder must be exactly the
// ones (and the bytes) recorded when the release was registered; each is linted as part of the
// set (contract releases with MigrationLinter::Options::contractRelease) and its transaction mode
// is known. The planner puts this into the plan (and so into its digest); the migrate step and
// the GUI read it too.
class ReleaseMigrations
{
public:
    struct Entry
    {
        QString path;
        QString fileName;
        QString version;
        QString sha256;
        int statements = 0;
        bool inTransaction = true;
        QString outsideTransactionReason; // translated, when !inTransaction
        MigrationFileReport report;

        // "expand · 2 statements in one transaction · lint: 0 errors, 1 warning (missing-lock-timeout)"
        [[nodiscard]] QString summary() const;
    };

    // What `release add --migrations DIR` records: [{file, version, sha256}] of the folder's
    // *.sql files. Errors: the files' own ("migration.bad_name", "migration.syntax", …),
    // "release.migrations_empty".
    [[nodiscard]] static Result<QJsonArray> describeFolder(const QString &dir);

    // Loads and lints the release's migrations. A release without migrations gives an empty set.
    // Errors: "release.migrations_changed" (a file missing, added or different from the recorded
    // SHA-256), the files' load errors.
    [[nodiscard]] static Result<ReleaseMigrations> inspect(const Release &release);

    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    [[nodiscard]] bool contract() const { return m_contract; }

    // An expand release whose migrations break code that still runs: "policy.migration_breaking",
    // naming the file, line, rule and the way out. OK for contract releases.
    [[nodiscard]] Status refuseBreaking(const QString &version) const;

private:
    QList<Entry> m_entries;
    bool m_contract = false;
};

} // namespace core
