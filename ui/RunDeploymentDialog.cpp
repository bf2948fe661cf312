#include "RunDeploymentDialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/DeploymentRunView.h"
#include "ui/PlanText.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

RunDeploymentDialog::RunDeploymentDialog(core::AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_view(new DeploymentRunView(context, this))
    , m_outcome(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"runDeploymentDialog"_s);
    resize(820, 600);
    m_outcome->setObjectName(u"runOutcome"_s);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RunDeploymentDialog::reject);
    connect(m_view, &DeploymentRunView::runningChanged, this, &RunDeploymentDialog::setRunning);
    connect(m_view, &DeploymentRunView::finished, this, &RunDeploymentDialog::showOutcome);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_buttons);
}

void RunDeploymentDialog::runRollback(const core::Plan &plan)
{
    setWindowTitle(PlanText::title(plan));
    m_view->runRollback(plan);
}

void RunDeploymentDialog::runResume(core::DeploymentId id)
{
    setWindowTitle(tr("Resume deployment #%1").arg(id));
    m_view->runResume(id);
}

void RunDeploymentDialog::reject()
{
    if (!m_view->isRunning())
        QDialog::reject();
}

void RunDeploymentDialog::closeEvent(QCloseEvent *event)
{
    if (m_view->isRunning())
        event->ignore();
    else
        QDialog::closeEvent(event);
}

void RunDeploymentDialog::setRunning(bool running)
{
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
}

void RunDeploymentDialog::showOutcome(const RunOutcome &outcome)
{
    const Theme::Tone tone = outcome.succeeded ? Theme::Tone::Good : Theme::Tone::Bad;
    m_outcome->setText(u"<b style=\"color: %1;\">%2</b><br>%3"_s.arg(
        Theme::color(tone).name(), outcome.headline().toHtmlEscaped(),
        outcome.details().toHtmlEscaped().replace(u'\n', u"<br>"_s)));
    m_outcome->show();
    Q_EMIT runFinished(outcome);
}

} // namespace ui
