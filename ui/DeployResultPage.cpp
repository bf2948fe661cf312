#include "DeployResultPage.h"

#include <QGridLayout>
#include <QLabel>

#include "ui/DeploymentRunView.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

DeployResultPage::DeployResultPage(const DeploymentRunView &run, QWidget *parent)
    : QWizardPage(parent)
    , m_run(run)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
{
    setTitle(tr("Result"));
    m_headline->setObjectName(u"resultHeadline"_s);
    Theme::makeHeading(m_headline, 1.3);
    m_headline->setWordWrap(true);
    m_details->setObjectName(u"resultDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->setHorizontalSpacing(14);
    layout->setVerticalSpacing(10);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_headline, 0, 1);
    layout->addWidget(m_details, 1, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(2, 1);
}

void DeployResultPage::initializePage()
{
    const RunOutcome &outcome = m_run.outcome();
    m_icon->setPixmap(
        Theme::stepIcon(outcome.succeeded ? core::StepStatus::Succeeded : core::StepStatus::Failed)
            .pixmap(40, 40));
    m_headline->setText(outcome.headline());
    m_details->setText(outcome.details());
    setSubTitle(outcome.succeeded ? tr("Traffic is on the new release.")
                                  : tr("The deployment did not complete."));
}

} // namespace ui
