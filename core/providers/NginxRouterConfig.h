#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/Result.h"

namespace core {

// Where an environment's nginx router lives and how to check it. Stored as JSON with the environment.
struct NginxRouterConfig
{
    QString binary = QStringLiteral("nginx");
    QString prefix;          // nginx -p (a trailing '/' is added when running nginx)
    QString confPath;        // nginx -c
    QString errorLog;        // nginx -e; optional (empty: nginx's default)
    QString pidFile;         // the master's pid file; optional (empty: PREFIX/logs/nginx.pid)
    QString includeFile;     // the upstream include the router owns
    QString upstreamName;    // e.g. switchyard_production
    QString environmentName; // written into the include's first line
    QUrl verifyUrl;          // a URL through the router, e.g. http://127.0.0.1:PORT/api/health/system

    // The master's pid file: pidFile, else PREFIX/logs/nginx.pid.
    [[nodiscard]] QString effectivePidFile() const;
    // The -p/-c[/-e] arguments for every nginx command.
    [[nodiscard]] QStringList commandArgs() const;
    [[nodiscard]] QJsonObject toJson() const;
    // Errors: "router.config" naming the missing or invalid field.
    [[nodiscard]] static Result<NginxRouterConfig> fromJson(const QJsonObject &json);

    Q_DECLARE_TR_FUNCTIONS(core::NginxRouterConfig)
};

} // namespace core
