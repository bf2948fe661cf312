#pragma once

#include <QMainWindow>
#include <QPointer>

#include "core/model/Ids.h"
#include "ui/Dialogs.h"

class QAction;
class QScrollArea;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace core {
class HealthMonitor;
struct AppContext;
struct Plan;
} // namespace core

namespace ui {

class ApprovalsActions;
class DeploymentDetailsView;
class EnvironmentOverview;
class HealthDashboard;
class HealthWatch;
class HealthSeriesSource;
class TriggerNotifier;
class InterruptedBanner;
class RunDeploymentDialog;
namespace models {
class DeploymentHistoryModel;
}

// The control room: interrupted-deployment banner, one card per environment with live slot
// health, the deployment history with the selected deployment's steps and log, and the actions
// to deploy, roll back and refresh. What another process changes shows up within seconds.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(core::AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where modal questions go (tests script them). Not owned; nullptr restores message boxes.
    void setDialogs(Dialogs *dialogs);

    // The one health monitor of the open workspace: it alone probes the slots; the cards' health dots, their
    // strips, the dashboard and the trigger watcher all read it (healthWatch().monitor()).
    [[nodiscard]] core::HealthMonitor &healthMonitor() const;
    // What the cards' health strips and the dashboard read: the stored samples plus the monitor's live ones
    // (healthWatch().source()).
    [[nodiscard]] HealthSeriesSource &healthSource() const;
    [[nodiscard]] TriggerNotifier &triggerNotifier() const { return *m_triggers; }
    // The health monitor, trigger watcher and stored-samples source of the open workspace.
    [[nodiscard]] HealthWatch &healthWatch() const { return *m_healthWatch; }

public Q_SLOTS:
    // `environment` (a lookup name) is preselected when given.
    void openDeployWizard(const QString &environment = {});
    // Asks which environment (when there are several), then rolls it back.
    void rollBack();
    void rollBackEnvironment(const QString &environment);
    // Opens (or raises) the health dashboard, on `environment` when given.
    void openHealthDashboard(core::EnvironmentId environment = 0);
    // A rollback trigger fired: status bar (and tray) indication. The monitor's trigger signal calls it.
    void notifyTriggerFired(const QString &environment, const QString &text);
    void resumeDeployment(core::DeploymentId id);
    // Asks which environment (when there are several), then opens its cloud provider settings.
    void openProviderSettings(const QString &environment = {});
    // Re-reads everything from the workspace.
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCentralArea();
    void createStatusBar();
    void connectHealthWatch();
    void reloadBanner();
    void pollExternalChanges();
    void showSelectedDeployment();
    void fitOverviewHeight();
    [[nodiscard]] QString defaultRollbackEnvironment(const QStringList &names) const;
    RunDeploymentDialog *openRunDialog();

    core::AppContext &m_context;
    Dialogs m_defaultDialogs;
    Dialogs *m_dialogs = &m_defaultDialogs;
    QTimer *m_externalPoll;
    InterruptedBanner *m_banner = nullptr;
    EnvironmentOverview *m_overview = nullptr;
    QScrollArea *m_overviewArea = nullptr;
    models::DeploymentHistoryModel *m_history = nullptr;
    QSortFilterProxyModel *m_historyProxy = nullptr;
    QTableView *m_historyView = nullptr;
    DeploymentDetailsView *m_details = nullptr;
    QAction *m_deployAction = nullptr;
    QAction *m_rollbackAction = nullptr;
    QAction *m_refreshAction = nullptr;
    ApprovalsActions *m_approvals = nullptr;
    QAction *m_healthAction = nullptr;
    QPointer<HealthDashboard> m_dashboard;
    TriggerNotifier *m_triggers = nullptr;
    HealthWatch *m_healthWatch = nullptr;
};

} // namespace ui
