#pragma once

#include <memory>

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include "core/Result.h"
#include "core/providers/NginxInstance.h"
#include "core/providers/NginxRouterConfig.h"

// A private nginx routing one environment ("sandbox") to two sample services, blue and green, all on free
// loopback ports in a temporary directory. start() brings everything up with traffic on blue; the
// destructor stops nginx and both samples, also when a test failed half-way.
class NginxSandbox final
{
    Q_DISABLE_COPY_MOVE(NginxSandbox)

public:
    static constexpr auto kEnvironment = "sandbox";

    NginxSandbox();
    ~NginxSandbox();

    // Fails (never skips) when nginx or the sample binary is missing.
    [[nodiscard]] core::Status start(const QString &blueVersion = QStringLiteral("v1.0.0"),
                                     const QString &greenVersion = QStringLiteral("v1.1.0"));
    // (Re)starts one slot's sample service with the given version and extra options (e.g. --health hang).
    [[nodiscard]] core::Status
    startSlot(const QString &slot, const QString &version, const QStringList &extraArgs = {});
    [[nodiscard]] core::Status stopSlot(const QString &slot);

    [[nodiscard]] QUrl routerUrl(const QString &path = QStringLiteral("/")) const;
    [[nodiscard]] QUrl slotUrl(const QString &slot, const QString &path = QStringLiteral("/")) const;
    [[nodiscard]] QUrl routerHealthUrl() const { return routerUrl(QStringLiteral("/api/health/system")); }
    [[nodiscard]] quint16 routerPort() const { return m_routerPort; }
    [[nodiscard]] quint16 slotPort(const QString &slot) const;
    [[nodiscard]] QString upstreamOf(const QString &slot) const; // "127.0.0.1:PORT"
    [[nodiscard]] QString prefix() const;
    [[nodiscard]] QString includeFile() const;
    [[nodiscard]] QString pidFile(const QString &slot) const;
    [[nodiscard]] QString logFile(const QString &slot) const;
    [[nodiscard]] core::NginxRouterConfig routerConfig() const;
    [[nodiscard]] core::NginxInstance &nginx() { return *m_nginx; }
    [[nodiscard]] QString sampleBinary() const;
    [[nodiscard]] QString path(const QString &relative) const { return m_dir.filePath(relative); }

    // SWITCHYARD_BIN_DIR, else the build's bin/ directory.
    [[nodiscard]] static QString binDir();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::NginxInstance> m_nginx;
    quint16 m_routerPort = 0;
    quint16 m_bluePort = 0;
    quint16 m_greenPort = 0;
    QStringList m_started;
};
