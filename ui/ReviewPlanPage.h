#pragma once

#include <optional>

#include <QWizardPage>

#include "core/engine/Plan.h"

class QLabel;
class QTextBrowser;

namespace core {
struct AppContext;
}

namespace ui {

class ChooseTargetPage;

// Deploy wizard, page 2: the plan for the chosen environment and release, step by step with every
// action, and its digest. A planning error is shown here and blocks the way on. This is the commit
// page: once the deployment starts there is no way back.
class ReviewPlanPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPlanPage)

public:
    ReviewPlanPage(core::AppContext &context, const ChooseTargetPage &target, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    [[nodiscard]] const std::optional<core::Plan> &plan() const { return m_plan; }

private:
    void showLint();

    core::AppContext &m_context;
    const ChooseTargetPage &m_target;
    std::optional<core::Plan> m_plan;
    QLabel *m_transition;
    QTextBrowser *m_steps;
    QLabel *m_digestCaption;
    QLabel *m_digest;
    QLabel *m_error;
    QLabel *m_lint; // the release's migrations, linted
};

} // namespace ui
