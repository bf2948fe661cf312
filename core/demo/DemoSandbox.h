#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include "core/Result.h"

namespace core {

struct DemoEnvPorts;

struct DemoEnvironment
{
    QString name;
    QUrl routerUrl;
};

struct DemoInfo
{
    QString directory;
    QString workspacePath;
    QList<DemoEnvironment> environments;
    bool wasRunning = false;
};

// A sandbox that needs no account: a real nginx on free loopback ports routing staging and
// production to blue / green sample-service slots, and a workspace describing them with a few
// days of seeded history. `up` starts it (or finds it running), `down` stops every process.
// Both wait synchronously (bounded): call them from the CLI or before the GUI shows.
class DemoSandbox final
{
    Q_DECLARE_TR_FUNCTIONS(core::DemoSandbox)

public:
    explicit DemoSandbox(QString directory = defaultDirectory(),
                         QString sampleBinary = {},
                         QString nginxBinary = QStringLiteral("nginx"));

    static QString defaultDirectory();

    [[nodiscard]] Result<DemoInfo> up();
    [[nodiscard]] Status down();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString workspacePath() const;

private:
    [[nodiscard]] Result<DemoInfo> readState() const;
    [[nodiscard]] Status seedWorkspace(const QList<DemoEnvPorts> &ports) const;

    QString m_dir;
    QString m_sampleBinary;
    QString m_nginxBinary;
};

} // namespace core
