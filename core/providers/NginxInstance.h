#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/providers/NginxConfig.h"

namespace core {

// A private nginx: its own prefix (conf/, logs/, tmp/), pid file and loopback ports. Used by the demo
// sandbox and the tests. Its calls wait synchronously, each bounded to a few seconds: do not call them
// from the GUI thread. Errors: "nginx.not_found", "nginx.io", "nginx.start_failed", "nginx.stop_failed".
class NginxInstance final
{
    Q_DECLARE_TR_FUNCTIONS(core::NginxInstance)

public:
    static constexpr int kStartTimeoutMs = 10000;
    static constexpr int kStopTimeoutMs = 5000;

    explicit NginxInstance(QString prefix, QString binary = QStringLiteral("nginx"));

    // Creates prefix/{conf,logs,tmp} and writes conf/nginx.conf.
    [[nodiscard]] Status writeConfig(const QList<NginxSite> &sites);
    // Runs `nginx -p PREFIX/ -c conf/nginx.conf -e logs/error.log` and waits for the pid file.
    [[nodiscard]] Status start();
    // Graceful stop (SIGQUIT), then SIGTERM, then SIGKILL of the process group; waits until it is gone.
    [[nodiscard]] Status stop();

    [[nodiscard]] std::optional<qint64> pid() const;
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString prefix() const { return m_prefix; }
    [[nodiscard]] QString confPath() const;
    [[nodiscard]] QString errorLogPath() const;
    [[nodiscard]] QString pidFilePath() const;
    [[nodiscard]] QString binary() const { return m_binary; }
    // The -p/-c/-e arguments (absolute paths), for every nginx command aimed at this instance.
    [[nodiscard]] QStringList commandArgs() const;
    // The binary as an absolute path, or empty if it cannot be found.
    [[nodiscard]] static QString resolveBinary(const QString &binary);

private:
    QString m_prefix;
    QString m_binary;
};

} // namespace core
