#pragma once

#include <QWidget>

#include "core/model/Deployment.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace core {
class SecretStore;
class TeamNotifications;
class Workspace;
} // namespace core

namespace ui {

// The approvals inbox: every deployment waiting in its approvals step, those that wait for me
// first, with the plan, its digest, what changes (versions, slots, steps), who asked, who has
// signed and who is still awaited. Approve / Reject open the signing dialog. Live: in team mode
// the server's NOTIFY refreshes it at once; on SQLite the main window's poll calls refresh().
class ApprovalsInbox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalsInbox)

public:
    ApprovalsInbox(core::Workspace &workspace, QString me, QWidget *parent = nullptr);
    ~ApprovalsInbox() override;

    [[nodiscard]] int pendingCount() const { return m_pending.size(); }
    [[nodiscard]] QString me() const { return m_me; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void pendingCountChanged(int count);

private:
    void showSelected();
    void openSigning(bool reject);

    core::Workspace &m_workspace;
    QString m_me;
    core::SecretStore *m_keychain;
    core::TeamNotifications *m_notifications;
    QList<core::Deployment> m_pending;
    QLabel *m_title;
    QListWidget *m_list;
    QTextBrowser *m_details;
    QPushButton *m_approve;
    QPushButton *m_reject;
};

} // namespace ui
