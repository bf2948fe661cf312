#pragma once

#include <QWizardPage>

namespace core {
struct AppContext;
}

namespace ui {

class DeploymentRunView;
class ReviewPlanPage;

// Deploy wizard, page 3: runs the reviewed plan and shows it live. Back and Cancel are disabled
// while it runs; Next leads to the result once it has ended.
class RunDeploymentPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDeploymentPage)

public:
    RunDeploymentPage(core::AppContext &context, const ReviewPlanPage &review, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    [[nodiscard]] DeploymentRunView *runView() const { return m_view; }

private:
    void setRunning(bool running);

    const ReviewPlanPage &m_review;
    DeploymentRunView *m_view;
};

} // namespace ui
