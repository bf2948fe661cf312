#include "ApprovalStatusView.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "core/policy/ApprovalService.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/TeamNotifications.h"
#include "core/store/Workspace.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

ApprovalStatusView::ApprovalStatusView(core::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_notifications(new core::TeamNotifications(workspace, this))
    , m_poll(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_list(new QLabel(this))
    , m_continue(new QPushButton(tr("Continue the deployment"), this))
{
    setObjectName(u"approvalStatusView"_s);
    m_summary->setObjectName(u"approvalSummary"_s);
    m_summary->setWordWrap(true);
    Theme::makeHeading(m_summary, 1.05);
    m_list->setObjectName(u"approvalSigners"_s);
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_continue->setObjectName(u"continueApprovedButton"_s);
    m_continue->setEnabled(false);
    connect(m_continue, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(m_id); });
    connect(m_notifications, &core::TeamNotifications::approvalsChanged, this, &ApprovalStatusView::refresh);
    static_cast<void>(m_notifications->start());
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &ApprovalStatusView::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addWidget(m_continue, 0, Qt::AlignLeft);
    hide();
}

ApprovalStatusView::~ApprovalStatusView() = default;

void ApprovalStatusView::showDeployment(core::DeploymentId id)
{
    m_id = id;
    setVisible(id > 0);
    if (id > 0) {
        refresh();
        m_poll->start();
    } else {
        m_poll->stop();
    }
}

void ApprovalStatusView::refresh()
{
    if (m_id <= 0)
        return;
    auto d = m_workspace.deployments().get(m_id);
    if (!d.ok())
        return;
    auto eval = core::ApprovalService(m_workspace).evaluate(*d);
    if (!eval.ok()) {
        m_summary->setText(eval.error().message);
        return;
    }
    m_summary->setText(eval->summary());
    QString html = u"<ul>"_s;
    for (const core::ApprovalVerdict &v : eval->verdicts) {
        const QString what =
            v.decision == core::ApprovalSignature::Decision::Approve ? tr("signed") : tr("rejected");
        html += v.counts ? u"<li>✔ %1 %2</li>"_s.arg(v.identity.toHtmlEscaped(), what)
                         : tr("<li>✘ %1 %2 — does not count: %3</li>")
                               .arg(v.identity.toHtmlEscaped(), what, v.reason.toHtmlEscaped());
    }
    for (const QString &who : eval->awaiting)
        html += tr("<li>… awaiting %1</li>").arg(who.toHtmlEscaped());
    m_list->setText(html + u"</ul>"_s);
    m_continue->setEnabled(eval->satisfied && d->status == core::DeploymentStatus::Running);
}

} // namespace ui
