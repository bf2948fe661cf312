#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/Result.h"
#include "core/incidents/Incident.h"

namespace core {

// Which Statuspage component stands for a service (or for one environment of it), and what status an
// incident update gives those components:
//   investigating, identified → P0 major_outage, P1 partial_outage, P2 degraded_performance;
//   monitoring → degraded_performance (a fix is out, being watched); resolved → operational.
class StatuspageComponents
{
public:
    struct Mapping
    {
        QString service;
        QString environment; // empty: every environment of the service
        QString componentId;
        friend bool operator==(const Mapping &, const Mapping &) = default;
    };

    explicit StatuspageComponents(QSqlDatabase db);

    // Adds or replaces the component of (service, environment).
    Status set(const Mapping &mapping);
    Status remove(const QString &service, const QString &environment);
    Result<QList<Mapping>> list() const;
    // The components of the incident's affected services and environments, each once, in a stable order.
    Result<QStringList> componentsOf(const Incident &incident) const;

    // The component status an update with `status` sets, for an incident of `severity`.
    static QString componentStatus(const QString &status, Severity severity);
    // What goes into a Statuspage incident request: {"component_ids": […], "components": {id: status}};
    // empty when no component is mapped.
    static QJsonObject requestFields(const QStringList &components, const QString &status, Severity severity);

private:
    QSqlDatabase m_db;
};

} // namespace core
