#include "ApprovalsActions.h"

#include <QAction>
#include <QDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/AppContext.h"
#include "ui/ApprovalsInbox.h"
#include "ui/IdentitiesDialog.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

ApprovalsActions::ApprovalsActions(core::AppContext &context, QMainWindow *window, QToolBar *toolBar)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_inboxDialog(new QDialog(window))
    , m_inbox(new ApprovalsInbox(context.workspace, context.user, m_inboxDialog))
    , m_inboxAction(new QAction(Theme::icon(u"step-pending"_s), tr("&Approvals"), window))
    , m_identitiesAction(new QAction(tr("&Identities…"), window))
{
    m_inboxDialog->setObjectName(u"approvalsInboxDialog"_s);
    m_inboxDialog->setWindowTitle(tr("Approvals — signed in as %1").arg(context.user));
    m_inboxDialog->resize(980, 600);
    auto *layout = new QVBoxLayout(m_inboxDialog);
    layout->addWidget(m_inbox);
    m_inboxAction->setObjectName(u"approvalsInboxAction"_s);
    m_inboxAction->setToolTip(tr("Deployments waiting for approval"));
    m_identitiesAction->setObjectName(u"identitiesAction"_s);
    connect(m_inboxAction, &QAction::triggered, this, &ApprovalsActions::openInbox);
    connect(m_identitiesAction, &QAction::triggered, this, &ApprovalsActions::openIdentities);
    connect(m_inbox, &ApprovalsInbox::pendingCountChanged, this, &ApprovalsActions::showCount);
    QMenu *menu = window->menuBar()->addMenu(tr("A&pprovals"));
    menu->addAction(m_inboxAction);
    menu->addAction(m_identitiesAction);
    if (toolBar) {
        toolBar->addSeparator();
        toolBar->addAction(m_inboxAction);
    }
    showCount(m_inbox->pendingCount());
}

ApprovalsActions::~ApprovalsActions() = default;

void ApprovalsActions::refresh()
{
    m_inbox->refresh();
}

void ApprovalsActions::openInbox()
{
    m_inbox->refresh();
    m_inboxDialog->show();
    m_inboxDialog->raise();
}

void ApprovalsActions::openIdentities()
{
    auto *dialog = new IdentitiesDialog(m_context.workspace, m_context.user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ApprovalsActions::showCount(int count)
{
    m_inboxAction->setText(count > 0 ? tr("&Approvals (%1)").arg(count) : tr("&Approvals"));
}

} // namespace ui
