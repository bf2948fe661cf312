#include "DeploymentDetailsView.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ProviderRefRepository.h"
#include "core/store/Workspace.h"
#include "ui/LogView.h"
#include "ui/ProviderRefsLabel.h"
#include "ui/StatusText.h"
#include "ui/Theme.h"
#include "ui/models/StepRecordModel.h"

using namespace Qt::StringLiterals;

namespace ui {

DeploymentDetailsView::DeploymentDetailsView(core::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_steps(new models::StepRecordModel(workspace.deployments(), this))
    , m_title(new QLabel(this))
    , m_facts(new QWidget(this))
    , m_release(factLabel(u"detailsRelease"_s))
    , m_slots(factLabel(u"detailsSlots"_s))
    , m_requestedBy(factLabel(u"detailsRequestedBy"_s))
    , m_times(factLabel(u"detailsTimes"_s))
    , m_digest(factLabel(u"detailsDigest"_s))
    , m_error(new QLabel(this))
    , m_providerRefs(new ProviderRefsLabel(this))
    , m_stepsView(new QTableView(this))
    , m_log(new LogView(this))
{
    setObjectName(u"deploymentDetails"_s);
    m_title->setObjectName(u"sectionTitle"_s);
    Theme::makeHeading(m_title, 1.15);
    m_digest->setFont(Theme::monospaceFont());
    m_digest->setSizePolicy(QSizePolicy::Ignored,
                            QSizePolicy::Preferred); // long: may be cut, the tooltip has it
    auto *facts = new QFormLayout(m_facts);
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setHorizontalSpacing(12);
    facts->setVerticalSpacing(3);
    facts->addRow(tr("Release:"), m_release);
    facts->addRow(tr("Slots:"), m_slots);
    facts->addRow(tr("Requested by:"), m_requestedBy);
    facts->addRow(tr("Time:"), m_times);
    facts->addRow(tr("Plan digest:"), m_digest);
    facts->addRow(tr("Providers:"), m_providerRefs);
    m_error->setObjectName(u"detailsError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stepsView->setObjectName(u"stepsView"_s);
    m_stepsView->setModel(m_steps);
    m_stepsView->verticalHeader()->hide();
    m_stepsView->verticalHeader()->setDefaultSectionSize(m_stepsView->fontMetrics().height() + 8);
    m_stepsView->setShowGrid(false);
    m_stepsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepsView->setAlternatingRowColors(true);
    m_stepsView->setWordWrap(false);
    m_stepsView->horizontalHeader()->setStretchLastSection(true);
    m_stepsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stepsView->horizontalHeader()->setSectionResizeMode(models::StepRecordModel::Message,
                                                          QHeaderView::Stretch);
    m_log->setObjectName(u"deploymentLog"_s);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stepsView);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    auto &repository = m_workspace.deployments();
    connect(&repository, &core::DeploymentRepository::deploymentChanged, this,
            &DeploymentDetailsView::deploymentChanged);
    connect(&repository, &core::DeploymentRepository::stepChanged, this,
            &DeploymentDetailsView::deploymentChanged);
    showDeployment(0);
}

void DeploymentDetailsView::showDeployment(core::DeploymentId id)
{
    m_deploymentId = id;
    m_steps->setDeployment(id);
    reload();
}

void DeploymentDetailsView::reload()
{
    reloadSummary();
    reloadLog();
}

void DeploymentDetailsView::deploymentChanged(core::DeploymentId id)
{
    if (id == m_deploymentId && id > 0)
        reload();
}

QLabel *DeploymentDetailsView::factLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void DeploymentDetailsView::reloadSummary()
{
    m_error->hide();
    m_facts->setVisible(m_deploymentId > 0);
    if (m_deploymentId <= 0) {
        m_title->setText(tr("Select a deployment to see its steps and log"));
        return;
    }
    auto d = m_workspace.deployments().get(m_deploymentId);
    if (!d.ok()) {
        m_title->setText(tr("Deployment #%1").arg(m_deploymentId));
        m_facts->hide();
        m_error->setText(d.error().message);
        m_error->show();
        return;
    }
    auto env = m_workspace.environments().get(d->environmentId);
    const QString envName = env.ok() ? env->name : QString::number(d->environmentId);
    m_title->setText(d->kind == core::DeploymentKind::Rollback
                         ? tr("Rollback #%1 · %2 · %3").arg(d->id).arg(envName, StatusText::of(d->status))
                         : tr("Deployment #%1 · %2 · %3").arg(d->id).arg(envName, StatusText::of(d->status)));
    m_release->setText(d->rollbackOf
                           ? tr("%1 (rolls back deployment #%2)").arg(d->version).arg(*d->rollbackOf)
                           : d->version);
    m_slots->setText(StatusText::transition(StatusText::slotWithVersion(d->fromSlot, d->fromVersion),
                                            StatusText::slotWithVersion(d->toSlot, d->version)));
    m_requestedBy->setText(d->requestedBy.isEmpty() ? StatusText::none() : d->requestedBy);
    m_times->setText(d->finishedAt.isValid()
                         ? tr("%1, took %2")
                               .arg(StatusText::dateTime(d->startedAt),
                                    StatusText::duration(d->startedAt.msecsTo(d->finishedAt)))
                         : tr("%1, not finished").arg(StatusText::dateTime(d->startedAt)));
    m_digest->setText(d->planDigest.isEmpty() ? StatusText::none() : d->planDigest);
    m_digest->setToolTip(d->planDigest);
    // What the providers call this deployment's work (Vercel deployment ids, …), as links.
    auto refs = core::ProviderRefRepository(m_workspace).list(d->id);
    m_providerRefs->setRefs(refs.ok() ? *refs : QList<core::ProviderRef>{});
    if (auto *form = qobject_cast<QFormLayout *>(m_facts->layout()))
        form->setRowVisible(m_providerRefs, refs.ok() && !refs->isEmpty());
    if (!d->error.isEmpty()) {
        m_error->setText(d->error);
        m_error->show();
    }
}

void DeploymentDetailsView::reloadLog()
{
    m_log->clear();
    if (m_deploymentId <= 0)
        return;
    auto lines = m_workspace.deployments().log(m_deploymentId);
    if (!lines.ok()) {
        m_log->appendLine(QDateTime::currentDateTime(), {}, u"err"_s, lines.error().message);
        return;
    }
    for (const core::LogLine &line : *lines)
        m_log->appendLine(line.at, line.step, line.stream, line.line);
}

} // namespace ui
