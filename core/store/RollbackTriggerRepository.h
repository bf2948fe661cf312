#pragma once

#include <QObject>
#include <QSqlDatabase>

#include "core/Result.h"
#include "core/policy/RollbackTrigger.h"
#include "core/store/Dialect.h"

namespace core {

// The rollback triggers of each environment, in order. An environment that has none configured gets the
// defaults (RollbackTrigger::defaults) written on first use, so that their cool-downs persist too and the
// GUI and the CLI watcher see one state. replace() signals triggersChanged (the dashboard redraws its
// threshold lines from it).
class RollbackTriggerRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollbackTriggerRepository)

public:
    RollbackTriggerRepository(QSqlDatabase db, const Dialect &dialect);

    // The environment's triggers; writes the defaults first when it has none.
    Result<QList<RollbackTrigger>> forEnvironment(EnvironmentId environment);
    // Replaces the environment's triggers (in this order). An empty list means the defaults again.
    // "trigger.invalid" (nothing changed) when one of them makes no sense.
    Status replace(EnvironmentId environment, const QList<RollbackTrigger> &triggers);
    // Starts the trigger's cool-down.
    Status markFired(qint64 triggerId, const QDateTime &at);

    // Why a trigger is unusable (translated), empty when it is fine.
    static QString validate(const RollbackTrigger &trigger);

Q_SIGNALS:
    // The environment's list was replaced (through this workspace connection).
    void triggersChanged(core::EnvironmentId environment);

private:
    Result<QList<RollbackTrigger>> configured(EnvironmentId environment) const;
    Status insertAll(EnvironmentId environment, const QList<RollbackTrigger> &triggers);

    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
