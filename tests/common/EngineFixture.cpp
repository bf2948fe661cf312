#include "EngineFixture.h"

#include <optional>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

#include "core/engine/DeploymentSession.h"
#include "core/engine/Planner.h"
#include "core/model/Environment.h"
#include "core/model/EnvironmentDatabase.h"
#include "core/model/Release.h"
#include "core/model/Service.h"
#include "core/model/Slot.h"
#include "core/secrets/SecretStore.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

EngineFixture::EngineFixture() = default;

EngineFixture::~EngineFixture()
{
    m_workspace.reset();
}

core::EnvironmentSettings EngineFixture::fastSettings()
{
    core::EnvironmentSettings s;
    s.healthIntervalMs = 100;
    s.healthTimeoutMs = 3000;
    s.requestTimeoutMs = 1000;
    s.commandTimeoutMs = 15000;
    s.monitorProbes = 3;
    s.monitorIntervalMs = 100;
    return s;
}

QString EngineFixture::workspacePath() const
{
    return m_dir.filePath(u"workspace.sqlite"_s);
}

QStringList EngineFixture::sampleDeployCommand(const QStringList &extraArgs) const
{
    return QStringList{m_sandbox.sampleBinary(),
                       u"--replace"_s,
                       u"--pidfile"_s,
                       m_sandbox.path(u"{slot}.pid"_s),
                       u"--log"_s,
                       m_sandbox.path(u"{slot}.log"_s),
                       u"--port"_s,
                       u"{port}"_s,
                       u"--version"_s,
                       u"{version}"_s,
                       u"--slot"_s,
                       u"{slot}"_s} +
           extraArgs;
}

core::Status EngineFixture::start(const Options &options)
{
    if (!m_dir.isValid())
        return core::Error{u"test"_s, u"no temporary directory"_s, {}};
    if (auto started = m_sandbox.start(u"v1.0.0"_s, u"v1.1.0"_s); !started.ok())
        return started;
    auto opened = core::Workspace::open(workspacePath());
    if (!opened.ok())
        return opened.error();
    m_workspace = std::move(*opened);
    auto service = m_workspace->services().create(core::Service{0, u"shop"_s, {}});
    if (!service.ok())
        return service.error();
    for (const QString &v : {u"v1.0.0"_s, u"v1.1.0"_s, u"v1.2.0"_s}) {
        core::Release r;
        r.serviceId = *service;
        r.version = v;
        r.commitSha = u"c0ffee"_s + v;
        if (auto created = m_workspace->releases().create(r); !created.ok())
            return created.error();
    }
    core::NginxRouterConfig router = m_sandbox.routerConfig();
    if (!options.nginxBinary.isEmpty())
        router.binary = options.nginxBinary;
    core::Environment env;
    env.serviceId = *service;
    env.name = QString::fromLatin1(NginxSandbox::kEnvironment);
    env.position = 0;
    env.routerKind = u"nginx"_s;
    env.routerConfig = router.toJson();
    env.settings = options.settings;
    auto envId = m_workspace->environments().create(env);
    if (!envId.ok())
        return envId.error();
    m_environmentId = *envId;
    for (const QString &name : {u"blue"_s, u"green"_s}) {
        core::Slot slot;
        slot.environmentId = *envId;
        slot.name = name;
        slot.role = name == u"blue" ? core::SlotRole::Live : core::SlotRole::Standby;
        slot.version = name == u"blue" ? u"v1.0.0"_s : u"v1.1.0"_s;
        slot.healthUrl = m_sandbox.slotUrl(name, u"/api/health/system"_s).toString();
        slot.upstream = m_sandbox.upstreamOf(name);
        slot.deployCommand = options.deployCommand.isEmpty() ? sampleDeployCommand(options.sampleExtraArgs)
                                                             : options.deployCommand;
        if (auto added = m_workspace->environments().addSlot(slot); !added.ok())
            return added.error();
    }
    return {};
}

namespace {

core::Status runSession(core::Workspace &ws,
                        QNetworkAccessManager *nam,
                        const core::Plan &plan,
                        bool autoRollback,
                        core::DeploymentId *id)
{
    core::DeploymentSession session(ws, nam, u"tester"_s);
    session.setAutoRollback(autoRollback);
    QEventLoop loop;
    core::Status outcome = core::Error{u"test.timeout"_s, u"the deployment did not finish within 60 s"_s, {}};
    QObject::connect(&session, &core::DeploymentSession::finished, &loop, [&](const core::Status &s) {
        outcome = s;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (plan.kind == core::DeploymentKind::Rollback)
        session.rollback(plan);
    else
        session.deploy(plan);
    loop.exec();
    if (id)
        *id = session.deploymentId();
    return outcome;
}

core::Result<QString> readKeychainPassword(const QString &passwordKey)
{
    core::SecretStore secrets(QString::fromLatin1(core::kDatabaseSecretService));
    QEventLoop loop;
    std::optional<core::Result<QByteArray>> password;
    secrets.read(passwordKey, &loop, [&password, &loop](core::Result<QByteArray> read) {
        password = std::move(read);
        loop.quit();
    });
    if (!password)
        loop.exec();
    if (!password->ok())
        return password->error();
    return QString::fromUtf8(**password);
}

} // namespace

core::Status EngineFixture::deploy(const QString &version, core::DeploymentId *id, bool autoRollback)
{
    core::Planner planner(*m_workspace, &m_nam);
    const QString environment = QString::fromLatin1(NginxSandbox::kEnvironment);
    auto pending = core::PendingMigrations::read(*m_workspace, environment, version, &readKeychainPassword);
    if (!pending.ok())
        return pending.error();
    planner.setPendingMigrations(*pending);
    auto plan = planner.planDeploy(environment, version);
    if (!plan.ok())
        return plan.error();
    return runSession(*m_workspace, &m_nam, *plan, autoRollback, id);
}

core::Status EngineFixture::run(const core::Plan &plan, core::DeploymentId *id, bool autoRollback)
{
    return runSession(*m_workspace, &m_nam, plan, autoRollback, id);
}

core::Status EngineFixture::rollback(core::DeploymentId *id)
{
    core::Planner planner(*m_workspace, &m_nam);
    auto plan = planner.planRollback(QString::fromLatin1(NginxSandbox::kEnvironment));
    if (!plan.ok())
        return plan.error();
    return runSession(*m_workspace, &m_nam, *plan, false, id);
}

QString EngineFixture::servedByThroughRouter()
{
    // Right after a reload nginx's old workers still answer for ~100 ms: wait until five
    // answers in a row, each on a new connection, agree.
    QStringList answers;
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < 3000) {
        QNetworkRequest request(m_sandbox.routerUrl(u"/api/hello"_s));
        request.setTransferTimeout(3000);
        request.setRawHeader("Connection", "close");
        QNetworkReply *reply = m_nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        answers << QString::fromLatin1(reply->rawHeader("X-Served-By"));
        reply->deleteLater();
        if (answers.size() >= 5 && answers.mid(answers.size() - 5).count(answers.constLast()) == 5)
            return answers.constLast();
    }
    return u"unsettled: "_s + answers.join(u',');
}

QString EngineFixture::liveSlot()
{
    auto slotList = m_workspace->environments().slotsOf(m_environmentId);
    if (!slotList.ok())
        return {};
    for (const core::Slot &s : *slotList) {
        if (s.role == core::SlotRole::Live)
            return s.name;
    }
    return {};
}

void EngineFixture::closeWorkspace()
{
    m_workspace.reset();
}
