#include "EnvironmentRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

const QString kEnvColumns =
    u"e.id, e.service_id, e.name, e.position, e.router_kind, e.router_config, e.settings"_s;
const QString kSlotColumns =
    u"id, environment_id, name, role, version, health_url, upstream, deploy_command"_s;

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Environment envFromRow(const QSqlQuery &q)
{
    Environment e;
    e.id = q.value(0).toLongLong();
    e.serviceId = q.value(1).toLongLong();
    e.name = q.value(2).toString();
    e.position = q.value(3).toInt();
    e.routerKind = q.value(4).toString();
    e.routerConfig = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.settings =
        EnvironmentSettings::fromJson(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object());
    return e;
}

Slot slotFromRow(const QSqlQuery &q)
{
    Slot s;
    s.id = q.value(0).toLongLong();
    s.environmentId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.role = slotRoleFromString(q.value(3).toString());
    s.version = q.value(4).toString();
    s.healthUrl = q.value(5).toString();
    s.upstream = q.value(6).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
        s.deployCommand << v.toString();
    return s;
}

} // namespace

EnvironmentRepository::EnvironmentRepository(QSqlDatabase db, const Dialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

Result<EnvironmentId> EnvironmentRepository::create(const Environment &environment)
{
    auto q = runReturning(
        m_db,
        u"INSERT INTO environments (service_id, name, position, router_kind, router_config, settings, "
        "created_at) VALUES (:service, :name, :position, :kind, :config, :settings, :at) RETURNING id"_s,
        {{u":service"_s, environment.serviceId},
         {u":name"_s, environment.name},
         {u":position"_s, environment.position},
         {u":kind"_s, environment.routerKind},
         {u":config"_s, toJsonText(environment.routerConfig)},
         {u":settings"_s, toJsonText(environment.settings.toJson())},
         {u":at"_s, QDateTime::currentMSecsSinceEpoch()}});
    if (!q.ok())
        return q.error();
    return q->value_or(0);
}

Status EnvironmentRepository::update(const Environment &environment)
{
    auto q = runSql(m_db,
                    u"UPDATE environments SET name = :name, position = :position, router_kind = :kind, "
                    "router_config = :config, settings = :settings WHERE id = :id"_s,
                    {{u":id"_s, environment.id},
                     {u":name"_s, environment.name},
                     {u":position"_s, environment.position},
                     {u":kind"_s, environment.routerKind},
                     {u":config"_s, toJsonText(environment.routerConfig)},
                     {u":settings"_s, toJsonText(environment.settings.toJson())}});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<Environment>> EnvironmentRepository::list(std::optional<ServiceId> service) const
{
    return collectRows(
        service ? runSql(m_db,
                         u"SELECT "_s + kEnvColumns +
                             u" FROM environments e WHERE e.service_id = :service ORDER BY e.position"_s,
                         {{u":service"_s, *service}})
                : runSql(m_db, u"SELECT "_s + kEnvColumns +
                                   u" FROM environments e ORDER BY e.service_id, e.position"_s),
        envFromRow);
}

Result<Environment> EnvironmentRepository::get(EnvironmentId id) const
{
    auto q = runSql(m_db, u"SELECT "_s + kEnvColumns + u" FROM environments e WHERE e.id = :id"_s,
                    {{u":id"_s, id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error{u"environment.unknown"_s, tr("There is no environment #%1.").arg(id), {}};
    return envFromRow(*q);
}

Result<Environment> EnvironmentRepository::byName(const QString &name) const
{
    const qsizetype slash = name.indexOf(u'/');
    auto q = slash > 0
                 ? runSql(m_db,
                          u"SELECT "_s + kEnvColumns +
                              u" FROM environments e JOIN services s ON s.id = e.service_id "
                              "WHERE s.name = :service AND e.name = :name"_s,
                          {{u":service"_s, name.left(slash)}, {u":name"_s, name.mid(slash + 1)}})
                 : runSql(m_db, u"SELECT "_s + kEnvColumns + u" FROM environments e WHERE e.name = :name"_s,
                          {{u":name"_s, name}});
    if (!q.ok())
        return q.error();
    QList<Environment> found;
    while (q->next())
        found << envFromRow(*q);
    if (found.size() == 1)
        return found.first();

    QStringList known;
    auto all =
        runSql(m_db, u"SELECT s.name, e.name FROM environments e JOIN services s ON s.id = e.service_id "
                     "ORDER BY s.name, e.position"_s);
    if (all.ok()) {
        while (all->next())
            known << all->value(0).toString() + u'/' + all->value(1).toString();
    }
    if (found.isEmpty()) {
        return Error{u"environment.unknown"_s,
                     tr("There is no environment named “%1”. Known environments: %2.")
                         .arg(name, known.isEmpty() ? tr("none") : known.join(u", "_s)),
                     {}};
    }
    return Error{u"environment.ambiguous"_s,
                 tr("Several services have an environment named “%1”; name it as service/environment: %2.")
                     .arg(name, known.join(u", "_s)),
                 {}};
}

Result<std::optional<Environment>> EnvironmentRepository::previous(const Environment &environment) const
{
    auto q = runSql(m_db,
                    u"SELECT "_s + kEnvColumns +
                        u" FROM environments e WHERE e.service_id = :service AND e.position < :position "
                        "ORDER BY e.position DESC LIMIT 1"_s,
                    {{u":service"_s, environment.serviceId}, {u":position"_s, environment.position}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<Environment>();
    return std::optional<Environment>(envFromRow(*q));
}

Result<SlotId> EnvironmentRepository::addSlot(const Slot &slot)
{
    QJsonArray command;
    for (const QString &part : slot.deployCommand)
        command.append(part);
    auto q = runReturning(
        m_db,
        u"INSERT INTO slots (environment_id, name, role, version, health_url, upstream, deploy_command) "
        "VALUES (:env, :name, :role, :version, :health, :upstream, :command) RETURNING id"_s,
        {{u":env"_s, slot.environmentId},
         {u":name"_s, slot.name},
         {u":role"_s, slotRoleToString(slot.role)},
         {u":version"_s, slot.version},
         {u":health"_s, slot.healthUrl},
         {u":upstream"_s, slot.upstream},
         {u":command"_s, QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact))}});
    if (!q.ok())
        return q.error();
    Q_EMIT slotsChanged(slot.environmentId);
    return q->value_or(0);
}

Result<QList<Slot>> EnvironmentRepository::slotsOf(EnvironmentId environment) const
{
    return collectRows(
        runSql(m_db, u"SELECT "_s + kSlotColumns + u" FROM slots WHERE environment_id = :env ORDER BY name"_s,
               {{u":env"_s, environment}}),
        slotFromRow);
}

Result<Slot> EnvironmentRepository::slot(EnvironmentId environment, const QString &name) const
{
    auto q = runSql(
        m_db, u"SELECT "_s + kSlotColumns + u" FROM slots WHERE environment_id = :env AND name = :name"_s,
        {{u":env"_s, environment}, {u":name"_s, name}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error{u"slot.unknown"_s, tr("The environment has no slot named “%1”.").arg(name), {}};
    return slotFromRow(*q);
}

Status
EnvironmentRepository::setLive(EnvironmentId environment, const QString &slotName, const QString &version)
{
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun();
    auto others = runSql(m_db,
                         u"UPDATE slots SET role = 'standby' WHERE environment_id = :env AND name <> :name "
                         "AND role = 'live'"_s,
                         {{u":env"_s, environment}, {u":name"_s, slotName}});
    if (!others.ok())
        return others.error();
    auto live = runSql(m_db,
                       u"UPDATE slots SET role = 'live', version = :version WHERE environment_id = :env "
                       "AND name = :name"_s,
                       {{u":env"_s, environment}, {u":name"_s, slotName}, {u":version"_s, version}});
    if (!live.ok())
        return live.error();
    if (live->numRowsAffected() != 1)
        return Error{u"slot.unknown"_s, tr("The environment has no slot named “%1”.").arg(slotName), {}};
    if (auto committed = tx.commit(); !committed.ok())
        return committed;
    Q_EMIT slotsChanged(environment);
    return {};
}

Status EnvironmentRepository::setSlotVersion(EnvironmentId environment,
                                             const QString &slotName,
                                             const QString &version)
{
    auto q =
        runSql(m_db, u"UPDATE slots SET version = :version WHERE environment_id = :env AND name = :name"_s,
               {{u":env"_s, environment}, {u":name"_s, slotName}, {u":version"_s, version}});
    if (!q.ok())
        return q.error();
    Q_EMIT slotsChanged(environment);
    return {};
}

} // namespace core
