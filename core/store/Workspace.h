#pragma once

#include <memory>

#include <QObject>
#include <QSqlDatabase>

#include "core/Result.h"
#include "core/store/Dialect.h"

namespace core {

class AuditLog;
class DeploymentRepository;
class EnvironmentRepository;
class HealthSampleRepository;
class RollbackTriggerRepository;
class ReleaseRepository;
class ServiceRepository;

// One open workspace database: an SQLite file (default) or a PostgreSQL database
// (postgresql://user@host:port/dbname). Opening validates it, brings its schema up to date and
// refuses a database that is damaged, foreign or newer than this build.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    ~Workspace() override;

    static Result<std::unique_ptr<Workspace>> open(const QString &location);
    // Opens without upgrading the schema beyond `schemaVersion` (tests build old fixtures with it).
    static Result<std::unique_ptr<Workspace>> openAtVersion(const QString &location, int schemaVersion);
    // The default SQLite file in the application data location.
    static QString defaultLocation();

    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] const Dialect &dialect() const { return m_dialect; }
    [[nodiscard]] Result<int> schemaVersion() const;

    ServiceRepository &services() { return *m_services; }
    EnvironmentRepository &environments() { return *m_environments; }
    ReleaseRepository &releases() { return *m_releases; }
    DeploymentRepository &deployments() { return *m_deployments; }
    AuditLog &audit() { return *m_audit; }
    HealthSampleRepository &healthSamples() { return *m_healthSamples; }
    RollbackTriggerRepository &triggers() { return *m_triggers; }

    // Cheap check whether another connection (another process) committed since the last call.
    // The GUI polls it to refresh what the CLI changed.
    [[nodiscard]] bool changedExternally();

private:
    Workspace(QString location, QString connectionName, Dialect dialect);
    static Result<std::unique_ptr<Workspace>> openImpl(const QString &location, int schemaVersion);

    QString m_location;
    QString m_connectionName;
    Dialect m_dialect;
    qint64 m_dataVersion = -1;
    std::unique_ptr<ServiceRepository> m_services;
    std::unique_ptr<EnvironmentRepository> m_environments;
    std::unique_ptr<ReleaseRepository> m_releases;
    std::unique_ptr<DeploymentRepository> m_deployments;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<HealthSampleRepository> m_healthSamples;
    std::unique_ptr<RollbackTriggerRepository> m_triggers;
};

} // namespace core
