#pragma once

#include <QSqlDatabase>

#include "core/Result.h"
#include "core/model/Service.h"
#include "core/store/Dialect.h"

namespace core {

class ServiceRepository
{
public:
    ServiceRepository(QSqlDatabase db, const Dialect &dialect)
        : m_db(std::move(db))
        , m_dialect(dialect)
    {}

    Result<ServiceId> create(const Service &service);
    Result<QList<Service>> list() const;
    Result<Service> byName(const QString &name) const;
    Result<Service> get(ServiceId id) const;

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
