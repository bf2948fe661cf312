#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMainWindow;
class QToolBar;

namespace core {
struct AppContext;
}

namespace ui {

class ApprovalsInbox;

// The two-person rule in the main window: an "Approvals" menu and tool button (with the number of
// deployments waiting for approval, live) opening the approvals inbox, and "Identities…".
class ApprovalsActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalsActions)

public:
    ApprovalsActions(core::AppContext &context, QMainWindow *window, QToolBar *toolBar);
    ~ApprovalsActions() override;

    [[nodiscard]] ApprovalsInbox *inbox() const { return m_inbox; }

public Q_SLOTS:
    void refresh();
    void openInbox();
    void openIdentities();

private:
    void showCount(int count);

    core::AppContext &m_context;
    QMainWindow *m_window;
    QDialog *m_inboxDialog;
    ApprovalsInbox *m_inbox;
    QAction *m_inboxAction;
    QAction *m_identitiesAction;
};

} // namespace ui
