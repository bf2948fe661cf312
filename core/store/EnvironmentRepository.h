#pragma once

#include <optional>

#include <QObject>
#include <QSqlDatabase>

#include "core/Result.h"
#include "core/model/Environment.h"
#include "core/model/Slot.h"
#include "core/store/Dialect.h"

namespace core {

// Environments (in lifecycle order) and their blue / green slots.
class EnvironmentRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentRepository)

public:
    EnvironmentRepository(QSqlDatabase db, const Dialect &dialect);

    Result<EnvironmentId> create(const Environment &environment);
    Status update(const Environment &environment);
    Result<QList<Environment>> list(std::optional<ServiceId> service = std::nullopt) const;
    Result<Environment> get(EnvironmentId id) const;
    // Finds an environment by name; with several services the name may be "service/environment".
    // The error lists the names that exist.
    Result<Environment> byName(const QString &name) const;
    // The environment just before `environment` in its service's lifecycle, if any.
    Result<std::optional<Environment>> previous(const Environment &environment) const;

    Result<SlotId> addSlot(const Slot &slot);
    Result<QList<Slot>> slotsOf(EnvironmentId environment) const;
    Result<Slot> slot(EnvironmentId environment, const QString &name) const;
    // Makes `slotName` live with `version`; every other slot of the environment becomes standby.
    Status setLive(EnvironmentId environment, const QString &slotName, const QString &version);
    // Records what a slot runs now (after a deploy to it), without changing roles.
    Status setSlotVersion(EnvironmentId environment, const QString &slotName, const QString &version);

Q_SIGNALS:
    void slotsChanged(core::EnvironmentId environment);

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
