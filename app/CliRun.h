#pragma once

#include <QJsonArray>

#include "CliOutput.h"
#include "core/engine/Plan.h"

class QNetworkAccessManager;

namespace core {
class Workspace;
}

namespace app {

// deploy / rollback / resume from the command line: prints the plan, runs it through a
// DeploymentSession with live step progress and streamed output, and returns the exit code.
class CliRun
{
public:
    CliRun(core::Workspace &workspace, QNetworkAccessManager *nam, const CliOutput &out, QString user);

    int dryRun(const core::Plan &plan);
    int deploy(const core::Plan &plan, bool autoRollback);
    int rollback(const core::Plan &plan);
    int resume(core::DeploymentId id);

    static void printPlan(const CliOutput &out, const core::Plan &plan);

private:
    enum class Mode
    {
        Deploy,
        Rollback,
        Resume
    };
    int execute(Mode mode, const core::Plan &plan, core::DeploymentId resumeId, bool autoRollback);

    core::Workspace &m_workspace;
    QNetworkAccessManager *m_nam;
    const CliOutput &m_out;
    QString m_user;
};

} // namespace app
