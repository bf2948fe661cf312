#include "ReviewPlanPage.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizard>

#include "core/AppContext.h"
#include "core/engine/Planner.h"
#include "core/model/Release.h"
#include "core/policy/ReleaseMigrations.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/Workspace.h"
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
    , m_lint(new QLabel(this))
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
    m_lint->setObjectName(u"planLint"_s);
    m_lint->setWordWrap(true);
    m_lint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_transition);
    layout->addWidget(m_error);
    layout->addWidget(m_lint);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_digestCaption);
    layout->addWidget(m_digest);
    // Takes the free space when the steps are hidden (a planning error), so the text stays on top.
    layout->addStretch(0);
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
    showLint();
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->setStretch(box->count() - 1, ok ? 0 : 1);
    Q_EMIT completeChanged();
}

void ReviewPlanPage::showLint()
{
    m_lint->clear();
    m_lint->setVisible(false);
    auto env = m_context.workspace.environments().byName(m_target.environmentName());
    if (!env.ok())
        return;
    auto release = m_context.workspace.releases().byVersion(env->serviceId, m_target.version());
    if (!release.ok() || release->migrations.isEmpty())
        return;
    auto migrations = core::ReleaseMigrations::inspect(*release);
    if (!migrations.ok()) {
        m_lint->setText(migrations.error().message.toHtmlEscaped());
        m_lint->setVisible(true);
        return;
    }
    QString html = u"<b>%1</b>"_s.arg(tr("Migration lint (%1 release):")
                                          .arg(release->contract ? tr("contract") : tr("expand"))
                                          .toHtmlEscaped());
    html += u"<ul style='margin:0'>"_s;
    for (const core::ReleaseMigrations::Entry &e : migrations->entries()) {
        html += u"<li>%1 — %2"_s.arg(e.fileName.toHtmlEscaped(), e.summary().toHtmlEscaped());
        for (const core::MigrationFinding &f : e.report.findings) {
            if (f.severity == core::FindingSeverity::Info)
                continue;
            const Theme::Tone tone =
                f.severity == core::FindingSeverity::Error ? Theme::Tone::Bad : Theme::Tone::Warning;
            html += u"<br><span style='color:%1'>%2:%3 %4 [%5]</span> %6"_s.arg(
                Theme::color(tone).name(), core::findingSeverityToString(f.severity), QString::number(f.line),
                f.rule, f.lock, f.message.toHtmlEscaped());
        }
        html += u"</li>"_s;
    }
    html += u"</ul>"_s;
    if (auto refused = migrations->refuseBreaking(release->version); !refused.ok()) {
        html += u"<b style='color:%1'>%2</b>"_s.arg(
            Theme::color(Theme::Tone::Bad).name(),
            tr("Deploy is blocked: this expand release carries a migration that breaks code that is still "
               "running. Fix the migration or register the release as a contract release.")
                .toHtmlEscaped());
    }
    m_lint->setText(html);
    m_lint->setVisible(true);
}

bool ReviewPlanPage::isComplete() const
{
    return m_plan.has_value();
}

} // namespace ui
