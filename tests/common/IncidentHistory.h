#pragma once

#include <memory>

#include <QDateTime>
#include <QString>

#include "core/model/Deployment.h"
#include "core/model/Ids.h"

class QTemporaryDir;

namespace core {
class Workspace;
}

namespace testsupport {

// A workspace on "sqlite" (a file in `dir`) or "postgresql" (a fresh database on the test server).
// Returns null with `why` set when PostgreSQL is not available.
std::unique_ptr<core::Workspace>
openTestWorkspace(const QTemporaryDir &dir, const QString &backend, QString *why);

// Builds deployment history with exact times, for timeline and DORA tests.
class HistoryBuilder
{
public:
    explicit HistoryBuilder(core::Workspace &workspace)
        : m_ws(workspace)
    {}

    core::ServiceId service(const QString &name);
    core::EnvironmentId environment(core::ServiceId service, const QString &name, int position);
    core::ReleaseId release(core::ServiceId service, const QString &version, const QDateTime &createdAt);
    core::DeploymentId deployment(core::EnvironmentId env,
                                  const QString &version,
                                  core::DeploymentKind kind,
                                  core::DeploymentStatus status,
                                  const QDateTime &started,
                                  const QDateTime &finished,
                                  std::optional<core::ReleaseId> release = std::nullopt,
                                  std::optional<core::DeploymentId> rollbackOf = std::nullopt,
                                  const QString &currentStep = QStringLiteral("finalize"));
    void step(core::DeploymentId id,
              int seq,
              const QString &name,
              const QDateTime &started,
              const QDateTime &finished,
              bool ok = true);

private:
    core::Workspace &m_ws;
};

// 2026-03-02 00:00:00 UTC plus `minutes`: readable fixed times.
QDateTime at(qint64 minutes);

} // namespace testsupport
