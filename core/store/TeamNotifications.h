#pragma once

#include <QObject>

#include "core/Result.h"
#include "core/model/Ids.h"

namespace core {

class Workspace;

// Team mode: LISTEN on the workspace's PostgreSQL connection (QSqlDriver::subscribeToNotification)
// for what the server's triggers NOTIFY, so an open Switchyard sees approval requests, approvals
// and deployment progress from every member at once, without polling. On SQLite start() does
// nothing (Workspace::changedExternally() covers one machine).
class TeamNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamNotifications)

public:
    static constexpr auto kApprovalsChannel = "switchyard_approvals";
    static constexpr auto kDeploymentsChannel = "switchyard_deployments";

    explicit TeamNotifications(Workspace &workspace, QObject *parent = nullptr);
    ~TeamNotifications() override;

    // Subscribes; true when notifications will arrive (PostgreSQL), false on SQLite.
    Result<bool> start();

Q_SIGNALS:
    // An approval was recorded or requested for this plan digest.
    void approvalsChanged(const QString &planDigest);
    void deploymentChanged(core::DeploymentId id);

private:
    Workspace &m_workspace;
    bool m_subscribed = false;
};

} // namespace core
