#pragma once

#include <QDialog>

#include "core/engine/Plan.h"
#include "ui/RunOutcome.h"

class QDialogButtonBox;
class QLabel;

namespace core {
struct AppContext;
}

namespace ui {

class DeploymentRunView;

// A rollback or a resume, run in its own window with the same run view as the deploy wizard.
// It cannot be closed while the run is in progress; afterwards it says how it ended.
class RunDeploymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDeploymentDialog)

public:
    explicit RunDeploymentDialog(core::AppContext &context, QWidget *parent = nullptr);

    void runRollback(const core::Plan &plan);
    void runResume(core::DeploymentId id);

    [[nodiscard]] DeploymentRunView *runView() const { return m_view; }

    void reject() override;

Q_SIGNALS:
    // (QDialog::finished(int) says only that the window closed.)
    void runFinished(const ui::RunOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setRunning(bool running);
    void showOutcome(const RunOutcome &outcome);

    DeploymentRunView *m_view;
    QLabel *m_outcome;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
