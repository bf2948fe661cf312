#include "MainWindow.h"

#include <algorithm>

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/AppContext.h"
#include "core/engine/Planner.h"
#include "core/health/HealthMonitor.h"
#include "core/policy/TriggerWatcher.h"
#include "core/providers/ProviderConnectionTester.h"
#include "core/secrets/ProviderTokens.h"
#include "core/secrets/SecretStore.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/Workspace.h"
#include "ui/ApprovalsActions.h"
#include "ui/DeployWizard.h"
#include "ui/DeploymentDetailsView.h"
#include "ui/DeploymentRunView.h"
#include "ui/EnvironmentNames.h"
#include "ui/EnvironmentOverview.h"
#include "ui/HealthDashboard.h"
#include "ui/InterruptedBanner.h"
#include "ui/MigrationsView.h"
#include "ui/PlanText.h"
#include "ui/ProviderSettingsDialog.h"
#include "ui/RunDeploymentDialog.h"
#include "ui/Theme.h"
#include "ui/TriggerNotifier.h"
#include "ui/TriggerSettingsDialog.h"
#include "ui/health/HealthWatch.h"
#include "ui/health/StoredHealthSource.h"
#include "ui/leadership/LeadershipWindow.h"
#include "ui/models/DeploymentHistoryModel.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr int kExternalPollMs = 2000;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(u"sectionTitle"_s);
    Theme::makeHeading(label, 1.15);
    return label;
}

} // namespace

MainWindow::MainWindow(core::AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_externalPoll(new QTimer(this))
    , m_healthWatch(new HealthWatch(context, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Switchyard — %1").arg(QFileInfo(m_context.workspace.location()).fileName()));
    setWindowIcon(Theme::icon(u"switchyard"_s));
    setStyleSheet(Theme::styleSheet());
    resize(1200, 760);

    createActions();
    createCentralArea();
    createStatusBar();

    m_externalPoll->setInterval(kExternalPollMs);
    connect(m_externalPoll, &QTimer::timeout, this, &MainWindow::pollExternalChanges);
    m_externalPoll->start();
    reloadBanner();
    fitOverviewHeight();
    connectHealthWatch();
    m_healthWatch->start();
}

void MainWindow::connectHealthWatch()
{
    const core::TriggerWatcher *watcher = &m_healthWatch->watcher();
    connect(watcher, &core::TriggerWatcher::triggerFired, this, [this](const core::TriggerEvent &e) {
        notifyTriggerFired(e.environment, tr("%1 on slot %2 (%3)").arg(e.summary, e.slot, e.version));
    });
    connect(watcher, &core::TriggerWatcher::rollbackFinished, this,
            [this](const core::TriggerEvent &e, core::DeploymentId id, const core::Status &status) {
                notifyTriggerFired(e.environment,
                                   status.ok() ? tr("rolled back automatically (deployment #%1)").arg(id)
                                               : tr("automatic rollback #%1 failed: %2")
                                                     .arg(QString::number(id), status.error().message));
                refresh();
            });
    connect(watcher, &core::TriggerWatcher::rollbackBlocked, this,
            [this](const core::TriggerEvent &e, const QString &reason) {
                notifyTriggerFired(e.environment, reason);
            });
}

MainWindow::~MainWindow() = default;

void MainWindow::setDialogs(Dialogs *dialogs)
{
    m_dialogs = dialogs ? dialogs : &m_defaultDialogs;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const auto runs = findChildren<DeploymentRunView *>();
    const bool running =
        std::any_of(runs.cbegin(), runs.cend(), [](const DeploymentRunView *v) { return v->isRunning(); });
    if (running &&
        !m_dialogs->confirm(this, tr("Quit while a deployment runs?"),
                            tr("A deployment is still running. If you quit now it stops where it is and "
                               "shows as interrupted; you can resume it or roll it back later."),
                            tr("Quit anyway"))) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    m_deployAction = new QAction(Theme::icon(u"deploy"_s), tr("&Deploy…"), this);
    m_deployAction->setObjectName(u"deployAction"_s);
    m_deployAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deployAction->setToolTip(tr("Deploy a release to an environment (Ctrl+D)"));
    connect(m_deployAction, &QAction::triggered, this, [this] { openDeployWizard(); });

    m_rollbackAction = new QAction(Theme::icon(u"rollback"_s), tr("&Roll back…"), this);
    m_rollbackAction->setObjectName(u"rollbackAction"_s);
    m_rollbackAction->setToolTip(tr("Move an environment's traffic back to its previous slot"));
    connect(m_rollbackAction, &QAction::triggered, this, &MainWindow::rollBack);

    m_refreshAction = new QAction(Theme::icon(u"refresh"_s), tr("Re&fresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    auto *migrationsAction = new QAction(Theme::icon(u"database"_s), tr("&Migrations…"), this);
    migrationsAction->setObjectName(u"migrationsAction"_s);
    migrationsAction->setToolTip(
        tr("Applied and pending database migrations per environment, with lint findings"));
    connect(migrationsAction, &QAction::triggered, this, [this] {
        auto *view = new MigrationsView(m_context, this);
        view->setWindowFlag(Qt::Window);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->resize(1200, 720);
        view->show();
    });

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &MainWindow::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(quitAction);
    m_healthAction = new QAction(Theme::icon(u"health-chart"_s), tr("&Health dashboard"), this);
    m_healthAction->setObjectName(u"healthAction"_s);
    m_healthAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_healthAction->setToolTip(tr("Latency, error rate and status of every slot over time (Ctrl+H)"));
    connect(m_healthAction, &QAction::triggered, this, [this] { openHealthDashboard(); });

    QMenu *deployment = menuBar()->addMenu(tr("&Deployment"));
    deployment->addAction(m_deployAction);
    deployment->addAction(m_rollbackAction);
    deployment
        ->addAction(tr("Rollback &triggers…"), this,
                    [this] { TriggerSettingsDialog(m_context.workspace, 0, this).exec(); })
        ->setObjectName(u"triggerSettingsAction"_s);
    deployment->addAction(migrationsAction);
    auto *providersAction = new QAction(tr("Cloud &providers…"), this);
    providersAction->setObjectName(u"providerSettingsAction"_s);
    providersAction->setToolTip(tr("Provider settings, API tokens and connection tests of an environment"));
    connect(providersAction, &QAction::triggered, this, [this] { openProviderSettings(); });
    deployment->addAction(providersAction);
    deployment->addSeparator();
    deployment->addAction(m_refreshAction);
    // Incidents and the leadership view (issue 7): a window of its own, in the release manager's mode.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *incidents = view->addAction(tr("&Incidents and leadership view"));
    incidents->setObjectName(u"incidentsAction"_s);
    connect(incidents, &QAction::triggered, this, [this] {
        auto *window = new LeadershipWindow(m_context, false);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    view->addAction(m_healthAction);

    QToolBar *toolBar = addToolBar(tr("Deployment"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_deployAction);
    toolBar->addAction(m_rollbackAction);
    toolBar->addAction(migrationsAction);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_healthAction);
    m_approvals = new ApprovalsActions(m_context, this, toolBar);
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    m_banner = new InterruptedBanner(central);
    connect(m_banner, &InterruptedBanner::resumeRequested, this, &MainWindow::resumeDeployment);
    connect(m_banner, &InterruptedBanner::rollbackRequested, this, &MainWindow::rollBackEnvironment);

    m_overview =
        new EnvironmentOverview(m_context.workspace, m_context.nam, m_healthWatch->monitor(), central);
    connect(m_overview, &EnvironmentOverview::deployRequested, this, &MainWindow::openDeployWizard);
    connect(m_overview, &EnvironmentOverview::rollbackRequested, this, &MainWindow::rollBackEnvironment);
    connect(m_overview, &EnvironmentOverview::healthRequested, this, &MainWindow::openHealthDashboard);
    m_overview->setHealthSource(&m_healthWatch->source());
    m_overviewArea = new QScrollArea(central);
    m_overviewArea->setObjectName(u"environmentOverviewArea"_s);
    m_overviewArea->setWidget(m_overview);
    m_overviewArea->setWidgetResizable(true);
    m_overviewArea->setFrameShape(QFrame::NoFrame);
    m_overviewArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_overviewArea->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_history = new models::DeploymentHistoryModel(m_context.workspace, this);
    m_historyProxy = new QSortFilterProxyModel(this);
    m_historyProxy->setSourceModel(m_history);
    m_historyProxy->setSortRole(models::DeploymentHistoryModel::SortRole);
    m_historyView = new QTableView(central);
    m_historyView->setObjectName(u"historyView"_s);
    m_historyView->setModel(m_historyProxy);
    m_historyView->setSortingEnabled(true);
    m_historyView->sortByColumn(models::DeploymentHistoryModel::Started, Qt::DescendingOrder);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setWordWrap(false);
    m_historyView->setShowGrid(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setDefaultSectionSize(m_historyView->fontMetrics().height() + 10);
    m_historyView->horizontalHeader()->setHighlightSections(false);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedDeployment);
    m_details = new DeploymentDetailsView(m_context.workspace, central);

    auto *historyPane = new QWidget(central);
    auto *historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(sectionTitle(tr("Deployment history"), historyPane));
    historyLayout->addWidget(m_historyView, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(u"historySplitter"_s);
    splitter->addWidget(historyPane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 470});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(14, 12, 14, 8);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(sectionTitle(tr("Environments"), central));
    layout->addWidget(m_overviewArea);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    if (m_historyProxy->rowCount() > 0)
        m_historyView->selectRow(0);
}

void MainWindow::createStatusBar()
{
    auto *workspace = new QLabel(tr("Workspace: %1").arg(m_context.workspace.location()), this);
    workspace->setObjectName(u"workspaceLabel"_s);
    workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *user = new QLabel(tr("User: %1").arg(m_context.user), this);
    user->setObjectName(u"userLabel"_s);
    statusBar()->addWidget(workspace, 1);
    statusBar()->addPermanentWidget(user);
    m_triggers = new TriggerNotifier(statusBar(), this);
}

core::HealthMonitor &MainWindow::healthMonitor() const
{
    return m_healthWatch->monitor();
}

HealthSeriesSource &MainWindow::healthSource() const
{
    return m_healthWatch->source();
}

void MainWindow::openHealthDashboard(core::EnvironmentId environment)
{
    auto environments = EnvironmentNames::list(m_context.workspace);
    if (!environments.ok()) {
        m_dialogs->showError(this, tr("Cannot open the health dashboard"), environments.error().message);
        return;
    }
    QList<HealthDashboard::EnvironmentEntry> entries;
    for (const EnvironmentNames::Entry &entry : *environments)
        entries << HealthDashboard::EnvironmentEntry{entry.lookupName, entry.environment.id};
    if (!m_dashboard) {
        m_dashboard = new HealthDashboard(m_healthWatch->source(), this);
        m_dashboard->setWindowFlag(Qt::Window);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        m_dashboard->setStyleSheet(Theme::styleSheet());
    }
    m_dashboard->setEnvironments(entries);
    if (environment == 0 && !entries.isEmpty()) {
        QStringList names;
        for (const HealthDashboard::EnvironmentEntry &entry : std::as_const(entries))
            names << entry.name;
        environment = entries.at(names.indexOf(defaultRollbackEnvironment(names))).id;
    }
    m_dashboard->showEnvironment(environment);
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void MainWindow::notifyTriggerFired(const QString &environment, const QString &text)
{
    m_triggers->notify(environment, text);
}

void MainWindow::openDeployWizard(const QString &environment)
{
    auto *wizard = new DeployWizard(m_context, environment, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &DeployWizard::deploymentFinished, this, &MainWindow::refresh);
    connect(wizard, &DeployWizard::resumeRequested, this, &MainWindow::resumeDeployment);
    wizard->open();
}

void MainWindow::rollBack()
{
    auto environments = EnvironmentNames::list(m_context.workspace);
    if (!environments.ok()) {
        m_dialogs->showError(this, tr("Cannot roll back"), environments.error().message);
        return;
    }
    QStringList names;
    for (const EnvironmentNames::Entry &entry : *environments)
        names << entry.lookupName;
    if (names.isEmpty()) {
        m_dialogs->showError(this, tr("Cannot roll back"), tr("This workspace has no environments."));
        return;
    }
    QString chosen = names.first();
    if (names.size() > 1) {
        chosen = m_dialogs->chooseItem(this, tr("Roll back"), tr("Environment to roll back:"), names,
                                       int(names.indexOf(defaultRollbackEnvironment(names))));
    }
    if (!chosen.isEmpty())
        rollBackEnvironment(chosen);
}

void MainWindow::openProviderSettings(const QString &environment)
{
    auto environments = EnvironmentNames::list(m_context.workspace);
    if (!environments.ok() || environments->isEmpty()) {
        m_dialogs->showError(this, tr("Cloud providers"),
                             environments.ok() ? tr("This workspace has no environments.")
                                               : environments.error().message);
        return;
    }
    QStringList names;
    for (const EnvironmentNames::Entry &entry : *environments)
        names << entry.lookupName;
    QString chosen = environment.isEmpty() ? names.first() : environment;
    if (environment.isEmpty() && names.size() > 1) {
        chosen = m_dialogs->chooseItem(this, tr("Cloud providers"), tr("Environment:"), names,
                                       int(names.indexOf(defaultRollbackEnvironment(names))));
    }
    const qsizetype index = names.indexOf(chosen);
    if (index < 0)
        return;
    auto *store = new core::SecretStore(QString::fromLatin1(core::ProviderTokens::kKeychainService));
    auto *tokens = new core::ProviderTokens(*store);
    auto *tester = new core::ProviderConnectionTester(m_context.nam, *tokens);
    auto *dialog = new ProviderSettingsDialog(m_context.workspace, environments->at(index).environment.id,
                                              *tokens, tester, this);
    // Deleted with the dialog, after it (children go after the dialog's own widgets).
    store->setParent(dialog);
    tokens->setParent(dialog);
    tester->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString MainWindow::defaultRollbackEnvironment(const QStringList &names) const
{
    for (const QString &name : names) {
        if (name == u"production" || name.endsWith(u"/production"))
            return name;
    }
    return names.last();
}

void MainWindow::rollBackEnvironment(const QString &environment)
{
    auto plan = core::Planner(m_context.workspace, m_context.nam).planRollback(environment);
    if (!plan.ok()) {
        m_dialogs->showError(this, tr("Cannot roll back %1").arg(environment), plan.error().message);
        return;
    }
    if (!m_dialogs->confirm(this, tr("Roll back %1?").arg(plan->environment),
                            PlanText::rollbackConfirmation(*plan), tr("Roll back")))
        return;
    openRunDialog()->runRollback(*plan);
}

void MainWindow::resumeDeployment(core::DeploymentId id)
{
    auto deployment = m_context.workspace.deployments().get(id);
    if (!deployment.ok()) {
        m_dialogs->showError(this, tr("Cannot resume deployment #%1").arg(id), deployment.error().message);
        return;
    }
    const QString text = deployment->currentStep.isEmpty()
                             ? tr("Deployment #%1 starts again from its first step.").arg(id)
                             : tr("Deployment #%1 continues with step “%2”, which runs again from its start "
                                  "(steps are idempotent), "
                                  "then the steps after it.")
                                   .arg(id)
                                   .arg(deployment->currentStep);
    if (!m_dialogs->confirm(this, tr("Resume deployment #%1?").arg(id), text, tr("Resume")))
        return;
    openRunDialog()->runResume(id);
}

RunDeploymentDialog *MainWindow::openRunDialog()
{
    auto *dialog = new RunDeploymentDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RunDeploymentDialog::runFinished, this, &MainWindow::refresh);
    dialog->open();
    return dialog;
}

void MainWindow::refresh()
{
    const QModelIndex current = m_historyView->currentIndex();
    const auto selected = current.isValid()
                              ? current.data(models::DeploymentHistoryModel::DeploymentIdRole).toLongLong()
                              : core::DeploymentId(0);
    m_overview->reload();
    m_history->reload();
    m_approvals->refresh();
    reloadBanner();
    fitOverviewHeight();
    m_healthWatch->monitor().probeNow();
    if (selected > 0 && m_history->rowOf(selected) >= 0)
        m_historyView->selectRow(
            m_historyProxy->mapFromSource(m_history->index(m_history->rowOf(selected), 0)).row());
    m_details->reload();
}

void MainWindow::reloadBanner()
{
    auto interrupted = core::Planner(m_context.workspace, m_context.nam).interrupted();
    if (!interrupted.ok()) {
        m_banner->setInterrupted({}, {});
        statusBar()->showMessage(interrupted.error().message, 10000);
        return;
    }
    const QString environment =
        interrupted->isEmpty() ? QString()
                               : EnvironmentNames::lookupName(m_context.workspace,
                                                              interrupted->first().deployment.environmentId);
    m_banner->setInterrupted(*interrupted, environment);
    QSet<core::DeploymentId> ids;
    for (const core::InterruptedDeployment &i : std::as_const(*interrupted))
        ids.insert(i.deployment.id);
    m_history->setInterrupted(ids);
}

void MainWindow::pollExternalChanges()
{
    if (m_context.workspace.changedExternally())
        refresh();
}

void MainWindow::showSelectedDeployment()
{
    const QModelIndex current = m_historyView->currentIndex();
    m_details->showDeployment(
        current.isValid() ? current.data(models::DeploymentHistoryModel::DeploymentIdRole).toLongLong() : 0);
}

void MainWindow::fitOverviewHeight()
{
    const int scrollBar = m_overviewArea->horizontalScrollBar()->sizeHint().height();
    m_overviewArea->setFixedHeight(m_overview->sizeHint().height() + scrollBar);
}

} // namespace ui
