#include "ServiceRepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

const QString kColumns = u"id, name, description"_s;

Service fromRow(const QSqlQuery &q)
{
    return Service{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

} // namespace

Result<ServiceId> ServiceRepository::create(const Service &service)
{
    Q_UNUSED(m_dialect)
    auto q = runReturning(
        m_db,
        u"INSERT INTO services (name, description, created_at) VALUES (:name, :description, :at) "
        "RETURNING id"_s,
        {{u":name"_s, service.name},
         {u":description"_s, service.description},
         {u":at"_s, QDateTime::currentMSecsSinceEpoch()}});
    if (!q.ok())
        return q.error();
    return q->value_or(0);
}

Result<QList<Service>> ServiceRepository::list() const
{
    return collectRows(runSql(m_db, u"SELECT "_s + kColumns + u" FROM services ORDER BY name"_s), fromRow);
}

Result<Service> ServiceRepository::byName(const QString &name) const
{
    auto q =
        runSql(m_db, u"SELECT "_s + kColumns + u" FROM services WHERE name = :name"_s, {{u":name"_s, name}});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        return Error{
            u"service.unknown"_s,
            QCoreApplication::translate("core::Workspace", "There is no service named “%1”.").arg(name),
            {}};
    }
    return fromRow(*q);
}

Result<Service> ServiceRepository::get(ServiceId id) const
{
    auto q = runSql(m_db, u"SELECT "_s + kColumns + u" FROM services WHERE id = :id"_s, {{u":id"_s, id}});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        return Error{u"service.unknown"_s,
                     QCoreApplication::translate("core::Workspace", "There is no service #%1.").arg(id),
                     {}};
    }
    return fromRow(*q);
}

} // namespace core
