#include "RunDeploymentPage.h"

#include <QAbstractButton>
#include <QVBoxLayout>
#include <QWizard>

#include "ui/DeploymentRunView.h"
#include "ui/ReviewPlanPage.h"

namespace ui {

RunDeploymentPage::RunDeploymentPage(core::AppContext &context, const ReviewPlanPage &review, QWidget *parent)
    : QWizardPage(parent)
    , m_review(review)
    , m_view(new DeploymentRunView(context, this))
{
    setTitle(tr("Deploying"));
    setSubTitle(tr("Each step is written to the workspace before the next starts; you can watch it here."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &DeploymentRunView::runningChanged, this, &RunDeploymentPage::setRunning);
}

void RunDeploymentPage::initializePage()
{
    if (m_view->isRunning() || m_view->isFinished() || !m_review.plan())
        return;
    m_view->runDeploy(*m_review.plan());
}

bool RunDeploymentPage::isComplete() const
{
    return m_view->isFinished();
}

void RunDeploymentPage::setRunning(bool running)
{
    if (QWizard *w = wizard()) {
        w->button(QWizard::CancelButton)->setEnabled(!running);
        // Never back: the review page is the commit page, the deployment has happened.
        w->button(QWizard::BackButton)->setEnabled(false);
    }
    setTitle(running ? tr("Deploying") : tr("Deployment ended"));
    Q_EMIT completeChanged();
}

} // namespace ui
