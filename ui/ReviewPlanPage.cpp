#include "ReviewPlanPage.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizard>

#include "core/AppContext.h"
#include "core/engine/Planner.h"
#include "ui/ChooseTargetPage.h"
#include "ui/PlanText.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

ReviewPlanPage::ReviewPlanPage(core::AppContext &context, const ChooseTargetPage &target, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_target(target)
    , m_transition(new QLabel(this))
    , m_steps(new QTextBrowser(this))
    , m_digestCaption(new QLabel(tr("Plan digest (what approvers sign):"), this))
    , m_digest(new QLabel(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Review the plan"));
    setSubTitle(
        tr("Nothing has changed yet. These are the steps that will run, with every action they take."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Deploy"));

    m_transition->setObjectName(u"planTransition"_s);
    Theme::makeHeading(m_transition, 1.4);
    m_steps->setObjectName(u"planSteps"_s);
    m_steps->setOpenLinks(false);
    m_digest->setObjectName(u"planDigest"_s);
    m_digest->setFont(Theme::monospaceFont());
    m_digest->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setObjectName(u"planError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_transition);
    layout->addWidget(m_error);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_digestCaption);
    layout->addWidget(m_digest);
}

void ReviewPlanPage::initializePage()
{
    auto plan = core::Planner(m_context.workspace, m_context.nam)
                    .planDeploy(m_target.environmentName(), m_target.version());
    const bool ok = plan.ok();
    m_plan = ok ? std::optional<core::Plan>(*plan) : std::nullopt;
    m_error->setVisible(!ok);
    m_steps->setVisible(ok);
    m_digestCaption->setVisible(ok);
    m_digest->setVisible(ok);
    if (!ok) {
        m_transition->setText(
            tr("Cannot deploy %1 to %2").arg(m_target.version(), m_target.environmentName()));
        m_error->setText(plan.error().message);
        m_steps->clear();
        m_digest->clear();
    } else {
        m_transition->setText(PlanText::transition(*m_plan));
        m_steps->setHtml(PlanText::stepsHtml(*m_plan));
        m_digest->setText(m_plan->digest());
    }
    Q_EMIT completeChanged();
}

bool ReviewPlanPage::isComplete() const
{
    return m_plan.has_value();
}

} // namespace ui
