#pragma once

#include <QWizard>

#include "ui/RunOutcome.h"

namespace core {
struct AppContext;
}

namespace ui {

class ChooseTargetPage;
class DeploymentRunView;
class ReviewPlanPage;

// Deploy a release: choose environment and version, review the plan, run it, see the result.
// Cannot be closed while the deployment runs.
class DeployWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployWizard)

public:
    enum PageId
    {
        ChoosePage,
        ReviewPage,
        RunPage,
        ResultPage
    };

    // `environment` (a lookup name) is preselected when given.
    explicit DeployWizard(core::AppContext &context,
                          const QString &environment = {},
                          QWidget *parent = nullptr);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] DeploymentRunView *runView() const { return m_runView; }

    void reject() override;

Q_SIGNALS:
    void deploymentFinished(const ui::RunOutcome &outcome);
    // A deployment that waited for approvals has them now: run it on (MainWindow resumes it).
    void resumeRequested(core::DeploymentId id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    DeploymentRunView *m_runView = nullptr;
};

} // namespace ui
