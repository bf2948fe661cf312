#include "DeploymentHistoryModel.h"

#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"
#include "ui/StatusText.h"
#include "ui/Theme.h"
#include "ui/UiLogging.h"

using namespace Qt::StringLiterals;

namespace ui::models {

namespace {

// Newest first: by start time, then by id.
bool isNewer(const core::Deployment &a, const core::Deployment &b)
{
    if (a.startedAt != b.startedAt)
        return a.startedAt > b.startedAt;
    return a.id > b.id;
}

} // namespace

DeploymentHistoryModel::DeploymentHistoryModel(core::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &DeploymentHistoryModel::tickRunning);
    core::DeploymentRepository &repository = m_workspace.deployments();
    connect(&repository, &core::DeploymentRepository::deploymentAdded, this,
            &DeploymentHistoryModel::addDeployment);
    connect(&repository, &core::DeploymentRepository::deploymentChanged, this,
            &DeploymentHistoryModel::updateDeployment);
    connect(&repository, &core::DeploymentRepository::stepChanged, this,
            &DeploymentHistoryModel::updateDeployment);
    loadEnvironmentNames();
    auto all = m_workspace.deployments().list();
    if (all.ok())
        m_rows = *all;
    else
        qCWarning(lcUi) << "deployment history:" << all.error().toString();
    updateClock();
}

DeploymentHistoryModel::~DeploymentHistoryModel() = default;

int DeploymentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeploymentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Deployment &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(d, index.column());
    case SortRole:
        return sortData(d, index.column());
    case StatusColorRole:
        return Theme::color(Theme::toneOf(d.status));
    case DeploymentIdRole:
        return d.id;
    case Qt::DecorationRole:
        return index.column() == Status ? QVariant(Theme::dot(Theme::toneOf(d.status))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Status && !d.error.isEmpty())
            return d.error;
        if (index.column() == Kind && d.rollbackOf)
            return tr("Rolls back deployment #%1").arg(*d.rollbackOf);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DeploymentHistoryModel::displayData(const core::Deployment &d, int column) const
{
    switch (column) {
    case Id:
        return tr("#%1").arg(d.id);
    case Environment:
        return environmentName(d.environmentId);
    case Kind:
        return StatusText::of(d.kind);
    case Version:
        return d.version;
    case Slots:
        return StatusText::transition(d.fromSlot, d.toSlot);
    case Status:
        if (d.status == core::DeploymentStatus::Running && m_interrupted.contains(d.id))
            return d.currentStep == u"approvals" ? tr("Awaiting approval")
                                                 : tr("Interrupted · %1").arg(d.currentStep);
        if (d.status == core::DeploymentStatus::Running && !d.currentStep.isEmpty())
            return tr("%1 · %2").arg(StatusText::of(d.status), d.currentStep);
        return StatusText::of(d.status);
    case Started:
        return StatusText::dateTime(d.startedAt);
    case Duration:
        return StatusText::duration(durationMs(d));
    case RequestedBy:
        return d.requestedBy;
    default:
        return {};
    }
}

QVariant DeploymentHistoryModel::sortData(const core::Deployment &d, int column) const
{
    switch (column) {
    case Id:
        return d.id;
    case Environment:
        return environmentName(d.environmentId);
    case Kind:
        return int(d.kind);
    case Version:
        return d.version;
    case Slots:
        return StatusText::transition(d.fromSlot, d.toSlot);
    case Status:
        return int(d.status);
    case Started:
        return d.startedAt.isValid() ? d.startedAt.toMSecsSinceEpoch() : qint64(0);
    case Duration:
        return durationMs(d);
    case RequestedBy:
        return d.requestedBy;
    default:
        return {};
    }
}

QVariant DeploymentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case Environment:
        return tr("Environment");
    case Kind:
        return tr("Kind");
    case Version:
        return tr("Version");
    case Slots:
        return tr("Slots");
    case Status:
        return tr("Status");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case RequestedBy:
        return tr("Requested by");
    default:
        return {};
    }
}

int DeploymentHistoryModel::rowOf(core::DeploymentId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void DeploymentHistoryModel::reload()
{
    auto fresh = m_workspace.deployments().list();
    if (!fresh.ok()) {
        qCWarning(lcUi) << "deployment history:" << fresh.error().toString();
        return;
    }
    loadEnvironmentNames();
    const QList<core::Deployment> &rows = *fresh;
    const qsizetype added = rows.size() - m_rows.size();
    bool sameTail = added >= 0;
    for (qsizetype i = 0; sameTail && i < m_rows.size(); ++i)
        sameTail = rows.at(added + i).id == m_rows.at(i).id;
    if (!sameTail) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        if (added > 0) {
            beginInsertRows({}, 0, int(added - 1));
            m_rows = rows.mid(0, added) + m_rows;
            endInsertRows();
        }
        for (qsizetype i = added; i < rows.size(); ++i)
            m_rows[i] = rows.at(i);
        if (rows.size() > added)
            Q_EMIT dataChanged(index(int(added), 0), index(int(rows.size() - 1), ColumnCount - 1));
    }
    updateClock();
}

void DeploymentHistoryModel::addDeployment(core::DeploymentId id)
{
    if (rowOf(id) >= 0)
        return updateDeployment(id);
    auto deployment = m_workspace.deployments().get(id);
    if (!deployment.ok()) {
        qCWarning(lcUi) << "deployment history:" << deployment.error().toString();
        return;
    }
    if (!m_environmentNames.contains(deployment->environmentId))
        loadEnvironmentNames();
    int row = 0;
    while (row < m_rows.size() && !isNewer(*deployment, m_rows.at(row)))
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, *deployment);
    endInsertRows();
    updateClock();
}

void DeploymentHistoryModel::updateDeployment(core::DeploymentId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return addDeployment(id);
    auto deployment = m_workspace.deployments().get(id);
    if (!deployment.ok())
        return;
    m_rows[row] = *deployment;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    updateClock();
}

void DeploymentHistoryModel::setInterrupted(const QSet<core::DeploymentId> &ids)
{
    if (ids == m_interrupted)
        return;
    const QSet<core::DeploymentId> changed = (ids - m_interrupted) + (m_interrupted - ids);
    m_interrupted = ids;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (changed.contains(m_rows.at(row).id))
            Q_EMIT dataChanged(index(row, Status), index(row, Status));
    }
}

void DeploymentHistoryModel::tickRunning()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).status == core::DeploymentStatus::Running)
            Q_EMIT dataChanged(index(row, Duration), index(row, Duration), {Qt::DisplayRole, SortRole});
    }
}

void DeploymentHistoryModel::updateClock()
{
    const bool anyRunning = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const core::Deployment &d) {
        return d.status == core::DeploymentStatus::Running;
    });
    if (anyRunning && !m_clock.isActive())
        m_clock.start();
    else if (!anyRunning)
        m_clock.stop();
}

QString DeploymentHistoryModel::environmentName(core::EnvironmentId id) const
{
    return m_environmentNames.value(id, tr("environment %1").arg(id));
}

qint64 DeploymentHistoryModel::durationMs(const core::Deployment &d)
{
    if (!d.startedAt.isValid())
        return -1;
    const QDateTime end = d.finishedAt.isValid() ? d.finishedAt : QDateTime::currentDateTimeUtc();
    return qMax<qint64>(0, d.startedAt.msecsTo(end));
}

void DeploymentHistoryModel::loadEnvironmentNames()
{
    auto environments = m_workspace.environments().list();
    if (!environments.ok())
        return;
    m_environmentNames.clear();
    for (const core::Environment &env : *environments)
        m_environmentNames.insert(env.id, env.name);
}

} // namespace ui::models
