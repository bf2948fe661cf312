#pragma once

#include <QWidget>

#include "core/model/Ids.h"

class QLabel;
class QPushButton;
class QTimer;

namespace core {
class TeamNotifications;
class Workspace;
} // namespace core

namespace ui {

// The deploy wizard's approvals part: for a deployment parked in its approvals step, who has
// signed, who is still awaited and what does not count, kept live (team mode: the server's
// NOTIFY; otherwise a short poll). When the rule is satisfied, "Continue the deployment" asks to
// resume it.
class ApprovalStatusView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalStatusView)

public:
    ApprovalStatusView(core::Workspace &workspace, QWidget *parent = nullptr);
    ~ApprovalStatusView() override;

    // 0 hides it.
    void showDeployment(core::DeploymentId id);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void resumeRequested(core::DeploymentId id);

private:
    core::Workspace &m_workspace;
    core::DeploymentId m_id = 0;
    core::TeamNotifications *m_notifications;
    QTimer *m_poll;
    QLabel *m_summary;
    QLabel *m_list;
    QPushButton *m_continue;
};

} // namespace ui
