#include "ApprovalsInbox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/engine/Plan.h"
#include "core/policy/ApprovalService.h"
#include "core/secrets/SecretStore.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/TeamNotifications.h"
#include "core/store/Workspace.h"
#include "ui/ApprovalDialog.h"
#include "ui/PlanText.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QString keychainService()
{
    const QString fromEnv = qEnvironmentVariable("SWITCHYARD_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? u"switchyard"_s : fromEnv;
}

} // namespace

ApprovalsInbox::ApprovalsInbox(core::Workspace &workspace, QString me, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_me(std::move(me))
    , m_keychain(new core::SecretStore(keychainService(), this))
    , m_notifications(new core::TeamNotifications(workspace, this))
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_reject(new QPushButton(tr("Reject…"), this))
{
    setObjectName(u"approvalsInbox"_s);
    m_title->setObjectName(u"approvalsTitle"_s);
    Theme::makeHeading(m_title, 1.15);
    m_list->setObjectName(u"approvalRequestList"_s);
    m_details->setObjectName(u"approvalDetails"_s);
    m_details->setOpenLinks(false);
    m_approve->setObjectName(u"approveButton"_s);
    m_reject->setObjectName(u"rejectButton"_s);
    connect(m_list, &QListWidget::currentRowChanged, this, &ApprovalsInbox::showSelected);
    connect(m_approve, &QPushButton::clicked, this, [this] { openSigning(false); });
    connect(m_reject, &QPushButton::clicked, this, [this] { openSigning(true); });
    connect(m_notifications, &core::TeamNotifications::approvalsChanged, this, &ApprovalsInbox::refresh);
    connect(m_notifications, &core::TeamNotifications::deploymentChanged, this, &ApprovalsInbox::refresh);
    static_cast<void>(m_notifications->start());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({320, 640});
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    refresh();
}

ApprovalsInbox::~ApprovalsInbox() = default;

void ApprovalsInbox::refresh()
{
    const core::DeploymentId selected = m_list->currentRow() >= 0 && m_list->currentRow() < m_pending.size()
                                            ? m_pending.at(m_list->currentRow()).id
                                            : 0;
    QList<core::Deployment> mine;
    QList<core::Deployment> others;
    QSet<core::DeploymentId> mineIds;
    core::ApprovalService service(m_workspace);
    if (auto running = m_workspace.deployments().withStatus(core::DeploymentStatus::Running); running.ok()) {
        for (const core::Deployment &d : *running) {
            if (d.currentStep != QLatin1String(core::step::kApprovals))
                continue;
            auto eval = service.evaluate(d);
            if (!eval.ok() || !eval->required || eval->satisfied || eval->rejected)
                continue;
            if (eval->awaiting.contains(m_me)) {
                mine << d;
                mineIds.insert(d.id);
            } else {
                others << d;
            }
        }
    }
    m_pending = mine + others;
    m_list->blockSignals(true);
    m_list->clear();
    int row = 0;
    for (const core::Deployment &d : std::as_const(m_pending)) {
        auto plan = core::Plan::fromJson(d.plan);
        const bool forMe = mineIds.contains(d.id);
        auto *item = new QListWidgetItem(Theme::dot(forMe ? Theme::Tone::Warning : Theme::Tone::Neutral),
                                         tr("#%1 %2\nasked by %3%4")
                                             .arg(d.id)
                                             .arg(plan.ok() ? PlanText::title(*plan) : d.version,
                                                  d.requestedBy, forMe ? tr(" · awaits you") : QString()),
                                         m_list);
        item->setData(Qt::UserRole, d.id);
        if (d.id == selected)
            row = static_cast<int>(m_list->count() - 1);
    }
    m_list->blockSignals(false);
    m_title->setText(m_pending.isEmpty() ? tr("No deployment is waiting for approval")
                                         : tr("%n deployment(s) waiting for approval", nullptr,
                                              static_cast<int>(m_pending.size())));
    if (!m_pending.isEmpty())
        m_list->setCurrentRow(row);
    showSelected();
    Q_EMIT pendingCountChanged(static_cast<int>(m_pending.size()));
}

void ApprovalsInbox::showSelected()
{
    const int row = m_list->currentRow();
    const bool have = row >= 0 && row < m_pending.size();
    m_approve->setEnabled(have);
    m_reject->setEnabled(have);
    if (!have) {
        m_details->setHtml(tr("<p>Nothing selected.</p>"));
        return;
    }
    const core::Deployment &d = m_pending.at(row);
    auto plan = core::Plan::fromJson(d.plan);
    auto eval = core::ApprovalService(m_workspace).evaluate(d);
    QString html;
    html += u"<h3>%1</h3>"_s.arg((plan.ok() ? PlanText::title(*plan) : d.version).toHtmlEscaped());
    html += tr("<p>Asked by <b>%1</b> on %2.<br>Plan digest: <code>%3</code></p>")
                .arg(d.requestedBy.toHtmlEscaped(), d.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                     d.planDigest);
    if (plan.ok()) {
        html += tr("<p><b>What changes:</b> version %1 → %2; traffic %3.%4</p>")
                    .arg(plan->fromVersion.isEmpty() ? u"—"_s : plan->fromVersion.toHtmlEscaped(),
                         plan->version.toHtmlEscaped(), PlanText::transition(*plan).toHtmlEscaped(),
                         plan->contract ? tr(" Includes <b>contract</b> migrations.") : QString());
    }
    if (eval.ok()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(eval->summary().toHtmlEscaped());
        for (const core::ApprovalVerdict &v : eval->verdicts) {
            const QString what =
                v.decision == core::ApprovalSignature::Decision::Approve ? tr("approved") : tr("rejected");
            html += v.counts ? u"<li>✔ %1 %2</li>"_s.arg(v.identity.toHtmlEscaped(), what)
                             : tr("<li>✘ %1 %2 — does not count: %3</li>")
                                   .arg(v.identity.toHtmlEscaped(), what, v.reason.toHtmlEscaped());
        }
        for (const QString &who : eval->awaiting)
            html += tr("<li>… awaiting %1</li>").arg(who.toHtmlEscaped());
        html += u"</ul>"_s;
    }
    if (plan.ok())
        html += PlanText::stepsHtml(*plan);
    m_details->setHtml(html);
}

void ApprovalsInbox::openSigning(bool reject)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pending.size())
        return;
    auto *dialog = new ApprovalDialog(m_workspace, *m_keychain, m_pending.at(row), m_me, reject, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &ApprovalsInbox::refresh);
    dialog->open();
}

} // namespace ui
