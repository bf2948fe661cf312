#pragma once

#include <optional>

#include <QObject>
#include <QSqlDatabase>

#include "core/Result.h"
#include "core/model/Deployment.h"
#include "core/model/StepRecord.h"
#include "core/store/Dialect.h"

namespace core {

struct LogLine
{
    QDateTime at;
    QString step;
    QString stream; // out, err, info
    QString line;
};

struct DeployLock
{
    EnvironmentId environmentId = 0;
    DeploymentId deploymentId = 0;
    QString holder; // ProcessIdentity::toString() of the process that holds it
    QDateTime acquiredAt;
};

// Deployments, their journal (step records), their streamed output, and the per-environment deploy
// lock. Every change is committed before the call returns, so a crash loses nothing written.
class DeploymentRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentRepository)

public:
    DeploymentRepository(QSqlDatabase db, const Dialect &dialect);

    // Inserts the deployment as given (status, times); started_at defaults to now.
    Result<DeploymentId> create(const Deployment &deployment);
    // Inserts a finished journal record with its own times (history imports and the demo).
    Status importStep(const StepRecord &record);
    Result<Deployment> get(DeploymentId id) const;
    // Newest first. `environment` narrows it; `limit` <= 0 means all.
    Result<QList<Deployment>> list(std::optional<EnvironmentId> environment = std::nullopt,
                                   int limit = 0) const;
    Result<QList<Deployment>> withStatus(DeploymentStatus status) const;
    // The newest succeeded deployment of `releaseId` in `environment`, if any.
    Result<std::optional<Deployment>> lastSucceeded(EnvironmentId environment,
                                                    std::optional<ReleaseId> release) const;

    Status setStatus(DeploymentId id, DeploymentStatus status, const QString &error = {});

    // Journal. beginStep writes a running record and the deployment's current step in one transaction.
    Result<qint64> beginStep(DeploymentId id, int seq, const QString &name);
    // `errorCode` (core::Error::code) of a failed step: what resume decides on (ResumePolicy).
    Status finishStep(qint64 stepRecordId,
                      StepStatus status,
                      const QString &message = {},
                      const QString &errorCode = {});
    Result<QList<StepRecord>> steps(DeploymentId id) const;

    Status appendLog(DeploymentId id, const QString &step, const QString &stream, const QString &line);
    Result<QList<LogLine>> log(DeploymentId id) const;

    // The deploy lock: at most one deployment per environment. acquireLock fails with
    // "deploy.locked" (details in the error) when another holder has it.
    Status acquireLock(EnvironmentId environment, DeploymentId deployment, const QString &holder);
    // Takes over a lock whose holder is gone (compare-and-set on the old holder).
    Status takeOverLock(const DeployLock &stale, DeploymentId deployment, const QString &holder);
    Status releaseLock(EnvironmentId environment, const QString &holder);
    // Team mode (PostgreSQL): the advisory lock that backs the lock row for the running session;
    // no-ops on SQLite. acquireLock/releaseLock take and drop it themselves.
    static constexpr int kAdvisoryLockSpace = 0x5359; // 'SY'
    Status takeSessionLock(EnvironmentId environment);
    Status releaseSessionLock(EnvironmentId environment);
    Result<std::optional<DeployLock>> lock(EnvironmentId environment) const;

Q_SIGNALS:
    void deploymentAdded(core::DeploymentId id);
    void deploymentChanged(core::DeploymentId id);
    void stepChanged(core::DeploymentId id);

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace core
