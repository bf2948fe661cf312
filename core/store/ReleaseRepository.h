#pragma once

#include <QSqlDatabase>

#include "core/Result.h"
#include "core/model/Release.h"
#include "core/store/Dialect.h"

namespace core {

class ReleaseRepository
{
public:
    ReleaseRepository(QSqlDatabase db, const Dialect &dialect)
        : m_db(std::move(db))
        , m_dialect(dialect)
    {}

    Result<ReleaseId> create(const Release &release);
    Result<QList<Release>> list(ServiceId service) const;
    Result<Release> get(ReleaseId id) const;
    // The error names the versions that exist.
    Result<Release> byVersion(ServiceId service, const QString &version) const;

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
