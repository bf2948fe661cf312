#include "RollbackTriggerRepository.h"

#include <QCoreApplication>

#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::RollbackTriggerRepository)
};

RollbackTrigger fromRow(const QSqlQuery &q)
{
    RollbackTrigger t;
    t.id = q.value(0).toLongLong();
    t.environmentId = q.value(1).toLongLong();
    t.metric = triggerMetricFromString(q.value(2).toString()).value_or(TriggerMetric::ErrorRate);
    t.threshold = q.value(3).toDouble();
    t.windowMs = q.value(4).toLongLong();
    t.minSamples = q.value(5).toInt();
    t.action = triggerActionFromString(q.value(6).toString()).value_or(TriggerAction::AlertOnly);
    t.cooldownMs = q.value(7).toLongLong();
    t.enabled = q.value(8).toInt() != 0;
    if (const auto fired = toOptionalInt(q.value(9)))
        t.lastFiredAt = QDateTime::fromMSecsSinceEpoch(*fired, Qt::UTC);
    return t;
}

} // namespace

RollbackTriggerRepository::RollbackTriggerRepository(QSqlDatabase db, const Dialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

QString RollbackTriggerRepository::validate(const RollbackTrigger &t)
{
    if (!(t.threshold >= 0.0))
        return Tr::tr("The threshold of “%1” must not be negative.").arg(t.describe());
    if (t.metric == TriggerMetric::ErrorRate && t.threshold > 1.0)
        return Tr::tr("An error rate threshold is a fraction from 0 to 1 (0.05 = 5 %).");
    if (t.windowMs < 1000)
        return Tr::tr("The window of “%1” must be at least one second.").arg(t.describe());
    if (t.minSamples < 1)
        return Tr::tr("The minimum number of samples of “%1” must be at least 1.").arg(t.describe());
    if (t.cooldownMs < 0)
        return Tr::tr("The cool-down of “%1” must not be negative.").arg(t.describe());
    return {};
}

Result<QList<RollbackTrigger>> RollbackTriggerRepository::configured(EnvironmentId environment) const
{
    return collectRows(runSql(m_db,
                              u"SELECT id, environment_id, metric, threshold, window_ms, min_samples, action,"
                              " cooldown_ms, enabled, last_fired_at FROM rollback_triggers"
                              " WHERE environment_id = :env ORDER BY position"_s,
                              {{u":env"_s, environment}}),
                       fromRow);
}

Result<QList<RollbackTrigger>> RollbackTriggerRepository::forEnvironment(EnvironmentId environment)
{
    auto rows = configured(environment);
    if (!rows.ok() || !rows->isEmpty())
        return rows;
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun().error();
    // Another process may have written them while we waited for the lock.
    rows = configured(environment);
    if (!rows.ok() || !rows->isEmpty())
        return rows;
    if (auto inserted = insertAll(environment, RollbackTrigger::defaults(environment)); !inserted.ok())
        return inserted.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return configured(environment);
}

Status RollbackTriggerRepository::replace(EnvironmentId environment, const QList<RollbackTrigger> &triggers)
{
    for (const RollbackTrigger &t : triggers) {
        if (const QString why = validate(t); !why.isEmpty())
            return Error{u"trigger.invalid"_s, why, {}};
    }
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun();
    auto deleted = runSql(m_db, u"DELETE FROM rollback_triggers WHERE environment_id = :env"_s,
                          {{u":env"_s, environment}});
    if (!deleted.ok())
        return deleted.error();
    deleted->finish();
    if (auto inserted =
            insertAll(environment, triggers.isEmpty() ? RollbackTrigger::defaults(environment) : triggers);
        !inserted.ok())
        return inserted;
    if (auto committed = tx.commit(); !committed.ok())
        return committed;
    Q_EMIT triggersChanged(environment);
    return {};
}

Status RollbackTriggerRepository::insertAll(EnvironmentId environment, const QList<RollbackTrigger> &triggers)
{
    int position = 0;
    for (const RollbackTrigger &t : triggers) {
        auto ran =
            runSql(m_db,
                   u"INSERT INTO rollback_triggers (environment_id, position, metric, threshold, window_ms,"
                   " min_samples, action, cooldown_ms, enabled, last_fired_at) VALUES (:env, :pos, :metric,"
                   " :threshold, :window, :min, :action, :cooldown, :enabled, :fired)"_s,
                   {{u":env"_s, environment},
                    {u":pos"_s, position++},
                    {u":metric"_s, triggerMetricToString(t.metric)},
                    {u":threshold"_s, t.threshold},
                    {u":window"_s, t.windowMs},
                    {u":min"_s, t.minSamples},
                    {u":action"_s, triggerActionToString(t.action)},
                    {u":cooldown"_s, t.cooldownMs},
                    {u":enabled"_s, t.enabled ? 1 : 0},
                    {u":fired"_s,
                     t.lastFiredAt ? QVariant::fromValue(t.lastFiredAt->toMSecsSinceEpoch()) : nullInt()}});
        if (!ran.ok())
            return ran.error();
        ran->finish();
    }
    return {};
}

Status RollbackTriggerRepository::markFired(qint64 triggerId, const QDateTime &at)
{
    auto ran = runSql(m_db, u"UPDATE rollback_triggers SET last_fired_at = :at WHERE id = :id"_s,
                      {{u":at"_s, at.toMSecsSinceEpoch()}, {u":id"_s, triggerId}});
    if (!ran.ok())
        return ran.error();
    ran->finish();
    return {};
}

} // namespace core
