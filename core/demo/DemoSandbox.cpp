#include "DemoSandbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include "core/Logging.h"
#include "core/crypto/Digest.h"
#include "core/model/Deployment.h"
#include "core/model/Environment.h"
#include "core/model/Release.h"
#include "core/model/Service.h"
#include "core/model/Slot.h"
#include "core/model/StepRecord.h"
#include "core/providers/NginxConfig.h"
#include "core/providers/NginxInstance.h"
#include "core/providers/NginxRouterConfig.h"
#include "core/providers/Ports.h"
#include "core/providers/SampleServiceControl.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

struct DemoEnvPorts
{
    QString name;
    quint16 router = 0;
    quint16 blue = 0;
    quint16 green = 0;
    QString live; // slot live at the start
    QString liveVersion;
    QString standbyVersion;
};

namespace {

const QString kService = u"web-platform"_s;

QString slotPid(const QString &dir, const QString &env, const QString &slot)
{
    return dir + u"/slots/"_s + env + u'-' + slot + u".pid"_s;
}

QString slotLog(const QString &dir, const QString &env, const QString &slot)
{
    return dir + u"/slots/"_s + env + u'-' + slot + u".log"_s;
}

QString otherSlot(const QString &slot)
{
    return slot == u"blue" ? u"green"_s : u"blue"_s;
}

QString fakeCommit(const QString &version)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(version.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

} // namespace

DemoSandbox::DemoSandbox(QString directory, QString sampleBinary, QString nginxBinary)
    : m_dir(std::move(directory))
    , m_sampleBinary(sampleBinary.isEmpty() ? SampleServiceControl::defaultBinary() : std::move(sampleBinary))
    , m_nginxBinary(std::move(nginxBinary))
{}

QString DemoSandbox::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s;
}

QString DemoSandbox::workspacePath() const
{
    return m_dir + u"/workspace.sqlite"_s;
}

bool DemoSandbox::isRunning() const
{
    return NginxInstance(m_dir + u"/nginx"_s, m_nginxBinary).isRunning() &&
           QFile::exists(m_dir + u"/state.json"_s);
}

Result<DemoInfo> DemoSandbox::readState() const
{
    QFile file(m_dir + u"/state.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"demo.state"_s, tr("The demo sandbox has no state file in %1.").arg(m_dir), {}};
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    DemoInfo info;
    info.directory = m_dir;
    info.workspacePath = workspacePath();
    for (const QJsonValue &v : state.value(u"environments"_s).toArray()) {
        const QJsonObject o = v.toObject();
        info.environments << DemoEnvironment{o.value(u"name"_s).toString(),
                                             QUrl(o.value(u"router_url"_s).toString())};
    }
    return info;
}

Result<DemoInfo> DemoSandbox::up()
{
    if (isRunning()) {
        auto info = readState();
        if (info.ok()) {
            info->wasRunning = true;
            return info;
        }
    }
    // Leftovers of a sandbox that died: stop what still runs, then start afresh.
    if (auto stopped = down(); !stopped.ok())
        return stopped.error();
    if (!QDir().mkpath(m_dir + u"/slots"_s))
        return Error{u"demo.io"_s, tr("Cannot create the demo folder %1.").arg(m_dir), {}};
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(workspacePath() + suffix);

    // Free loopback ports, all distinct.
    QList<quint16> taken;
    auto port = [&taken]() -> quint16 {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const quint16 p = findFreeLoopbackPort();
            if (p != 0 && !taken.contains(p)) {
                taken << p;
                return p;
            }
        }
        return 0;
    };
    QList<DemoEnvPorts> envs{
        {u"staging"_s, port(), port(), port(), u"green"_s, u"v1.1.0"_s, u"v1.0.0"_s},
        {u"production"_s, port(), port(), port(), u"blue"_s, u"v1.0.0"_s, u"v0.9.0"_s},
    };
    if (taken.contains(0) || taken.size() != 6)
        return Error{u"demo.ports"_s, tr("No free loopback ports for the demo sandbox."), {}};

    NginxInstance nginx(m_dir + u"/nginx"_s, m_nginxBinary);
    QList<NginxSite> sites;
    for (const DemoEnvPorts &e : envs) {
        const QString upstream = NginxConfig::upstreamNameFor(e.name);
        const QString include = m_dir + u"/nginx/conf/"_s + upstream + u".conf"_s;
        sites << NginxSite{e.name, e.router, upstream, include};
    }
    if (auto written = nginx.writeConfig(sites); !written.ok())
        return written.error();
    for (int i = 0; i < envs.size(); ++i) {
        const DemoEnvPorts &e = envs.at(i);
        const quint16 livePort = e.live == u"blue" ? e.blue : e.green;
        QSaveFile include(sites.at(i).includeFile);
        if (!include.open(QIODevice::WriteOnly) ||
            include.write(NginxConfig::renderUpstream(sites.at(i).upstreamName, e.live,
                                                      u"127.0.0.1:%1"_s.arg(livePort), e.name)
                              .toUtf8()) < 0 ||
            !include.commit())
            return Error{u"demo.io"_s, tr("Cannot write %1.").arg(sites.at(i).includeFile), {}};
    }
    for (const DemoEnvPorts &e : envs) {
        for (const QString &slot : {u"blue"_s, u"green"_s}) {
            const QString version = slot == e.live ? e.liveVersion : e.standbyVersion;
            if (auto started = SampleServiceControl::replace(
                    m_sampleBinary, slotPid(m_dir, e.name, slot), slotLog(m_dir, e.name, slot),
                    slot == u"blue" ? e.blue : e.green, version, slot, {u"--commit"_s, fakeCommit(version)});
                !started.ok()) {
                static_cast<void>(down());
                return started.error();
            }
        }
    }
    if (auto started = nginx.start(); !started.ok()) {
        static_cast<void>(down());
        return started.error();
    }
    if (auto seeded = seedWorkspace(envs); !seeded.ok()) {
        static_cast<void>(down());
        return seeded.error();
    }

    QJsonArray stateEnvs;
    DemoInfo info;
    info.directory = m_dir;
    info.workspacePath = workspacePath();
    for (const DemoEnvPorts &e : envs) {
        const QUrl url(u"http://127.0.0.1:%1/"_s.arg(e.router));
        stateEnvs.append(QJsonObject{{u"name"_s, e.name}, {u"router_url"_s, url.toString()}});
        info.environments << DemoEnvironment{e.name, url};
    }
    QSaveFile state(m_dir + u"/state.json"_s);
    if (!state.open(QIODevice::WriteOnly) ||
        state.write(QJsonDocument(QJsonObject{{u"environments"_s, stateEnvs}}).toJson()) < 0 ||
        !state.commit())
        return Error{u"demo.io"_s, tr("Cannot write the demo state file."), {}};
    qCInfo(lcDemo) << "demo sandbox up in" << m_dir;
    return info;
}

Status DemoSandbox::down()
{
    QFile::remove(m_dir + u"/state.json"_s);
    Status result;
    NginxInstance nginx(m_dir + u"/nginx"_s, m_nginxBinary);
    if (nginx.isRunning()) {
        if (auto stopped = nginx.stop(); !stopped.ok())
            result = stopped;
    }
    const QDir slotDir(m_dir + u"/slots"_s);
    for (const QString &pidFile : slotDir.entryList({u"*.pid"_s}, QDir::Files)) {
        if (auto stopped = SampleServiceControl::stop(m_sampleBinary, slotDir.filePath(pidFile));
            !stopped.ok())
            result = stopped;
    }
    return result;
}

Status DemoSandbox::seedWorkspace(const QList<DemoEnvPorts> &envs) const
{
    auto opened = Workspace::open(workspacePath());
    if (!opened.ok())
        return opened.error();
    Workspace &ws = **opened;
    auto serviceId = ws.services().create(Service{0, kService, tr("Customer-facing web app and its API")});
    if (!serviceId.ok())
        return serviceId.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, ReleaseId> releases;
    const QStringList versions{u"v0.9.0"_s, u"v1.0.0"_s, u"v1.1.0"_s, u"v1.2.0"_s};
    for (int i = 0; i < versions.size(); ++i) {
        Release r;
        r.serviceId = *serviceId;
        r.version = versions.at(i);
        r.commitSha = fakeCommit(r.version);
        r.artifacts = QJsonObject{{u"web"_s, QString(u"web-platform:"_s + r.version)}};
        r.createdAt = now.addDays(-12 + 3 * i);
        auto id = ws.releases().create(r);
        if (!id.ok())
            return id.error();
        releases.insert(r.version, *id);
    }

    QHash<QString, EnvironmentId> envIds;
    for (int i = 0; i < envs.size(); ++i) {
        const DemoEnvPorts &e = envs.at(i);
        NginxInstance nginx(m_dir + u"/nginx"_s, m_nginxBinary);
        NginxRouterConfig router;
        router.binary = m_nginxBinary;
        router.prefix = nginx.prefix();
        router.confPath = nginx.confPath();
        router.errorLog = nginx.errorLogPath();
        router.upstreamName = NginxConfig::upstreamNameFor(e.name);
        router.includeFile = m_dir + u"/nginx/conf/"_s + router.upstreamName + u".conf"_s;
        router.environmentName = e.name;
        router.verifyUrl = QUrl(u"http://127.0.0.1:%1/api/health/system"_s.arg(e.router));
        Environment env;
        env.serviceId = *serviceId;
        env.name = e.name;
        env.position = i;
        env.routerKind = u"nginx"_s;
        env.routerConfig = router.toJson();
        env.settings.healthIntervalMs = 500;
        env.settings.healthTimeoutMs = 20000;
        env.settings.requestTimeoutMs = 3000;
        env.settings.commandTimeoutMs = 30000;
        env.settings.monitorProbes = 5;
        env.settings.monitorIntervalMs = 1000;
        auto envId = ws.environments().create(env);
        if (!envId.ok())
            return envId.error();
        envIds.insert(e.name, *envId);
        for (const QString &slotName : {u"blue"_s, u"green"_s}) {
            const quint16 slotPort = slotName == u"blue" ? e.blue : e.green;
            Slot slot;
            slot.environmentId = *envId;
            slot.name = slotName;
            slot.role = slotName == e.live ? SlotRole::Live : SlotRole::Standby;
            slot.version = slotName == e.live ? e.liveVersion : e.standbyVersion;
            slot.healthUrl = u"http://127.0.0.1:%1/api/health/system"_s.arg(slotPort);
            slot.upstream = u"127.0.0.1:%1"_s.arg(slotPort);
            slot.deployCommand = QStringList{m_sampleBinary, u"--replace"_s,
                                             u"--pidfile"_s, slotPid(m_dir, e.name, u"{slot}"_s),
                                             u"--log"_s,     slotLog(m_dir, e.name, u"{slot}"_s),
                                             u"--port"_s,    u"{port}"_s,
                                             u"--version"_s, u"{version}"_s,
                                             u"--slot"_s,    u"{slot}"_s,
                                             u"--commit"_s,  u"{commit}"_s};
            if (auto added = ws.environments().addSlot(slot); !added.ok())
                return added.error();
        }
    }

    // A few days of history that ends in the state the processes are in now.
    struct Past
    {
        QString env;
        QString version;
        DeploymentKind kind;
        QString from;
        QString fromVersion;
        double daysAgo;
        DeploymentStatus status;
        QString failedStep;
        QString error;
    };
    const QList<Past> history{
        {u"staging"_s,
         u"v0.9.0"_s,
         DeploymentKind::Deploy,
         u"blue"_s,
         u"v0.8.2"_s,
         10.2,
         DeploymentStatus::Succeeded,
         {},
         {}},
        {u"production"_s,
         u"v0.9.0"_s,
         DeploymentKind::Deploy,
         u"blue"_s,
         u"v0.8.2"_s,
         9.1,
         DeploymentStatus::Succeeded,
         {},
         {}},
        {u"staging"_s,
         u"v1.0.0"_s,
         DeploymentKind::Deploy,
         u"green"_s,
         u"v0.9.0"_s,
         5.3,
         DeploymentStatus::Succeeded,
         {},
         {}},
        {u"production"_s, u"v1.0.0"_s, DeploymentKind::Deploy, u"green"_s, u"v0.9.0"_s, 4.9,
         DeploymentStatus::Failed, u"verify-standby"_s,
         tr("Slot blue did not prove healthy: the health endpoint answered HTTP 503, status unhealthy "
            "(database: Connection refused)")},
        {u"production"_s,
         u"v1.0.0"_s,
         DeploymentKind::Deploy,
         u"green"_s,
         u"v0.9.0"_s,
         4.8,
         DeploymentStatus::Succeeded,
         {},
         {}},
        {u"staging"_s, u"v1.1.0"_s, DeploymentKind::Deploy, u"blue"_s, u"v1.0.0"_s, 1.6,
         DeploymentStatus::Failed, u"monitor"_s,
         tr("Monitoring after the switch failed: probe 3/5 answered HTTP 503")},
        {u"staging"_s,
         u"v1.0.0"_s,
         DeploymentKind::Rollback,
         u"green"_s,
         u"v1.1.0"_s,
         1.599,
         DeploymentStatus::Succeeded,
         {},
         {}},
        {u"staging"_s,
         u"v1.1.0"_s,
         DeploymentKind::Deploy,
         u"blue"_s,
         u"v1.0.0"_s,
         0.9,
         DeploymentStatus::Succeeded,
         {},
         {}},
    };
    const QStringList deploySteps{u"preflight"_s, u"deploy-standby"_s, u"verify-standby"_s,
                                  u"switch"_s,    u"monitor"_s,        u"finalize"_s};
    const QStringList rollbackSteps{u"preflight"_s, u"verify-standby"_s, u"switch"_s, u"finalize"_s};
    DeploymentId previous = 0;
    for (const Past &p : history) {
        Deployment d;
        d.environmentId = envIds.value(p.env);
        d.releaseId =
            releases.contains(p.version) ? std::optional<ReleaseId>(releases.value(p.version)) : std::nullopt;
        d.version = p.version;
        d.kind = p.kind;
        d.status = p.status;
        d.fromSlot = p.from;
        d.toSlot = otherSlot(p.from);
        d.fromVersion = p.fromVersion;
        d.planDigest = sha256Hex(QJsonObject{{u"environment"_s, p.env},
                                             {u"version"_s, p.version},
                                             {u"from_slot"_s, p.from},
                                             {u"seeded_days_ago"_s, p.daysAgo}});
        d.requestedBy = p.kind == DeploymentKind::Rollback ? u"switchyard (monitor)"_s : u"alex"_s;
        if (p.kind == DeploymentKind::Rollback)
            d.rollbackOf = previous;
        d.startedAt = now.addSecs(static_cast<qint64>(-p.daysAgo * 86400));
        const QStringList &steps = p.kind == DeploymentKind::Rollback ? rollbackSteps : deploySteps;
        QDateTime t = d.startedAt;
        QList<StepRecord> records;
        for (int i = 0; i < steps.size(); ++i) {
            StepRecord r;
            r.seq = i;
            r.name = steps.at(i);
            r.startedAt = t;
            t = t.addMSecs(r.name == u"deploy-standby" ? 8400 : r.name == u"monitor" ? 5100 : 350 + 40 * i);
            r.finishedAt = t;
            const bool failedHere = r.name == p.failedStep;
            r.status = failedHere ? StepStatus::Failed : StepStatus::Succeeded;
            r.message = failedHere ? p.error : QString();
            records << r;
            if (failedHere)
                break;
        }
        d.finishedAt = t;
        d.currentStep = records.constLast().name;
        d.error = p.error;
        auto id = ws.deployments().create(d);
        if (!id.ok())
            return id.error();
        previous = *id;
        for (StepRecord &r : records) {
            r.deploymentId = *id;
            if (auto imported = ws.deployments().importStep(r); !imported.ok())
                return imported;
        }
    }
    auto audited = ws.audit().append(
        u"switchyard"_s, u"demo.seeded"_s, u"workspace"_s,
        QJsonObject{{u"directory"_s, m_dir}, {u"deployments"_s, static_cast<int>(history.size())}});
    return audited.ok() ? Status() : Status(audited.error());
}

} // namespace core
