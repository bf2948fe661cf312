#include "MigrationRunner.h"

#include <algorithm>
#include <utility>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include "core/policy/MigrationLinter.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

Q_LOGGING_CATEGORY(lcMigrations, "switchyard.migrations")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::MigrationRunner)
};

using Binding = std::pair<QString, QVariant>;

// Identifiers are constants; values are always bound.
const QString kSchema = u"supabase_migrations"_s;
const QString kMigrationsTable = u"supabase_migrations.schema_migrations"_s;
const QString kChecksumsTable = u"supabase_migrations.switchyard_checksums"_s;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"switchyard-migrations-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString serverText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

// Runs a query of Switchyard's own: prepared, every value bound (or, without values, executed
// directly: PostgreSQL cannot PREPARE DDL).
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QList<Binding> &bindings = {})
{
    QSqlQuery query(db);
    bool ok = false;
    if (bindings.isEmpty()) {
        ok = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const auto &[name, value] : bindings)
            query.bindValue(name, value);
        ok = query.exec();
    }
    if (!ok) {
        return Error{u"migration.sql"_s,
                     Tr::tr("The database refused a migration bookkeeping query: %1")
                         .arg(serverText(query.lastError())),
                     u"sqlstate=%1 sql=%2"_s.arg(query.lastError().nativeErrorCode(), sql.simplified())};
    }
    return query;
}

bool versionLess(const QString &a, const QString &b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

QString elided(const QString &statement)
{
    const QString flat = statement.simplified();
    return flat.size() > 300 ? flat.left(300) + u'…' : flat;
}

} // namespace

MigrationRunner::MigrationRunner(QString connectionName,
                                 QString displayUrl,
                                 QList<MigrationFile> files,
                                 Options options)
    : m_connectionName(std::move(connectionName))
    , m_displayUrl(std::move(displayUrl))
    , m_files(std::move(files))
    , m_options(std::move(options))
{}

MigrationRunner::~MigrationRunner()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QStringList MigrationRunner::migrationFiles(const QString &path)
{
    return MigrationLinter::migrationFiles(path);
}

QString MigrationRunner::checksumToString(Checksum checksum)
{
    switch (checksum) {
    case Checksum::None:
        return u"none"_s;
    case Checksum::Match:
        return u"match"_s;
    case Checksum::Changed:
        return u"changed"_s;
    case Checksum::NotRecorded:
        return u"not_recorded"_s;
    }
    return QString();
}

Result<std::unique_ptr<MigrationRunner>> MigrationRunner::open(const QString &databaseUrl,
                                                               const QStringList &files)
{
    return open(databaseUrl, files, Options{});
}

Result<std::unique_ptr<MigrationRunner>>
MigrationRunner::open(const QString &databaseUrl, const QStringList &files, Options options)
{
    const QUrl url(databaseUrl, QUrl::StrictMode);
    const QString display = url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres") ||
        url.path().size() < 2) {
        return Error{u"migration.bad_url"_s,
                     Tr::tr("The database URL %1 is not of the form postgresql://user@host:port/database.")
                         .arg(display),
                     {}};
    }
    if (!url.password().isEmpty()) {
        return Error{u"migration.bad_url"_s,
                     Tr::tr("The database URL %1 holds a password: passwords do not belong on command lines. "
                            "Remove it from the URL.")
                         .arg(display),
                     {}};
    }

    QList<MigrationFile> loaded;
    for (const QString &path : files) {
        auto file = MigrationFile::load(path);
        if (!file.ok())
            return file.error();
        loaded.append(std::move(file).value());
    }
    std::stable_sort(loaded.begin(), loaded.end(), [](const MigrationFile &a, const MigrationFile &b) {
        return versionLess(a.version(), b.version());
    });
    for (qsizetype i = 1; i < loaded.size(); ++i) {
        if (loaded.at(i).version() == loaded.at(i - 1).version()) {
            return Error{u"migration.duplicate_version"_s,
                         Tr::tr("%1 and %2 have the same version %3.")
                             .arg(loaded.at(i - 1).path(), loaded.at(i).path(), loaded.at(i).version()),
                         {}};
        }
    }

    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return Error{u"migration.driver"_s,
                     Tr::tr("The Qt SQL driver QPSQL is not installed (Debian package libqt6sql6-psql)."),
                     {}};
    }
    const QString name = nextConnectionName();
    const QString password = std::exchange(options.password, QString());
    std::unique_ptr<MigrationRunner> runner(new MigrationRunner(name, display, loaded, std::move(options)));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!url.host().isEmpty())
        db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(u"connect_timeout=10;application_name=switchyard-migrations"_s);
    if (!db.open()) {
        return Error{u"migration.connect"_s,
                     Tr::tr("Cannot connect to the database %1: %2").arg(display, serverText(db.lastError())),
                     {}};
    }
    qCInfo(lcMigrations) << "connected to" << display << "with" << loaded.size() << "migration files";
    return runner;
}

QSqlDatabase MigrationRunner::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void MigrationRunner::say(const QString &line) const
{
    qCInfo(lcMigrations).noquote() << line;
    if (m_options.progress)
        m_options.progress(line);
}

Result<QList<MigrationRunner::Applied>> MigrationRunner::readApplied()
{
    auto exists =
        run(database(), u"SELECT to_regclass(:migrations) IS NOT NULL, to_regclass(:checksums) IS NOT NULL"_s,
            {{u":migrations"_s, kMigrationsTable}, {u":checksums"_s, kChecksumsTable}});
    if (!exists.ok())
        return exists.error();
    if (!exists->next())
        return Error{u"migration.sql"_s, Tr::tr("The database did not answer a catalog query."), {}};
    const bool haveMigrations = exists->value(0).toBool();
    const bool haveChecksums = exists->value(1).toBool();
    QList<Applied> applied;
    if (!haveMigrations)
        return applied;
    const QString sql = haveChecksums
                            ? QString(u"SELECT m.version, c.sha256 FROM "_s + kMigrationsTable +
                                      u" m LEFT JOIN "_s + kChecksumsTable + u" c ON c.version = m.version"_s)
                            : QString(u"SELECT version, NULL FROM "_s + kMigrationsTable);
    auto rows = run(database(), sql);
    if (!rows.ok())
        return rows.error();
    while (rows->next())
        applied.append(Applied{rows->value(0).toString(), rows->value(1).toString()});
    std::sort(applied.begin(), applied.end(),
              [](const Applied &a, const Applied &b) { return versionLess(a.version, b.version); });
    return applied;
}

Result<QList<MigrationRunner::FileStatus>> MigrationRunner::status()
{
    auto applied = readApplied();
    if (!applied.ok())
        return applied.error();
    QHash<QString, QString> recorded;
    for (const Applied &a : *applied)
        recorded.insert(a.version, a.sha256);
    QList<FileStatus> out;
    QSet<QString> local;
    for (const MigrationFile &file : m_files) {
        local.insert(file.version());
        FileStatus s{file.version(), file.name(), file.path(), recorded.contains(file.version()),
                     Checksum::None};
        if (s.applied) {
            const QString sha = recorded.value(file.version());
            s.checksum = sha.isEmpty() ? Checksum::NotRecorded
                                       : (sha == file.sha256() ? Checksum::Match : Checksum::Changed);
        }
        out.append(s);
    }
    for (const Applied &a : *applied) {
        if (!local.contains(a.version))
            out.append(FileStatus{a.version, QString(), QString(), true, Checksum::None});
    }
    std::stable_sort(out.begin(), out.end(), [](const FileStatus &a, const FileStatus &b) {
        return versionLess(a.version, b.version);
    });
    return out;
}

Status MigrationRunner::refuseChanged(const QList<Applied> &applied) const
{
    QHash<QString, QString> recorded;
    for (const Applied &a : applied)
        recorded.insert(a.version, a.sha256);
    for (const MigrationFile &file : m_files) {
        const QString sha = recorded.value(file.version());
        if (!sha.isEmpty() && sha != file.sha256()) {
            return Error{
                u"migration.changed"_s,
                Tr::tr("%1 changed after it was applied to %2 (its SHA-256 differs from the recorded "
                       "one). Migrations are forward-only: restore the file and add a new migration. "
                       "Nothing was applied.")
                    .arg(file.path(), m_displayUrl),
                u"recorded=%1 file=%2"_s.arg(sha, file.sha256())};
        }
    }
    return {};
}

Status MigrationRunner::refuseOutOfOrder(const QList<Applied> &applied) const
{
    if (m_options.includeAll || applied.isEmpty())
        return {};
    const QString newest = applied.constLast().version;
    QSet<QString> done;
    for (const Applied &a : applied)
        done.insert(a.version);
    QStringList older;
    for (const MigrationFile &file : m_files) {
        if (!done.contains(file.version()) && versionLess(file.version(), newest))
            older.append(file.fileName());
    }
    if (older.isEmpty())
        return {};
    return Error{u"migration.out_of_order"_s,
                 Tr::tr("%1 is older than the newest migration applied to %2 (%3): applying it now would run "
                        "it after migrations that were written later. Rename it to a newer version, or apply "
                        "it anyway with --include-all. Nothing was applied.")
                     .arg(older.join(u", "_s), m_displayUrl, newest),
                 u"pending=%1 newest_applied=%2"_s.arg(older.join(u','), newest)};
}

Status MigrationRunner::acquireLock()
{
    QDeadlineTimer deadline(std::max(0, m_options.lockWaitMs));
    bool announced = false;
    for (;;) {
        auto locked = run(database(), u"SELECT pg_try_advisory_lock(:key)"_s,
                          {{u":key"_s, QVariant(kAdvisoryLockKey)}});
        if (!locked.ok())
            return locked.error();
        if (locked->next() && locked->value(0).toBool())
            return {};
        if (deadline.hasExpired()) {
            return Error{u"migration.locked"_s,
                         Tr::tr("Another migration run holds the migration lock on %1; gave up after waiting "
                                "%2 ms. Try again when it has finished.")
                             .arg(m_displayUrl)
                             .arg(m_options.lockWaitMs),
                         u"pg_advisory_lock key=%1"_s.arg(kAdvisoryLockKey)};
        }
        if (!announced) {
            say(Tr::tr("Waiting for another migration run on %1 to finish…").arg(m_displayUrl));
            announced = true;
        }
        // Synchronous by design (CLI / worker thread): a short sleep between tries.
        QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(deadline.remainingTime(), 1, 100)));
    }
}

void MigrationRunner::releaseLock()
{
    auto unlocked =
        run(database(), u"SELECT pg_advisory_unlock(:key)"_s, {{u":key"_s, QVariant(kAdvisoryLockKey)}});
    if (!unlocked.ok())
        qCWarning(lcMigrations) << "could not release the migration lock:" << unlocked.error().toString();
}

Status MigrationRunner::ensureTables()
{
    // As the Supabase CLI creates them, plus Switchyard's checksums; in one transaction, without
    // the server's "already exists, skipping" notices.
    const QStringList statements{
        u"BEGIN"_s,
        u"SET LOCAL client_min_messages = warning"_s,
        u"CREATE SCHEMA IF NOT EXISTS "_s + kSchema,
        u"CREATE TABLE IF NOT EXISTS "_s + kMigrationsTable +
            u" (version text NOT NULL PRIMARY KEY, statements text[], name text)"_s,
        u"CREATE TABLE IF NOT EXISTS "_s + kChecksumsTable + u" (version text PRIMARY KEY REFERENCES "_s +
            kMigrationsTable +
            u" (version) ON DELETE CASCADE, sha256 text NOT NULL, applied_at timestamptz DEFAULT now())"_s,
        u"COMMIT"_s};
    for (const QString &sql : statements) {
        if (auto done = run(database(), sql); !done.ok()) {
            if (!run(database(), u"ROLLBACK"_s).ok())
                qCWarning(lcMigrations) << "rollback failed after" << done.error().detail;
            return done.error();
        }
    }
    return {};
}

Status MigrationRunner::record(const MigrationFile &file)
{
    const QString statements = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(file.statementTexts())).toJson(QJsonDocument::Compact));
    auto inserted =
        run(database(),
            u"INSERT INTO "_s + kMigrationsTable +
                u" (version, name, statements) VALUES (:version, :name, "
                u"ARRAY(SELECT jsonb_array_elements_text(CAST(:statements AS jsonb))))"_s,
            {{u":version"_s, file.version()}, {u":name"_s, file.name()}, {u":statements"_s, statements}});
    if (!inserted.ok())
        return inserted.error();
    auto checksum = run(database(),
                        u"INSERT INTO "_s + kChecksumsTable +
                            u" (version, sha256) VALUES (:version, :sha256) ON CONFLICT (version) DO UPDATE "
                            u"SET sha256 = EXCLUDED.sha256, applied_at = now()"_s,
                        {{u":version"_s, file.version()}, {u":sha256"_s, file.sha256()}});
    if (!checksum.ok())
        return checksum.error();
    return {};
}

Status MigrationRunner::applyFile(const MigrationFile &file, QStringList *verified)
{
    QSqlDatabase db = database();
    const bool transactional = !file.runsOutsideTransaction();
    // Every file starts with Switchyard's lock_timeout (a file's own SET may change it for the
    // statements after it). Set for the session, so it also covers statement-by-statement files.
    if (auto set = run(db, u"SET lock_timeout = %1"_s.arg(std::max(0, m_options.lockTimeoutMs))); !set.ok())
        return set.error();
    if (transactional && !db.transaction()) {
        return Error{
            u"migration.sql"_s,
            Tr::tr("Cannot start a transaction for %1: %2").arg(file.path(), serverText(db.lastError())),
            {}};
    }
    auto rollback = qScopeGuard([&db, transactional] {
        if (transactional && !db.rollback())
            qCWarning(lcMigrations) << "rollback failed:" << serverText(db.lastError());
    });
    for (const MigrationFile::Statement &statement : file.statements()) {
        // The migration's own SQL: no values to bind, and DDL cannot be prepared.
        QSqlQuery query(db);
        if (query.exec(statement.text))
            continue;
        const QString server = serverText(query.lastError());
        const bool lockTimeout = query.lastError().nativeErrorCode() == u"55P03";
        const QString hint =
            lockTimeout ? Tr::tr(" (the table lock was not granted within lock_timeout = %1 ms: another "
                                 "session holds it; retry when it is idle)")
                              .arg(m_options.lockTimeoutMs)
                        : QString();
        const QString message =
            transactional
                ? Tr::tr(
                      "%1:%2: the migration failed at “%3”: %4%5\nIts transaction was rolled back: nothing "
                      "of %1 was applied.")
                      .arg(file.path())
                      .arg(statement.line)
                      .arg(elided(statement.text), server, hint)
                : Tr::tr("%1:%2: the migration failed at “%3”: %4%5\n%1 runs statement by statement: the "
                         "statements before line %2 stay applied and it is not recorded as applied.")
                      .arg(file.path())
                      .arg(statement.line)
                      .arg(elided(statement.text), server, hint);
        return Error{u"migration.failed"_s, message,
                     u"file=%1 line=%2 sqlstate=%3"_s.arg(file.fileName())
                         .arg(statement.line)
                         .arg(query.lastError().nativeErrorCode())};
    }
    if (!transactional && !db.transaction()) {
        return Error{
            u"migration.sql"_s,
            Tr::tr("Cannot start a transaction for %1: %2").arg(file.path(), serverText(db.lastError())),
            {}};
    }
    // What the new code needs, checked before COMMIT: a missing piece leaves the file unapplied.
    auto checked = verify(file);
    if (!checked.ok()) {
        if (!transactional) {
            db.rollback();
            Error error = checked.error();
            error.message +=
                u'\n' + Tr::tr("%1 ran statement by statement: its %n statement(s) stay applied, "
                               "but it is not recorded as applied.",
                               nullptr, static_cast<int>(file.statements().size()))
                            .arg(file.path());
            return error;
        }
        Error error = checked.error();
        error.message +=
            u'\n' + Tr::tr("Its transaction was rolled back: nothing of %1 was applied.").arg(file.path());
        return error;
    }
    if (auto recorded = record(file); !recorded.ok()) {
        if (!transactional)
            db.rollback();
        return recorded;
    }
    rollback.dismiss();
    if (!db.commit()) {
        const QString server = serverText(db.lastError());
        db.rollback();
        return Error{u"migration.failed"_s,
                     Tr::tr("%1: the database refused to commit the migration: %2").arg(file.path(), server),
                     {}};
    }
    verified->append(*checked);
    return {};
}

Result<QStringList> MigrationRunner::verify(const MigrationFile &file)
{
    QStringList verified;
    QStringList missing;
    for (const MigrationFile::Requirement &r : file.requirements()) {
        Result<QSqlQuery> found = Error{};
        switch (r.kind) {
        case MigrationFile::Requirement::Kind::Table:
            found = run(database(),
                        u"SELECT 1 FROM information_schema.tables WHERE table_schema = :schema AND "
                        u"table_name = :name"_s,
                        {{u":schema"_s, r.schema}, {u":name"_s, r.name}});
            break;
        case MigrationFile::Requirement::Kind::Column:
            found = run(database(),
                        u"SELECT 1 FROM information_schema.columns WHERE table_schema = :schema AND "
                        u"table_name = :name AND column_name = :column"_s,
                        {{u":schema"_s, r.schema}, {u":name"_s, r.name}, {u":column"_s, r.column}});
            break;
        case MigrationFile::Requirement::Kind::Function:
            found = run(database(),
                        u"SELECT 1 FROM information_schema.routines WHERE routine_schema = :schema AND "
                        u"routine_name = :name"_s,
                        {{u":schema"_s, r.schema}, {u":name"_s, r.name}});
            break;
        }
        if (!found.ok())
            return found.error();
        const QString what = u"%1 (%2:%3)"_s.arg(r.describe(), file.fileName()).arg(r.line);
        if (found->next())
            verified.append(r.describe());
        else
            missing.append(what);
    }
    if (!missing.isEmpty()) {
        return Error{u"migration.verify"_s,
                     Tr::tr("The database %1 lacks what the migrations declare the new code needs: %2")
                         .arg(m_displayUrl, missing.join(u"; "_s)),
                     {}};
    }
    return verified;
}

Result<MigrationRunner::ApplyReport> MigrationRunner::apply(bool dryRun)
{
    ApplyReport report;
    report.dryRun = dryRun;
    bool locked = false;
    auto unlock = qScopeGuard([this, &locked] {
        if (locked)
            releaseLock();
    });
    if (!dryRun) {
        if (auto acquired = acquireLock(); !acquired.ok())
            return acquired.error();
        locked = true;
    }
    auto applied = readApplied();
    if (!applied.ok())
        return applied.error();
    if (auto unchanged = refuseChanged(*applied); !unchanged.ok())
        return unchanged.error();
    if (auto ordered = refuseOutOfOrder(*applied); !ordered.ok())
        return ordered.error();
    QSet<QString> done;
    for (const Applied &a : *applied)
        done.insert(a.version);

    QList<const MigrationFile *> pending;
    for (const MigrationFile &file : m_files) {
        if (done.contains(file.version())) {
            ++report.alreadyApplied;
            continue;
        }
        pending.append(&file);
        Step step{file.version(),
                  file.name(),
                  file.path(),
                  static_cast<int>(file.statements().size()),
                  !file.runsOutsideTransaction(),
                  file.outsideTransactionReason()};
        report.steps.append(step);
    }
    if (m_options.expectedPending) {
        QStringList now;
        for (const MigrationFile *file : std::as_const(pending))
            now << file->fileName();
        const QStringList &planned = *m_options.expectedPending;
        const bool appliedHead = m_options.resumingPlan && now.size() < planned.size() &&
                                 std::equal(now.cbegin(), now.cend(), planned.cend() - now.size());
        if (appliedHead) {
            say(Tr::tr("Resuming: %n planned migration(s) were applied by the earlier attempt.", nullptr,
                       int(planned.size() - now.size())));
        } else if (now != planned) {
            const auto listed = [](const QStringList &files) {
                return files.isEmpty() ? Tr::tr("nothing") : files.join(u", "_s);
            };
            return Error{
                u"migration.plan_drift"_s,
                Tr::tr("The database changed since the plan was made: the plan applies %1, but "
                       "pending now is %2 (someone applied or removed a migration meanwhile). "
                       "Nothing was applied. The plan is out of date, so its approvals are "
                       "void: plan the deployment again and have it approved again.")
                    .arg(listed(*m_options.expectedPending), listed(now)),
                u"planned=[%1] pending=[%2]"_s.arg(m_options.expectedPending->join(u','), now.join(u','))};
        }
    }
    if (pending.isEmpty()) {
        say(Tr::tr("Nothing to apply: %n migration(s) already applied.", nullptr, report.alreadyApplied));
    }
    for (const Step &step : std::as_const(report.steps)) {
        say(step.inTransaction ? Tr::tr("%1 %2: %n statement(s) in one transaction", nullptr, step.statements)
                                     .arg(step.version, step.name)
                               : Tr::tr("%1 %2: %n statement(s) one by one — %3", nullptr, step.statements)
                                     .arg(step.version, step.name, step.outsideTransactionReason));
    }
    if (dryRun)
        return report;

    if (auto created = ensureTables(); !created.ok())
        return created.error();
    for (const MigrationFile *file : std::as_const(pending)) {
        if (auto ok = applyFile(*file, &report.verified); !ok.ok())
            return ok.error();
        say(Tr::tr("Applied %1").arg(file->fileName()));
    }
    return report;
}

} // namespace core
