#include "DeployWizard.h"

#include <QCloseEvent>
#include <QLayout>

#include "core/AppContext.h"
#include "ui/ApprovalStatusView.h"
#include "ui/ChooseTargetPage.h"
#include "ui/DeployResultPage.h"
#include "ui/DeploymentRunView.h"
#include "ui/ReviewPlanPage.h"
#include "ui/RunDeploymentPage.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

DeployWizard::DeployWizard(core::AppContext &context, const QString &environment, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(u"deployWizard"_s);
    setWindowTitle(tr("Deploy a release"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPixmap(QWizard::LogoPixmap, Theme::icon(u"deploy"_s).pixmap(40, 40));
    resize(860, 640);

    auto *choose = new ChooseTargetPage(context.workspace, environment, this);
    auto *review = new ReviewPlanPage(context, *choose, this);
    auto *run = new RunDeploymentPage(context, *review, this);
    m_runView = run->runView();
    setPage(ChoosePage, choose);
    setPage(ReviewPage, review);
    setPage(RunPage, run);
    auto *result = new DeployResultPage(*m_runView, this);
    setPage(ResultPage, result);
    connect(m_runView, &DeploymentRunView::finished, this, &DeployWizard::deploymentFinished);
    // Parked in its approvals step: the result page shows who signed and who is awaited, live.
    auto *approvals = new ApprovalStatusView(context.workspace, result);
    result->layout()->addWidget(approvals);
    connect(m_runView, &DeploymentRunView::finished, approvals, [approvals](const RunOutcome &outcome) {
        approvals->showDeployment(
            !outcome.succeeded && outcome.failedStep == u"approvals" ? outcome.deploymentId : 0);
    });
    connect(approvals, &ApprovalStatusView::resumeRequested, this, [this](core::DeploymentId id) {
        accept();
        Q_EMIT resumeRequested(id);
    });
}

bool DeployWizard::isRunning() const
{
    return m_runView->isRunning();
}

void DeployWizard::reject()
{
    if (!isRunning())
        QWizard::reject();
}

void DeployWizard::closeEvent(QCloseEvent *event)
{
    if (isRunning())
        event->ignore();
    else
        QWizard::closeEvent(event);
}

} // namespace ui
