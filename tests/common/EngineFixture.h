#pragma once

#include <memory>

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include "NginxSandbox.h"
#include "core/Result.h"
#include "core/engine/Plan.h"
#include "core/model/EnvironmentSettings.h"
#include "core/model/Ids.h"

namespace core {
class Workspace;
}

// A real workspace (SQLite in a temporary folder) whose environment "sandbox" routes through a
// private nginx to real sample-service slots: blue live with v1.0.0, green standby with v1.1.0.
// Releases v1.0.0, v1.1.0 and v1.2.0 exist. Deploys replace green's process for real.
class EngineFixture final
{
    Q_DISABLE_COPY_MOVE(EngineFixture)

public:
    struct Options
    {
        QStringList deployCommand;   // empty: the sample service's --replace mode
        QStringList sampleExtraArgs; // appended to that command (fault injection, e.g. --health unhealthy)
        QString nginxBinary;         // empty: nginx on PATH
        core::EnvironmentSettings settings = fastSettings();
    };

    EngineFixture();
    ~EngineFixture();

    [[nodiscard]] core::Status start(const Options &options);
    [[nodiscard]] core::Status start() { return start(Options{}); }

    core::Workspace &workspace() { return *m_workspace; }
    NginxSandbox &sandbox() { return m_sandbox; }
    QNetworkAccessManager *nam() { return &m_nam; }
    [[nodiscard]] QString workspacePath() const;
    [[nodiscard]] core::EnvironmentId environmentId() const { return m_environmentId; }
    // The sample service's own deploy command for a slot, with the given extra arguments.
    [[nodiscard]] QStringList sampleDeployCommand(const QStringList &extraArgs = {}) const;

    // Plans and runs a deploy (or a rollback) to the end; returns its outcome and the deployment id.
    // A deploy is planned like the CLI plans it: with the migrations the database still needs
    // (core::PendingMigrations, password from the keychain).
    core::Status deploy(const QString &version, core::DeploymentId *id = nullptr, bool autoRollback = true);
    // Runs a plan made elsewhere (e.g. one that went stale) to the end.
    core::Status run(const core::Plan &plan, core::DeploymentId *id = nullptr, bool autoRollback = true);
    core::Status rollback(core::DeploymentId *id = nullptr);

    // One GET through the router: the slot that answered (X-Served-By), empty if none.
    QString servedByThroughRouter();
    // The slot the workspace says is live.
    QString liveSlot();

    static core::EnvironmentSettings fastSettings();
    void closeWorkspace();

private:
    QTemporaryDir m_dir;
    NginxSandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<core::Workspace> m_workspace;
    core::EnvironmentId m_environmentId = 0;
};
