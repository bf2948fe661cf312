#include "IncidentHistory.h"

#include <QTemporaryDir>
#include <QTest>

#include "TestDatabases.h"
#include "core/model/Environment.h"
#include "core/model/Release.h"
#include "core/model/Service.h"
#include "core/model/StepRecord.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace testsupport {

std::unique_ptr<core::Workspace>
openTestWorkspace(const QTemporaryDir &dir, const QString &backend, QString *why)
{
    static int n = 0;
    QString location;
    if (backend == u"postgresql") {
        location = freshPostgresDatabase(why);
        if (location.isEmpty())
            return nullptr;
    } else {
        location = dir.filePath(u"ws-%1.sqlite"_s.arg(++n));
    }
    auto ws = core::Workspace::open(location);
    if (!ws.ok()) {
        *why = ws.error().toString();
        return nullptr;
    }
    return std::move(*ws);
}

core::ServiceId HistoryBuilder::service(const QString &name)
{
    auto id = m_ws.services().create(core::Service{0, name, {}});
    if (!id.ok())
        qFatal("service: %s", qPrintable(id.error().toString()));
    return *id;
}

core::EnvironmentId HistoryBuilder::environment(core::ServiceId service, const QString &name, int position)
{
    core::Environment env;
    env.serviceId = service;
    env.name = name;
    env.position = position;
    env.routerKind = u"nginx"_s;
    auto id = m_ws.environments().create(env);
    if (!id.ok())
        qFatal("environment: %s", qPrintable(id.error().toString()));
    return *id;
}

core::ReleaseId
HistoryBuilder::release(core::ServiceId service, const QString &version, const QDateTime &createdAt)
{
    core::Release r;
    r.serviceId = service;
    r.version = version;
    r.commitSha = u"c0ffee"_s + version;
    r.createdAt = createdAt;
    auto id = m_ws.releases().create(r);
    if (!id.ok())
        qFatal("release: %s", qPrintable(id.error().toString()));
    return *id;
}

core::DeploymentId HistoryBuilder::deployment(core::EnvironmentId env,
                                              const QString &version,
                                              core::DeploymentKind kind,
                                              core::DeploymentStatus status,
                                              const QDateTime &started,
                                              const QDateTime &finished,
                                              std::optional<core::ReleaseId> release,
                                              std::optional<core::DeploymentId> rollbackOf,
                                              const QString &currentStep)
{
    core::Deployment d;
    d.environmentId = env;
    d.releaseId = release;
    d.version = version;
    d.kind = kind;
    d.status = status;
    d.fromSlot = u"blue"_s;
    d.toSlot = u"green"_s;
    d.planDigest = u"digest"_s;
    d.requestedBy = u"alex"_s;
    d.rollbackOf = rollbackOf;
    d.startedAt = started;
    d.finishedAt = finished;
    d.currentStep = currentStep;
    auto id = m_ws.deployments().create(d);
    if (!id.ok())
        qFatal("deployment: %s", qPrintable(id.error().toString()));
    return *id;
}

void HistoryBuilder::step(core::DeploymentId id,
                          int seq,
                          const QString &name,
                          const QDateTime &started,
                          const QDateTime &finished,
                          bool ok)
{
    core::StepRecord r;
    r.deploymentId = id;
    r.seq = seq;
    r.name = name;
    r.status = ok ? core::StepStatus::Succeeded : core::StepStatus::Failed;
    r.startedAt = started;
    r.finishedAt = finished;
    if (auto s = m_ws.deployments().importStep(r); !s.ok())
        qFatal("step: %s", qPrintable(s.error().toString()));
}

QDateTime at(qint64 minutes)
{
    return QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).addSecs(minutes * 60);
}

} // namespace testsupport
