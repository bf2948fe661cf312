#include "DeploymentRunView.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/AppContext.h"
#include "core/engine/DeploymentSession.h"
#include "core/engine/ResumePolicy.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"
#include "ui/LogView.h"
#include "ui/PlanText.h"
#include "ui/StatusText.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

enum ItemData
{
    StartedAtRole = Qt::UserRole,
    StatusRole,
    SummaryRole
};
enum StepColumn
{
    NameColumn,
    DetailColumn,
    TimeColumn
};

bool isDone(core::StepStatus status)
{
    return status == core::StepStatus::Succeeded || status == core::StepStatus::Failed ||
           status == core::StepStatus::Skipped;
}

} // namespace

DeploymentRunView::DeploymentRunView(core::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_state(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_resume(new QPushButton(Theme::icon(u"resume"_s), QString(), this))
    , m_log(new LogView(this))
{
    setObjectName(u"deploymentRunView"_s);
    m_heading->setObjectName(u"runHeading"_s);
    m_heading->setWordWrap(true);
    Theme::makeHeading(m_heading, 1.15);
    m_state->setObjectName(u"runState"_s);
    m_state->setWordWrap(true);

    m_steps->setObjectName(u"runSteps"_s);
    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({tr("Step"), tr("Details"), tr("Time")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);

    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m steps"));
    m_log->setObjectName(u"runLog"_s);
    m_resume->setObjectName(u"resumeFailedButton"_s);
    m_resume->setToolTip(tr("Run the failed step again (a failed switch first verifies the standby again), "
                            "then the steps after it. Traffic stays where it is until the switch."));
    m_resume->hide();
    connect(m_resume, &QPushButton::clicked, this, &DeploymentRunView::resumeFailed);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_resume, 0, Qt::AlignTop);
    layout->addLayout(stateRow);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);
}

DeploymentRunView::~DeploymentRunView() = default;

void DeploymentRunView::runDeploy(const core::Plan &plan)
{
    begin({});
    adoptPlan(plan);
    m_session->deploy(plan);
}

void DeploymentRunView::runRollback(const core::Plan &plan)
{
    begin({});
    adoptPlan(plan);
    m_session->rollback(plan);
}

void DeploymentRunView::runResume(core::DeploymentId id)
{
    begin(tr("Resuming deployment #%1").arg(id));
    m_outcome.deploymentId = id;
    if (auto d = m_context.workspace.deployments().get(id); d.ok()) {
        auto env = m_context.workspace.environments().get(d->environmentId);
        m_outcome.kind = d->kind;
        m_outcome.environment = env.ok() ? env->name : QString();
        m_outcome.version = d->version;
        m_outcome.fromSlot = d->fromSlot;
        m_outcome.toSlot = d->toSlot;
    }
    m_session->resume(id);
}

void DeploymentRunView::begin(const QString &heading)
{
    Q_ASSERT(!m_running);
    if (m_session)
        m_session->deleteLater(); // it may be the sender of the signal that led here
    m_session = new core::DeploymentSession(m_context.workspace, m_context.nam, m_context.user, this);
    connect(m_session, &core::DeploymentSession::deploymentStarted, this,
            &DeploymentRunView::deploymentStarted);
    connect(m_session, &core::DeploymentSession::stepStarted, this, &DeploymentRunView::stepStarted);
    connect(m_session, &core::DeploymentSession::stepFinished, this, &DeploymentRunView::stepFinished);
    connect(m_session, &core::DeploymentSession::logLine, this, &DeploymentRunView::logLine);
    connect(m_session, &core::DeploymentSession::rolledBack, this, &DeploymentRunView::rolledBack);
    connect(m_session, &core::DeploymentSession::finished, this, &DeploymentRunView::sessionFinished);

    m_resume->hide();
    m_steps->clear();
    m_sections.clear();
    m_log->clear();
    m_outcome = RunOutcome{};
    m_heading->setText(heading);
    showState(tr("Starting…"));
    updateProgress();
    m_running = true;
    Q_EMIT runningChanged(true);
}

void DeploymentRunView::adoptPlan(const core::Plan &plan)
{
    m_outcome.kind = plan.kind;
    m_outcome.environment = plan.environment;
    m_outcome.version = plan.version;
    m_outcome.fromSlot = plan.fromSlot;
    m_outcome.toSlot = plan.toSlot;
    m_heading->setText(tr("%1 · %2").arg(PlanText::title(plan), PlanText::transition(plan)));
}

void DeploymentRunView::deploymentStarted(core::DeploymentId id, const core::Plan &plan)
{
    if (m_sections.isEmpty()) {
        adoptPlan(plan);
        m_outcome.deploymentId = id;
    } else {
        m_outcome.rollbackId = id;
        auto *header = new QTreeWidgetItem(
            m_steps, {tr("Automatic rollback #%1 · %2").arg(id).arg(PlanText::transition(plan))});
        header->setFlags(Qt::ItemIsEnabled);
        header->setFirstColumnSpanned(true);
        QFont bold = header->font(NameColumn);
        bold.setBold(true);
        header->setFont(NameColumn, bold);
        header->setIcon(NameColumn, Theme::icon(u"rollback"_s));
    }
    addSection(id, plan);
    markJournaledSteps(id);
    updateProgress();
}

void DeploymentRunView::addSection(core::DeploymentId id, const core::Plan &plan)
{
    m_sections.insert(id, Section{m_steps->topLevelItemCount(), int(plan.steps.size())});
    for (const core::PlanStep &step : plan.steps) {
        auto *item = new QTreeWidgetItem(m_steps, {step.name, step.summary, QString()});
        item->setData(DetailColumn, SummaryRole, step.summary);
        item->setToolTip(DetailColumn, step.actions.join(u'\n'));
        item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
        setStepStatus(item, core::StepStatus::Pending);
    }
}

void DeploymentRunView::markJournaledSteps(core::DeploymentId id)
{
    auto records = m_context.workspace.deployments().steps(id);
    if (!records.ok())
        return;
    for (const core::StepRecord &record : *records) {
        if (QTreeWidgetItem *item = stepItem(id, record.seq); item && isDone(record.status))
            setStepStatus(item, record.status, record.message);
    }
}

void DeploymentRunView::stepStarted(core::DeploymentId id, int index, const QString &name)
{
    QTreeWidgetItem *item = stepItem(id, index);
    if (!item)
        return;
    item->setData(NameColumn, StartedAtRole, QDateTime::currentMSecsSinceEpoch());
    item->setText(TimeColumn, QString());
    setStepStatus(item, core::StepStatus::Running);
    m_steps->scrollToItem(item);
    const QString summary = item->data(DetailColumn, SummaryRole).toString();
    showState(
        tr("Step %1 of %2: %3 — %4").arg(index + 1).arg(m_sections.value(id).stepCount).arg(name, summary));
}

void DeploymentRunView::stepFinished(
    core::DeploymentId id, int index, const QString &name, core::StepStatus status, const QString &message)
{
    QTreeWidgetItem *item = stepItem(id, index);
    if (item) {
        const QVariant startedAt = item->data(NameColumn, StartedAtRole);
        if (startedAt.isValid())
            item->setText(TimeColumn,
                          StatusText::duration(QDateTime::currentMSecsSinceEpoch() - startedAt.toLongLong()));
        setStepStatus(item, status, message);
    }
    // A step left pending (the approvals step awaiting approval) also ends the run where it is.
    if ((status == core::StepStatus::Failed || status == core::StepStatus::Pending) &&
        id == m_outcome.deploymentId && m_outcome.failedStep.isEmpty()) {
        m_outcome.failedStep = name;
        m_outcome.error = message;
    }
    updateProgress();
}

void DeploymentRunView::logLine(core::DeploymentId,
                                const QString &step,
                                const QString &line,
                                const QString &stream)
{
    m_log->appendLine(QDateTime::currentDateTime(), step, stream, line);
}

void DeploymentRunView::rolledBack(core::DeploymentId id, const core::Status &status)
{
    m_outcome.rollbackId = id;
    m_outcome.rollbackSucceeded = status.ok();
    m_outcome.rollbackError = status.ok() ? QString() : status.error().message;
}

void DeploymentRunView::sessionFinished(const core::Status &status)
{
    m_outcome.finished = true;
    m_outcome.succeeded = status.ok();
    if (!status.ok())
        m_outcome.error = status.error().message;
    m_running = false;
    updateProgress();
    const bool resumable = !status.ok() && m_outcome.deploymentId > 0 && m_outcome.rollbackId == 0 &&
                           core::ResumePolicy::isResumableCode(status.error().code);
    showState(resumable ? tr("%1\nThe provider failed; traffic was not switched to an unverified slot. Once "
                             "the provider has recovered (or the token is stored), resume this deployment.")
                              .arg(m_outcome.headline())
                        : m_outcome.headline());
    m_resume->setText(tr("Resume deployment #%1").arg(m_outcome.deploymentId));
    m_resume->setVisible(resumable);
    Q_EMIT runningChanged(false);
    Q_EMIT finished(m_outcome);
}

void DeploymentRunView::setStepStatus(QTreeWidgetItem *item, core::StepStatus status, const QString &message)
{
    item->setIcon(NameColumn, Theme::stepIcon(status));
    item->setData(NameColumn, StatusRole, int(status));
    item->setToolTip(NameColumn, StatusText::of(status));
    const QString summary = item->data(DetailColumn, SummaryRole).toString();
    item->setText(DetailColumn, message.isEmpty() ? summary : message);
    item->setForeground(
        DetailColumn, status == core::StepStatus::Failed ? QBrush(Theme::color(Theme::Tone::Bad)) : QBrush());
}

QTreeWidgetItem *DeploymentRunView::stepItem(core::DeploymentId id, int index) const
{
    const auto it = m_sections.constFind(id);
    if (it == m_sections.constEnd() || index < 0 || index >= it->stepCount)
        return nullptr;
    return m_steps->topLevelItem(it->firstRow + index);
}

void DeploymentRunView::updateProgress()
{
    int total = 0;
    int done = 0;
    for (const Section &section : std::as_const(m_sections)) {
        total += section.stepCount;
        for (int i = 0; i < section.stepCount; ++i) {
            const QTreeWidgetItem *item = m_steps->topLevelItem(section.firstRow + i);
            if (item && isDone(core::StepStatus(item->data(NameColumn, StatusRole).toInt())))
                ++done;
        }
    }
    m_progress->setRange(0, qMax(1, total));
    m_progress->setTextVisible(total > 0);
    m_progress->setValue(m_outcome.finished && m_outcome.succeeded ? qMax(1, total) : done);
}

void DeploymentRunView::resumeFailed()
{
    if (!m_running && m_outcome.deploymentId > 0)
        runResume(m_outcome.deploymentId);
}

void DeploymentRunView::showState(const QString &text)
{
    m_state->setText(text);
}

} // namespace ui
