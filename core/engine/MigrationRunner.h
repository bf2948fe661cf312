#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/policy/MigrationFile.h"

namespace core {

// Applies PostgreSQL migrations (Supabase CLI layout) to one database over QPSQL, and records them
// where the Supabase CLI does (supabase_migrations.schema_migrations: version, statements, name), so
// both tools agree on what is applied. Switchyard's SHA-256 of each file is kept alongside in
// supabase_migrations.switchyard_checksums; a file that changed after it was applied is refused.
//
// Synchronous: status() and apply() block on the network and apply() may wait for the advisory
// lock. Use it from the CLI or a worker thread, never from a GUI thread. One runner = one
// connection, used only by the thread that created the runner.
class MigrationRunner final
{
public:
    // pg_advisory_lock key held while applying: 'SWYDMIGR' as a 64-bit integer.
    static constexpr qint64 kAdvisoryLockKey = 0x535759444d494752;

    struct Options
    {
        // How long apply() waits for another runner's advisory lock before failing.
        int lockWaitMs = 30000;
        // lock_timeout set (per session) before each migration file: a statement that cannot get
        // its table lock within this time fails instead of queueing every other query behind it.
        // A file's own SET lock_timeout still applies to the statements after it. 0: no limit.
        int lockTimeoutMs = 5000;
        // Apply pending versions older than the newest applied one (the Supabase CLI's
        // --include-all). Without it such a version is refused ("migration.out_of_order").
        bool includeAll = false;
        // The role's password (from the keychain), never part of the URL. Empty: libpq's own
        // environment / .pgpass applies.
        QString password;
        // The files (names, in order) the approved plan says are pending. When set, apply() compares
        // it with what is pending now, under the advisory lock, and stops on any difference
        // ("migration.plan_drift"): the plan no longer says what would run, so its approvals are void.
        std::optional<QStringList> expectedPending;
        // Resuming the deployment whose plan gave expectedPending: its earlier attempt may have
        // applied the first planned files before it stopped. Pending now may then be a tail of the
        // planned list (the applied head's checksums are checked like any applied file); anything
        // else is still drift.
        bool resumingPlan = false;
        // Called with one translated line per step (plan, file applied), for CLI progress.
        std::function<void(const QString &)> progress;
    };

    enum class Checksum
    {
        None,        // not applied
        Match,       // applied, recorded checksum equals the file's
        Changed,     // applied, the file changed since
        NotRecorded, // applied by another tool (e.g. the Supabase CLI): no checksum to compare
    };

    struct FileStatus
    {
        QString version;
        QString name;
        QString file; // empty: applied in the database, no local file
        bool applied = false;
        Checksum checksum = Checksum::None;
    };

    struct Step
    {
        QString version;
        QString name;
        QString file;
        int statements = 0;
        bool inTransaction = true;
        QString outsideTransactionReason; // translated, when !inTransaction
    };

    struct ApplyReport
    {
        bool dryRun = false;
        QList<Step> steps; // applied, or (dry run) would be applied, in order
        int alreadyApplied = 0;
        QStringList verified; // requirements checked, e.g. "table public.users"
    };

    // Connects to postgresql://user@host:port/database (no password in the URL: the keychain comes
    // later; libpq's own environment applies) and loads the files (a folder's *.sql in name order:
    // see migrationFiles). Errors: "migration.bad_url", "migration.connect", the file's load errors,
    // "migration.duplicate_version".
    [[nodiscard]] static Result<std::unique_ptr<MigrationRunner>> open(const QString &databaseUrl,
                                                                       const QStringList &files);
    [[nodiscard]] static Result<std::unique_ptr<MigrationRunner>>
    open(const QString &databaseUrl, const QStringList &files, Options options);
    ~MigrationRunner();
    Q_DISABLE_COPY_MOVE(MigrationRunner)

    // A folder's *.sql files sorted by name, or the file itself.
    [[nodiscard]] static QStringList migrationFiles(const QString &path);
    [[nodiscard]] static QString checksumToString(Checksum checksum);

    // Every local file (in version order) and every version applied without a local file.
    [[nodiscard]] Result<QList<FileStatus>> status();

    // Applies pending files in version order (see the class comment). Each file's `-- requires:`
    // declarations are checked inside its own transaction, before COMMIT: a failed check leaves
    // the file unapplied (a file that runs statement by statement keeps what it ran, unrecorded).
    // Errors: "migration.locked", "migration.changed", "migration.out_of_order",
    // "migration.failed" (names file, line, statement and the server's error),
    // "migration.verify", "migration.sql", "migration.plan_drift" (see Options::expectedPending).
    // A dry run changes nothing and takes no lock, but
    // refuses what apply() would refuse.
    [[nodiscard]] Result<ApplyReport> apply(bool dryRun);

private:
    MigrationRunner(QString connectionName, QString displayUrl, QList<MigrationFile> files, Options options);

    struct Applied
    {
        QString version;
        QString sha256; // empty: not recorded
    };

    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] Result<QList<Applied>> readApplied();
    [[nodiscard]] Status refuseChanged(const QList<Applied> &applied) const;
    [[nodiscard]] Status refuseOutOfOrder(const QList<Applied> &applied) const;
    [[nodiscard]] Status acquireLock();
    void releaseLock();
    [[nodiscard]] Status ensureTables();
    [[nodiscard]] Status applyFile(const MigrationFile &file, QStringList *verified);
    [[nodiscard]] Status record(const MigrationFile &file);
    [[nodiscard]] Result<QStringList> verify(const MigrationFile &file);
    void say(const QString &line) const;

    QString m_connectionName;
    QString m_displayUrl;
    QList<MigrationFile> m_files;
    Options m_options;
};

} // namespace core
