#include "DeploymentRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

const QString kColumns = u"d.id, d.environment_id, d.release_id, d.version, d.kind, d.status, d.from_slot, "
                         "d.to_slot, d.from_version, d.plan_digest, d.plan, d.requested_by, d.rollback_of, "
                         "d.started_at, d.finished_at, d.current_step, d.error"_s;

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Deployment fromRow(const QSqlQuery &q)
{
    Deployment d;
    d.id = q.value(0).toLongLong();
    d.environmentId = q.value(1).toLongLong();
    d.releaseId = toOptionalInt(q.value(2));
    d.version = q.value(3).toString();
    d.kind = deploymentKindFromString(q.value(4).toString());
    d.status = deploymentStatusFromString(q.value(5).toString());
    d.fromSlot = q.value(6).toString();
    d.toSlot = q.value(7).toString();
    d.fromVersion = q.value(8).toString();
    d.planDigest = q.value(9).toString();
    d.plan = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    d.requestedBy = q.value(11).toString();
    d.rollbackOf = toOptionalInt(q.value(12));
    d.startedAt = fromMs(q.value(13));
    d.finishedAt = fromMs(q.value(14));
    d.currentStep = q.value(15).toString();
    d.error = q.value(16).toString();
    return d;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isTerminal(DeploymentStatus s)
{
    return s == DeploymentStatus::Succeeded || s == DeploymentStatus::Failed ||
           s == DeploymentStatus::Aborted;
}

} // namespace

DeploymentRepository::DeploymentRepository(QSqlDatabase db, const Dialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

Result<DeploymentId> DeploymentRepository::create(const Deployment &d)
{
    auto q = runReturning(
        m_db,
        u"INSERT INTO deployments (environment_id, release_id, version, kind, status, from_slot, to_slot, "
        "from_version, plan_digest, plan, requested_by, rollback_of, started_at, finished_at, current_step, "
        "error) VALUES (:env, :release, :version, :kind, :status, :from, :to, :fromVersion, :digest, :plan, "
        ":by, :rollbackOf, :at, :finished, :step, :error) RETURNING id"_s,
        {{u":env"_s, d.environmentId},
         {u":release"_s, optionalInt(d.releaseId)},
         {u":version"_s, d.version},
         {u":kind"_s, deploymentKindToString(d.kind)},
         {u":status"_s, deploymentStatusToString(d.status)},
         {u":from"_s, d.fromSlot},
         {u":to"_s, d.toSlot},
         {u":fromVersion"_s, d.fromVersion},
         {u":digest"_s, d.planDigest},
         {u":plan"_s, QString::fromUtf8(QJsonDocument(d.plan).toJson(QJsonDocument::Compact))},
         {u":by"_s, d.requestedBy},
         {u":rollbackOf"_s, optionalInt(d.rollbackOf)},
         {u":at"_s, d.startedAt.isValid() ? d.startedAt.toMSecsSinceEpoch() : nowMs()},
         {u":finished"_s, d.finishedAt.isValid() ? QVariant(d.finishedAt.toMSecsSinceEpoch()) : nullInt()},
         {u":step"_s, d.currentStep},
         {u":error"_s, d.error}});
    if (!q.ok())
        return q.error();
    const DeploymentId id = q->value_or(0);
    Q_EMIT deploymentAdded(id);
    return id;
}

Status DeploymentRepository::importStep(const StepRecord &record)
{
    auto q = runSql(
        m_db,
        u"INSERT INTO step_records (deployment_id, seq, name, attempt, status, started_at, finished_at, "
        "message) VALUES (:id, :seq, :name, :attempt, :status, :started, :finished, :message)"_s,
        {{u":id"_s, record.deploymentId},
         {u":seq"_s, record.seq},
         {u":name"_s, record.name},
         {u":attempt"_s, record.attempt},
         {u":status"_s, stepStatusToString(record.status)},
         {u":started"_s, record.startedAt.toMSecsSinceEpoch()},
         {u":finished"_s,
          record.finishedAt.isValid() ? QVariant(record.finishedAt.toMSecsSinceEpoch()) : nullInt()},
         {u":message"_s, record.message}});
    if (!q.ok())
        return q.error();
    Q_EMIT stepChanged(record.deploymentId);
    return {};
}

Result<Deployment> DeploymentRepository::get(DeploymentId id) const
{
    auto q =
        runSql(m_db, u"SELECT "_s + kColumns + u" FROM deployments d WHERE d.id = :id"_s, {{u":id"_s, id}});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        return Error{u"deployment.unknown"_s,
                     QCoreApplication::translate("core::Workspace", "There is no deployment #%1.").arg(id),
                     {}};
    }
    return fromRow(*q);
}

Result<QList<Deployment>> DeploymentRepository::list(std::optional<EnvironmentId> environment,
                                                     int limit) const
{
    QString sql = u"SELECT "_s + kColumns + u" FROM deployments d"_s;
    QList<Binding> bindings;
    if (environment) {
        sql += u" WHERE d.environment_id = :env"_s;
        bindings << Binding{u":env"_s, *environment};
    }
    sql += u" ORDER BY d.started_at DESC, d.id DESC"_s;
    if (limit > 0) {
        sql += u" LIMIT :limit"_s;
        bindings << Binding{u":limit"_s, limit};
    }
    return collectRows(runSql(m_db, sql, bindings), fromRow);
}

Result<QList<Deployment>> DeploymentRepository::withStatus(DeploymentStatus status) const
{
    return collectRows(
        runSql(m_db,
               u"SELECT "_s + kColumns + u" FROM deployments d WHERE d.status = :status ORDER BY d.id"_s,
               {{u":status"_s, deploymentStatusToString(status)}}),
        fromRow);
}

Result<std::optional<Deployment>> DeploymentRepository::lastSucceeded(EnvironmentId environment,
                                                                      std::optional<ReleaseId> release) const
{
    auto q =
        release ? runSql(m_db,
                         u"SELECT "_s + kColumns +
                             u" FROM deployments d WHERE d.environment_id = :env AND d.release_id = :release "
                             "AND d.status = 'succeeded' ORDER BY d.id DESC LIMIT 1"_s,
                         {{u":env"_s, environment}, {u":release"_s, *release}})
                : runSql(m_db,
                         u"SELECT "_s + kColumns +
                             u" FROM deployments d WHERE d.environment_id = :env AND d.status = 'succeeded' "
                             "ORDER BY d.id DESC LIMIT 1"_s,
                         {{u":env"_s, environment}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<Deployment>();
    return std::optional<Deployment>(fromRow(*q));
}

Status DeploymentRepository::setStatus(DeploymentId id, DeploymentStatus status, const QString &error)
{
    auto q = runSql(m_db,
                    u"UPDATE deployments SET status = :status, error = :error, finished_at = :finished "
                    "WHERE id = :id"_s,
                    {{u":id"_s, id},
                     {u":status"_s, deploymentStatusToString(status)},
                     {u":error"_s, error},
                     {u":finished"_s, isTerminal(status) ? QVariant(nowMs()) : nullInt()}});
    if (!q.ok())
        return q.error();
    Q_EMIT deploymentChanged(id);
    return {};
}

Result<qint64> DeploymentRepository::beginStep(DeploymentId id, int seq, const QString &name)
{
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto attempt = runSql(m_db,
                          u"SELECT COALESCE(MAX(attempt), 0) + 1 FROM step_records WHERE deployment_id = :id "
                          "AND seq = :seq"_s,
                          {{u":id"_s, id}, {u":seq"_s, seq}});
    if (!attempt.ok())
        return attempt.error();
    attempt->next();
    auto inserted =
        runReturning(m_db,
                     u"INSERT INTO step_records (deployment_id, seq, name, attempt, status, started_at) "
                     "VALUES (:id, :seq, :name, :attempt, 'running', :at) RETURNING id"_s,
                     {{u":id"_s, id},
                      {u":seq"_s, seq},
                      {u":name"_s, name},
                      {u":attempt"_s, attempt->value(0).toInt()},
                      {u":at"_s, nowMs()}});
    if (!inserted.ok())
        return inserted.error();
    const qint64 recordId = inserted->value_or(0);
    auto current = runSql(m_db, u"UPDATE deployments SET current_step = :name WHERE id = :id"_s,
                          {{u":id"_s, id}, {u":name"_s, name}});
    if (!current.ok())
        return current.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    Q_EMIT stepChanged(id);
    return recordId;
}

Status DeploymentRepository::finishStep(qint64 stepRecordId,
                                        StepStatus status,
                                        const QString &message,
                                        const QString &errorCode)
{
    auto q = runReturning(m_db,
                          u"UPDATE step_records SET status = :status, message = :message, finished_at = :at, "
                          "error_code = :code WHERE id = :id RETURNING deployment_id"_s,
                          {{u":id"_s, stepRecordId},
                           {u":status"_s, stepStatusToString(status)},
                           {u":message"_s, message},
                           {u":code"_s, errorCode},
                           {u":at"_s, nowMs()}});
    if (!q.ok())
        return q.error();
    if (*q)
        Q_EMIT stepChanged(**q);
    return {};
}

Result<QList<StepRecord>> DeploymentRepository::steps(DeploymentId id) const
{
    auto q =
        runSql(m_db,
               u"SELECT id, deployment_id, seq, name, attempt, status, started_at, finished_at, message, "
               "error_code FROM step_records WHERE deployment_id = :id ORDER BY seq, attempt"_s,
               {{u":id"_s, id}});
    return collectRows(std::move(q), [](const QSqlQuery &row) {
        StepRecord r;
        r.id = row.value(0).toLongLong();
        r.deploymentId = row.value(1).toLongLong();
        r.seq = row.value(2).toInt();
        r.name = row.value(3).toString();
        r.attempt = row.value(4).toInt();
        r.status = stepStatusFromString(row.value(5).toString());
        r.startedAt = fromMs(row.value(6));
        r.finishedAt = fromMs(row.value(7));
        r.message = row.value(8).toString();
        r.errorCode = row.value(9).toString();
        return r;
    });
}

Status DeploymentRepository::appendLog(DeploymentId id,
                                       const QString &step,
                                       const QString &stream,
                                       const QString &line)
{
    auto q = runSql(m_db,
                    u"INSERT INTO deployment_log (deployment_id, at, step, stream, line) "
                    "VALUES (:id, :at, :step, :stream, :line)"_s,
                    {{u":id"_s, id},
                     {u":at"_s, nowMs()},
                     {u":step"_s, step},
                     {u":stream"_s, stream},
                     {u":line"_s, line}});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<LogLine>> DeploymentRepository::log(DeploymentId id) const
{
    auto q = runSql(
        m_db, u"SELECT at, step, stream, line FROM deployment_log WHERE deployment_id = :id ORDER BY id"_s,
        {{u":id"_s, id}});
    return collectRows(std::move(q), [](const QSqlQuery &row) {
        return LogLine{fromMs(row.value(0)), row.value(1).toString(), row.value(2).toString(),
                       row.value(3).toString()};
    });
}

Status DeploymentRepository::takeSessionLock(EnvironmentId environment)
{
    // Team mode: a PostgreSQL advisory lock per environment, held by this connection's session
    // while it runs a deployment; the server drops it when the session ends (crash included).
    if (m_dialect.kind() != Dialect::Kind::PostgreSQL)
        return {};
    auto q = runSql(m_db, u"SELECT pg_try_advisory_lock(:space, :env)"_s,
                    {{u":space"_s, kAdvisoryLockSpace}, {u":env"_s, static_cast<int>(environment)}});
    if (!q.ok())
        return q.error();
    if (q->next() && q->value(0).toBool())
        return {};
    return Error{u"deploy.locked"_s,
                 QCoreApplication::translate("core::Workspace",
                                             "Another Switchyard session is deploying this environment now."),
                 {}};
}

Status DeploymentRepository::releaseSessionLock(EnvironmentId environment)
{
    if (m_dialect.kind() != Dialect::Kind::PostgreSQL)
        return {};
    auto q = runSql(m_db, u"SELECT pg_advisory_unlock(:space, :env)"_s,
                    {{u":space"_s, kAdvisoryLockSpace}, {u":env"_s, static_cast<int>(environment)}});
    if (!q.ok())
        return q.error();
    return {};
}

Status
DeploymentRepository::acquireLock(EnvironmentId environment, DeploymentId deployment, const QString &holder)
{
    if (auto session = takeSessionLock(environment); !session.ok())
        return session;
    auto q = runSql(m_db,
                    u"INSERT INTO deploy_locks (environment_id, deployment_id, holder, acquired_at) "
                    "VALUES (:env, :deployment, :holder, :at)"_s,
                    {{u":env"_s, environment},
                     {u":deployment"_s, deployment},
                     {u":holder"_s, holder},
                     {u":at"_s, nowMs()}});
    if (q.ok())
        return {};
    static_cast<void>(releaseSessionLock(environment));
    const QString native = q.error().code.section(u':', 1);
    if (!m_dialect.isUniqueViolation(native, q.error().message))
        return q.error();
    auto held = lock(environment);
    return Error{u"deploy.locked"_s,
                 QCoreApplication::translate("core::Workspace",
                                             "Another deployment (#%1) holds this environment's deploy lock.")
                     .arg(held.ok() && *held ? (*held)->deploymentId : 0),
                 held.ok() && *held ? (*held)->holder : QString()};
}

Status
DeploymentRepository::takeOverLock(const DeployLock &stale, DeploymentId deployment, const QString &holder)
{
    // Handing a lock to the awaiting-approval marker keeps the session lock as it is (the caller
    // releases it); taking one over for a run needs the session lock too.
    const bool forRun = holder != u"awaiting-approval:0:";
    if (forRun && stale.holder == u"awaiting-approval:0:") {
        if (auto session = takeSessionLock(stale.environmentId); !session.ok())
            return session;
    }
    auto q =
        runSql(m_db,
               u"UPDATE deploy_locks SET deployment_id = :deployment, holder = :holder, acquired_at = :at "
               "WHERE environment_id = :env AND holder = :old"_s,
               {{u":env"_s, stale.environmentId},
                {u":deployment"_s, deployment},
                {u":holder"_s, holder},
                {u":at"_s, nowMs()},
                {u":old"_s, stale.holder}});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() != 1) {
        return Error{
            u"deploy.locked"_s,
            QCoreApplication::translate("core::Workspace",
                                        "Another process took over this environment's deploy lock first."),
            {}};
    }
    return {};
}

Status DeploymentRepository::releaseLock(EnvironmentId environment, const QString &holder)
{
    auto q = runSql(m_db, u"DELETE FROM deploy_locks WHERE environment_id = :env AND holder = :holder"_s,
                    {{u":env"_s, environment}, {u":holder"_s, holder}});
    if (!q.ok())
        return q.error();
    return releaseSessionLock(environment);
}

Result<std::optional<DeployLock>> DeploymentRepository::lock(EnvironmentId environment) const
{
    auto q = runSql(m_db,
                    u"SELECT environment_id, deployment_id, holder, acquired_at FROM deploy_locks "
                    "WHERE environment_id = :env"_s,
                    {{u":env"_s, environment}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<DeployLock>();
    return std::optional<DeployLock>(DeployLock{q->value(0).toLongLong(), q->value(1).toLongLong(),
                                                q->value(2).toString(), fromMs(q->value(3))});
}

} // namespace core
