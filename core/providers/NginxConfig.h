#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QtGlobal>

namespace core {

// One server block per environment: listens on 127.0.0.1:listenPort and proxies to upstreamName, which
// is defined (together with the slot map) in includeFile, the file the router rewrites.
struct NginxSite
{
    QString name;
    quint16 listenPort = 0;
    QString upstreamName;
    QString includeFile;
};

// Pure text rendering of a private nginx configuration and of the upstream include the router owns.
struct NginxConfig
{
    // "switchyard_" followed by the environment name reduced to [a-z0-9_].
    [[nodiscard]] static QString upstreamNameFor(const QString &environmentName);
    // The variable the include defines with the slot's name, used for the X-Switchyard-Slot header.
    [[nodiscard]] static QString slotVariableFor(const QString &upstreamName);
    // A complete nginx.conf whose pid file, logs and temporary files all live under `prefix`.
    [[nodiscard]] static QString renderMain(const QString &prefix, const QList<NginxSite> &sites);
    // The include: a first line "# switchyard: environment=<env> slot=<slot>", the upstream and the slot map.
    [[nodiscard]] static QString renderUpstream(const QString &upstreamName,
                                                const QString &slot,
                                                const QString &upstreamHostPort,
                                                const QString &environmentName);
    // The slot named by an include's first line, if it is one of ours.
    [[nodiscard]] static std::optional<QString> slotOfUpstream(const QString &includeText);
    // Slot names are restricted to [A-Za-z0-9_.-], so they are safe in the include and in HTTP headers.
    [[nodiscard]] static bool isValidSlotName(const QString &slot);
    // "host:port" with a plain host name, IPv4 or [IPv6] address.
    [[nodiscard]] static bool isValidHostPort(const QString &hostPort);
};

} // namespace core
