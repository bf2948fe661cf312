#include "NginxSandbox.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include "core/providers/NginxConfig.h"
#include "core/providers/Ports.h"
#include "core/providers/SampleServiceControl.h"

using namespace Qt::StringLiterals;

namespace {

core::Error sandboxError(const QString &message)
{
    return core::Error{u"sandbox"_s, message, {}};
}

} // namespace

NginxSandbox::NginxSandbox()
    : m_nginx(std::make_unique<core::NginxInstance>(m_dir.filePath(u"nginx"_s)))
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("SWITCHYARD_KEEP_SANDBOX"));
}

NginxSandbox::~NginxSandbox()
{
    const core::Status stopped = m_nginx->stop();
    if (!stopped)
        qWarning().noquote() << "sandbox:" << stopped.error().toString();
    for (const QString &slot : std::as_const(m_started)) {
        const core::Status slotStopped = core::SampleServiceControl::stop(sampleBinary(), pidFile(slot));
        if (!slotStopped)
            qWarning().noquote() << "sandbox:" << slotStopped.error().toString();
    }
}

QString NginxSandbox::binDir()
{
    const QString fromEnv = qEnvironmentVariable("SWITCHYARD_BIN_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(SWITCHYARD_BUILD_BIN_DIR) : fromEnv;
}

QString NginxSandbox::sampleBinary() const
{
    return QDir(binDir()).filePath(u"switchyard-sample"_s);
}

core::Status NginxSandbox::start(const QString &blueVersion, const QString &greenVersion)
{
    if (!m_dir.isValid())
        return sandboxError(u"cannot create a temporary directory: "_s + m_dir.errorString());
    if (core::NginxInstance::resolveBinary(m_nginx->binary()).isEmpty())
        return sandboxError(
            u"nginx is not installed (not on PATH nor in /usr/sbin): install the nginx package"_s);
    if (!QFileInfo(sampleBinary()).isExecutable())
        return sandboxError(u"sample service not built: %1 is missing"_s.arg(sampleBinary()));

    QList<quint16> ports;
    for (int attempt = 0; attempt < 100 && ports.size() < 3; ++attempt) {
        const quint16 port = core::findFreeLoopbackPort();
        if (port != 0 && !ports.contains(port))
            ports << port;
    }
    if (ports.size() < 3)
        return sandboxError(u"no free loopback ports"_s);
    m_routerPort = ports[0];
    m_bluePort = ports[1];
    m_greenPort = ports[2];

    if (auto status = startSlot(u"blue"_s, blueVersion); !status)
        return status;
    if (auto status = startSlot(u"green"_s, greenVersion); !status)
        return status;

    const core::NginxRouterConfig config = routerConfig();
    const core::NginxSite site{QString::fromLatin1(kEnvironment), m_routerPort, config.upstreamName,
                               config.includeFile};
    if (auto status = m_nginx->writeConfig({site}); !status)
        return status;
    QSaveFile include(config.includeFile);
    const QByteArray text = core::NginxConfig::renderUpstream(config.upstreamName, u"blue"_s,
                                                              upstreamOf(u"blue"_s), config.environmentName)
                                .toUtf8();
    if (!include.open(QIODevice::WriteOnly) || include.write(text) < 0 || !include.commit())
        return sandboxError(u"cannot write %1: %2"_s.arg(config.includeFile, include.errorString()));
    return m_nginx->start();
}

core::Status
NginxSandbox::startSlot(const QString &slot, const QString &version, const QStringList &extraArgs)
{
    const core::Status status = core::SampleServiceControl::replace(
        sampleBinary(), pidFile(slot), logFile(slot), slotPort(slot), version, slot, extraArgs);
    if (status && !m_started.contains(slot))
        m_started << slot;
    return status;
}

core::Status NginxSandbox::stopSlot(const QString &slot)
{
    return core::SampleServiceControl::stop(sampleBinary(), pidFile(slot));
}

QUrl NginxSandbox::routerUrl(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_routerPort).arg(path));
}

QUrl NginxSandbox::slotUrl(const QString &slot, const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(slotPort(slot)).arg(path));
}

quint16 NginxSandbox::slotPort(const QString &slot) const
{
    return slot == u"blue"_s ? m_bluePort : slot == u"green"_s ? m_greenPort : 0;
}

QString NginxSandbox::upstreamOf(const QString &slot) const
{
    return u"127.0.0.1:%1"_s.arg(slotPort(slot));
}

QString NginxSandbox::prefix() const
{
    return m_nginx->prefix();
}

QString NginxSandbox::includeFile() const
{
    return m_nginx->prefix() + u"/conf/upstream-sandbox.conf"_s;
}

QString NginxSandbox::pidFile(const QString &slot) const
{
    return m_dir.filePath(slot + u".pid"_s);
}

QString NginxSandbox::logFile(const QString &slot) const
{
    return m_dir.filePath(slot + u".log"_s);
}

core::NginxRouterConfig NginxSandbox::routerConfig() const
{
    core::NginxRouterConfig config;
    config.binary = m_nginx->binary();
    config.prefix = m_nginx->prefix();
    config.confPath = m_nginx->confPath();
    config.errorLog = m_nginx->errorLogPath();
    config.includeFile = includeFile();
    config.environmentName = QString::fromLatin1(kEnvironment);
    config.upstreamName = core::NginxConfig::upstreamNameFor(config.environmentName);
    config.verifyUrl = routerHealthUrl();
    return config;
}
