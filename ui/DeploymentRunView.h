#pragma once

#include <QHash>
#include <QWidget>

#include "core/Result.h"
#include "core/engine/Plan.h"
#include "core/model/StepRecord.h"
#include "ui/RunOutcome.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace core {
class DeploymentSession;
struct AppContext;
} // namespace core

namespace ui {

class LogView;

// Runs one deployment, rollback or resume through core's DeploymentSession and shows it live:
// each step with its status icon, a progress bar and the streamed log. An automatic rollback
// after failed monitoring appears as a second section. Shared by the deploy wizard and the run
// dialog. Never blocks: everything arrives through the session's signals. When a run fails on a
// provider error that resuming gets past (core::ResumePolicy), a "Resume" button continues the same
// deployment from its failed step once the provider has recovered.
class DeploymentRunView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentRunView)

public:
    explicit DeploymentRunView(core::AppContext &context, QWidget *parent = nullptr);
    ~DeploymentRunView() override;

    void runDeploy(const core::Plan &plan);
    void runRollback(const core::Plan &plan);
    void runResume(core::DeploymentId id);

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isFinished() const { return m_outcome.finished; }
    [[nodiscard]] const RunOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(const ui::RunOutcome &outcome);

private:
    struct Section
    {
        int firstRow = 0;
        int stepCount = 0;
    };

    void begin(const QString &heading);
    // The run is about `plan`: heading and outcome.
    void adoptPlan(const core::Plan &plan);
    void addSection(core::DeploymentId id, const core::Plan &plan);
    void deploymentStarted(core::DeploymentId id, const core::Plan &plan);
    void stepStarted(core::DeploymentId id, int index, const QString &name);
    void stepFinished(core::DeploymentId id,
                      int index,
                      const QString &name,
                      core::StepStatus status,
                      const QString &message);
    void logLine(core::DeploymentId id, const QString &step, const QString &line, const QString &stream);
    void rolledBack(core::DeploymentId id, const core::Status &status);
    void sessionFinished(const core::Status &status);
    void markJournaledSteps(core::DeploymentId id);
    void setStepStatus(QTreeWidgetItem *item, core::StepStatus status, const QString &message = {});
    [[nodiscard]] QTreeWidgetItem *stepItem(core::DeploymentId id, int index) const;
    void updateProgress();
    void showState(const QString &text);
    void resumeFailed();

    core::AppContext &m_context;
    core::DeploymentSession *m_session = nullptr;
    QLabel *m_heading;
    QLabel *m_state;
    QTreeWidget *m_steps;
    QProgressBar *m_progress;
    QPushButton *m_resume; // after a failure on a provider error: resume once it has recovered
    LogView *m_log;
    QHash<core::DeploymentId, Section> m_sections;
    bool m_running = false;
    RunOutcome m_outcome;
};

} // namespace ui
