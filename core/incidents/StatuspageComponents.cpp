#include "StatuspageComponents.h"

#include <algorithm>

#include <QJsonArray>

#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

StatuspageComponents::StatuspageComponents(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status StatuspageComponents::set(const Mapping &mapping)
{
    if (auto removed = remove(mapping.service, mapping.environment); !removed.ok())
        return removed;
    auto q = runSql(m_db,
                    u"INSERT INTO statuspage_components (service, environment, component_id) "
                    "VALUES (:service, :environment, :component)"_s,
                    {{u":service"_s, mapping.service},
                     {u":environment"_s, mapping.environment},
                     {u":component"_s, mapping.componentId}});
    if (!q.ok())
        return q.error();
    return {};
}

Status StatuspageComponents::remove(const QString &service, const QString &environment)
{
    auto q = runSql(
        m_db, u"DELETE FROM statuspage_components WHERE service = :service AND environment = :environment"_s,
        {{u":service"_s, service}, {u":environment"_s, environment}});
    if (!q.ok())
        return q.error();
    return {};
}

Result<QList<StatuspageComponents::Mapping>> StatuspageComponents::list() const
{
    return collectRows(
        runSql(m_db, u"SELECT service, environment, component_id FROM statuspage_components "
                     "ORDER BY service, environment"_s),
        [](const QSqlQuery &q) {
            return Mapping{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        });
}

Result<QStringList> StatuspageComponents::componentsOf(const Incident &incident) const
{
    auto all = list();
    if (!all.ok())
        return all.error();
    QStringList out;
    for (const Mapping &m : *all) {
        // A whole service: the incident names it, or one of its environments as "service/environment".
        const bool affected =
            m.environment.isEmpty()
                ? incident.services.contains(m.service) ||
                      std::any_of(incident.environments.cbegin(), incident.environments.cend(),
                                  [&m](const QString &e) { return e.startsWith(m.service + u'/'); })
                : incident.affects(m.service, m.environment);
        if (affected && !out.contains(m.componentId))
            out << m.componentId;
    }
    return out;
}

QString StatuspageComponents::componentStatus(const QString &status, Severity severity)
{
    if (status == u"resolved")
        return u"operational"_s;
    if (status == u"monitoring")
        return u"degraded_performance"_s;
    switch (severity) {
    case Severity::P0:
        return u"major_outage"_s;
    case Severity::P1:
        return u"partial_outage"_s;
    case Severity::P2:
        break;
    }
    return u"degraded_performance"_s;
}

QJsonObject
StatuspageComponents::requestFields(const QStringList &components, const QString &status, Severity severity)
{
    if (components.isEmpty())
        return {};
    QJsonObject statuses;
    for (const QString &id : components)
        statuses.insert(id, componentStatus(status, severity));
    return {{u"component_ids"_s, QJsonArray::fromStringList(components)}, {u"components"_s, statuses}};
}

} // namespace core
