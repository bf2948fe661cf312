#include "SchemaMigrations.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/Logging.h"
#include "core/incidents/IncidentSchema.h"
#include "core/store/ApprovalSchema.h"
#include "core/store/Dialect.h"
#include "core/store/Sql.h"
#include "core/store/TeamGrants.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

QStringList expandAll(const Dialect &dialect, const QStringList &templates)
{
    QStringList out;
    out.reserve(templates.size());
    for (const QString &t : templates)
        out << dialect.expand(t);
    return out;
}

QStringList initialSchema(const Dialect &dialect)
{
    QStringList statements = expandAll(
        dialect,
        {
            u"CREATE TABLE services ("
            " id {{ID}}, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT '',"
            " created_at {{BIGINT}} NOT NULL)"_s,

            u"CREATE TABLE environments ("
            " id {{ID}}, service_id {{BIGINT}} NOT NULL REFERENCES services(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL, position INTEGER NOT NULL,"
            " router_kind TEXT NOT NULL, router_config TEXT NOT NULL DEFAULT '{}',"
            " settings TEXT NOT NULL DEFAULT '{}', created_at {{BIGINT}} NOT NULL,"
            " UNIQUE (service_id, name), UNIQUE (service_id, position))"_s,

            u"CREATE TABLE slots ("
            " id {{ID}}, environment_id {{BIGINT}} NOT NULL REFERENCES environments(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('live', 'standby', 'stopped')),"
            " version TEXT NOT NULL DEFAULT '', health_url TEXT NOT NULL, upstream TEXT NOT NULL,"
            " deploy_command TEXT NOT NULL DEFAULT '[]',"
            " UNIQUE (environment_id, name))"_s,

            u"CREATE TABLE releases ("
            " id {{ID}}, service_id {{BIGINT}} NOT NULL REFERENCES services(id) ON DELETE CASCADE,"
            " version TEXT NOT NULL, commit_sha TEXT NOT NULL DEFAULT '',"
            " artifacts TEXT NOT NULL DEFAULT '{}', migrations TEXT NOT NULL DEFAULT '[]',"
            " digest TEXT NOT NULL, created_at {{BIGINT}} NOT NULL,"
            " UNIQUE (service_id, version))"_s,

            u"CREATE TABLE deployments ("
            " id {{ID}}, environment_id {{BIGINT}} NOT NULL REFERENCES environments(id),"
            " release_id {{BIGINT}} REFERENCES releases(id), version TEXT NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('deploy', 'rollback')),"
            " status TEXT NOT NULL CHECK (status IN ('pending', 'running', 'succeeded', 'failed', "
            "'aborted')),"
            " from_slot TEXT NOT NULL, to_slot TEXT NOT NULL, from_version TEXT NOT NULL DEFAULT '',"
            " plan_digest TEXT NOT NULL, plan TEXT NOT NULL, requested_by TEXT NOT NULL,"
            " rollback_of {{BIGINT}} REFERENCES deployments(id),"
            " started_at {{BIGINT}} NOT NULL, finished_at {{BIGINT}},"
            " current_step TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX deployments_by_environment ON deployments (environment_id, started_at)"_s,

            u"CREATE TABLE step_records ("
            " id {{ID}}, deployment_id {{BIGINT}} NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,"
            " seq INTEGER NOT NULL, name TEXT NOT NULL, attempt INTEGER NOT NULL,"
            " status TEXT NOT NULL CHECK (status IN ('pending', 'running', 'succeeded', 'failed', "
            "'skipped')),"
            " started_at {{BIGINT}} NOT NULL, finished_at {{BIGINT}}, message TEXT NOT NULL DEFAULT '',"
            " UNIQUE (deployment_id, seq, attempt))"_s,

            u"CREATE TABLE deploy_locks ("
            " environment_id {{BIGINT}} PRIMARY KEY REFERENCES environments(id) ON DELETE CASCADE,"
            " deployment_id {{BIGINT}} NOT NULL REFERENCES deployments(id),"
            " holder TEXT NOT NULL, acquired_at {{BIGINT}} NOT NULL)"_s,

            u"CREATE TABLE audit_log ("
            " seq {{BIGINT}} PRIMARY KEY, at {{BIGINT}} NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
            " subject TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
        });
    statements << dialect.appendOnly(u"audit_log"_s);
    return statements;
}

QStringList deploymentLog(const Dialect &dialect)
{
    return expandAll(
        dialect,
        {
            u"CREATE TABLE deployment_log ("
            " id {{ID}}, deployment_id {{BIGINT}} NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,"
            " at {{BIGINT}} NOT NULL, step TEXT NOT NULL, stream TEXT NOT NULL CHECK (stream IN ('out', "
            "'err', 'info')),"
            " line TEXT NOT NULL)"_s,
            u"CREATE INDEX deployment_log_by_deployment ON deployment_log (deployment_id, id)"_s,
            u"CREATE INDEX step_records_by_deployment ON step_records (deployment_id, seq)"_s,
        });
}

// Issue 4: the database each environment migrates, and contract releases with their migrations.
QStringList environmentDatabases(const Dialect &dialect)
{
    return expandAll(
        dialect, {
                     u"CREATE TABLE environment_databases ("
                     " environment_id {{BIGINT}} PRIMARY KEY REFERENCES environments(id) ON DELETE CASCADE,"
                     " url TEXT NOT NULL, password_key TEXT NOT NULL DEFAULT '',"
                     " lock_timeout_ms INTEGER NOT NULL DEFAULT 5000, updated_at {{BIGINT}} NOT NULL)"_s,
                     u"CREATE TABLE release_migrations ("
                     " release_id {{BIGINT}} PRIMARY KEY REFERENCES releases(id) ON DELETE CASCADE,"
                     " contract INTEGER NOT NULL DEFAULT 0 CHECK (contract IN (0, 1)),"
                     " migrations_dir TEXT NOT NULL DEFAULT '')"_s,
                 });
}

// Issue 3: what cloud providers created for each deployment (Vercel deployment ids, Supabase
// function versions, the KV value written), shown and linked in status and history.
QStringList providerRefs(const Dialect &dialect)
{
    return expandAll(
        dialect,
        {
            u"CREATE TABLE deployment_provider_refs ("
            " id {{ID}}, deployment_id {{BIGINT}} NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,"
            " provider TEXT NOT NULL, kind TEXT NOT NULL, ref_id TEXT NOT NULL, url TEXT NOT NULL DEFAULT '',"
            " created_at {{BIGINT}} NOT NULL)"_s,
            u"CREATE INDEX deployment_provider_refs_by_deployment ON deployment_provider_refs (deployment_id)"_s,
        });
}

// Issue 3: the journal keeps the error code of a failed step, so a deployment that failed on a
// provider error (5xx, timeout, rate limit, network) can be told apart and resumed.
QStringList stepErrorCodes(const Dialect &)
{
    return {u"ALTER TABLE step_records ADD COLUMN error_code TEXT NOT NULL DEFAULT ''"_s};
}

// Issue 6: health samples (raw and rolled up) and rollback triggers per environment.
QStringList healthAndTriggers(const Dialect &dialect)
{
    return expandAll(
        dialect,
        {
            u"CREATE TABLE health_samples ("
            " id {{ID}}, environment_id {{BIGINT}} NOT NULL REFERENCES environments(id) ON DELETE CASCADE,"
            " slot TEXT NOT NULL, source TEXT NOT NULL CHECK (source IN ('probe', 'router', 'metrics')),"
            " at {{BIGINT}} NOT NULL,"
            " status TEXT NOT NULL CHECK (status IN ('healthy', 'degraded', 'unhealthy', 'error')),"
            " http_status INTEGER NOT NULL, latency_ms {{BIGINT}} NOT NULL,"
            " version TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '',"
            " requests {{BIGINT}} NOT NULL DEFAULT 0, errors {{BIGINT}} NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX health_samples_by_time ON health_samples (environment_id, at)"_s,
            u"CREATE INDEX health_samples_by_age ON health_samples (at)"_s,

            u"CREATE TABLE health_rollups ("
            " environment_id {{BIGINT}} NOT NULL REFERENCES environments(id) ON DELETE CASCADE,"
            " slot TEXT NOT NULL, source TEXT NOT NULL, bucket_ms {{BIGINT}} NOT NULL, at {{BIGINT}} NOT "
            "NULL,"
            " samples {{BIGINT}} NOT NULL, failures {{BIGINT}} NOT NULL, degraded {{BIGINT}} NOT NULL,"
            " latency_p50_ms {{BIGINT}} NOT NULL, latency_p95_ms {{BIGINT}} NOT NULL,"
            " latency_max_ms {{BIGINT}} NOT NULL, requests {{BIGINT}} NOT NULL, errors {{BIGINT}} NOT NULL,"
            " version TEXT NOT NULL DEFAULT '',"
            " PRIMARY KEY (environment_id, slot, source, bucket_ms, at))"_s,
            u"CREATE INDEX health_rollups_by_age ON health_rollups (bucket_ms, at)"_s,

            u"CREATE TABLE rollback_triggers ("
            " id {{ID}}, environment_id {{BIGINT}} NOT NULL REFERENCES environments(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, metric TEXT NOT NULL, threshold DOUBLE PRECISION NOT NULL,"
            " window_ms {{BIGINT}} NOT NULL, min_samples INTEGER NOT NULL,"
            " action TEXT NOT NULL CHECK (action IN ('rollback', 'propose', 'alert')),"
            " cooldown_ms {{BIGINT}} NOT NULL, enabled INTEGER NOT NULL, last_fired_at {{BIGINT}},"
            " UNIQUE (environment_id, position))"_s,
        });
}

Error tooNew(int found, int known)
{
    return Error{
        u"workspace.too_new"_s,
        QCoreApplication::translate("core::Workspace",
                                    "This workspace was written by a newer Switchyard (schema version %1; "
                                    "this build knows up to %2). Upgrade Switchyard to open it; nothing "
                                    "was changed.")
            .arg(found)
            .arg(known),
        {}};
}

} // namespace

const QList<SchemaMigration> &SchemaMigrations::all()
{
    static const QList<SchemaMigration> migrations{
        {1, u"services, environments, slots, releases, deployments, journal, locks, audit log"_s,
         initialSchema},
        {2, u"streamed deployment output"_s, deploymentLog},
        {3, u"environment databases, contract releases"_s, environmentDatabases},
        {4, u"health samples, rollups and rollback triggers"_s, healthAndTriggers},
        {5, u"incidents, communications outbox, postmortems"_s, incidentSchema},
        {6, u"identities, approval policies, signed approvals (two-person rule)"_s, approvalSchema},
        {7, u"provider deployment ids and URLs"_s, providerRefs},
        // Issue 5: nothing of its own; the team grants that run after every migration (below)
        // reach the tables added since version 6 in workspaces already there.
        {8, u"team mode: member grants on every table"_s, [](const Dialect &) { return QStringList{}; }},
        {9, u"release commit times (DORA lead time), Statuspage components"_s, releaseCommitTimeSchema},
        {10, u"error codes of failed steps in the journal (resume after a provider error)"_s, stepErrorCodes},
    };
    return migrations;
}

int SchemaMigrations::latestVersion()
{
    return all().constLast().version;
}

Result<int> SchemaMigrations::currentVersion(const QSqlDatabase &db, const Dialect &dialect)
{
    Q_UNUSED(dialect)
    if (!db.tables().contains(u"switchyard_schema"_s)) {
        // A database with tables but no schema table is something else: refuse to write into it.
        if (!db.tables().isEmpty()) {
            return Error{u"workspace.foreign"_s,
                         QCoreApplication::translate(
                             "core::Workspace", "This database is not a Switchyard workspace (it has tables "
                                                "but no switchyard_schema); nothing was changed."),
                         db.tables().join(u", "_s)};
        }
        return 0;
    }
    auto query = runSql(db, u"SELECT MAX(version) FROM switchyard_schema"_s);
    if (!query.ok())
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Status SchemaMigrations::migrate(const QSqlDatabase &db, const Dialect &dialect, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    auto current = currentVersion(db, dialect);
    if (!current.ok())
        return current.error();
    if (*current > latestVersion())
        return tooNew(*current, latestVersion());
    if (*current == 0) {
        auto created =
            runSql(db, dialect.expand(u"CREATE TABLE IF NOT EXISTS switchyard_schema ("
                                      " version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                                      " applied_at {{BIGINT}} NOT NULL, app_version TEXT NOT NULL)"_s));
        if (!created.ok())
            return created.error();
    }
    for (const SchemaMigration &migration : all()) {
        if (migration.version <= *current || migration.version > targetVersion)
            continue;
        WriteTransaction tx(db, dialect);
        if (!tx.begun().ok())
            return tx.begun();
        // Another process may have migrated while we waited for the write lock.
        auto now = currentVersion(db, dialect);
        if (!now.ok())
            return now.error();
        if (*now >= migration.version)
            continue;
        // Team mode: every table, including the ones this migration adds, gets the members' grants.
        for (const QString &statement : migration.statements(dialect) + teamGrants(dialect)) {
            auto ran = runSql(db, statement);
            if (!ran.ok()) {
                Error error = ran.error();
                error.message = QCoreApplication::translate(
                                    "core::Workspace", "Upgrading the workspace to schema version %1 failed; "
                                                       "it was left at version %2: %3")
                                    .arg(migration.version)
                                    .arg(*now)
                                    .arg(error.message);
                return error;
            }
        }
        auto recorded =
            runSql(db,
                   u"INSERT INTO switchyard_schema (version, description, applied_at, app_version) "
                   "VALUES (:version, :description, :at, :app)"_s,
                   {{u":version"_s, migration.version},
                    {u":description"_s, migration.description},
                    {u":at"_s, QDateTime::currentMSecsSinceEpoch()},
                    {u":app"_s, QStringLiteral(SWITCHYARD_VERSION)}});
        if (!recorded.ok())
            return recorded.error();
        if (auto committed = tx.commit(); !committed.ok())
            return committed;
        qCInfo(lcStore) << "workspace schema upgraded to version" << migration.version;
    }
    return {};
}

} // namespace core
