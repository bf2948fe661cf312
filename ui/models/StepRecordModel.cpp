#include "StepRecordModel.h"

#include "core/store/DeploymentRepository.h"
#include "ui/StatusText.h"
#include "ui/Theme.h"

namespace ui::models {

StepRecordModel::StepRecordModel(core::DeploymentRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&m_repository, &core::DeploymentRepository::stepChanged, this, &StepRecordModel::refresh);
}

StepRecordModel::~StepRecordModel() = default;

void StepRecordModel::setDeployment(core::DeploymentId id)
{
    beginResetModel();
    m_deployment = id;
    m_rows = read();
    endResetModel();
}

QList<core::StepRecord> StepRecordModel::read() const
{
    if (m_deployment <= 0)
        return {};
    auto steps = m_repository.steps(m_deployment);
    return steps.ok() ? *steps : QList<core::StepRecord>();
}

void StepRecordModel::refresh(core::DeploymentId id)
{
    if (id != m_deployment || m_deployment <= 0)
        return;
    const QList<core::StepRecord> fresh = read();
    bool samePrefix = fresh.size() >= m_rows.size();
    for (qsizetype i = 0; samePrefix && i < m_rows.size(); ++i)
        samePrefix = fresh.at(i).id == m_rows.at(i).id;
    if (!samePrefix) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    const qsizetype old = m_rows.size();
    for (qsizetype i = 0; i < old; ++i)
        m_rows[i] = fresh.at(i);
    if (old > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(old - 1), ColumnCount - 1));
    if (fresh.size() > old) {
        beginInsertRows({}, int(old), int(fresh.size() - 1));
        m_rows = fresh;
        endInsertRows();
    }
}

int StepRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StepRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::StepRecord &r = m_rows.at(index.row());
    if (role == Qt::DecorationRole && index.column() == Status)
        return Theme::stepIcon(r.status);
    if (role == Qt::ToolTipRole && index.column() == Message)
        return r.message;
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Step:
            return r.seq;
        case Status:
            return int(r.status);
        case Attempt:
            return r.attempt;
        case Duration:
            return r.finishedAt.isValid() ? r.startedAt.msecsTo(r.finishedAt) : qint64(-1);
        default:
            return r.message;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Step:
        return r.name;
    case Status:
        return StatusText::of(r.status);
    case Attempt:
        return r.attempt;
    case Duration:
        return r.finishedAt.isValid() ? StatusText::duration(r.startedAt.msecsTo(r.finishedAt))
                                      : StatusText::none();
    case Message:
        return r.message;
    default:
        return {};
    }
}

QVariant StepRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Step:
        return tr("Step");
    case Status:
        return tr("Status");
    case Attempt:
        return tr("Attempt");
    case Duration:
        return tr("Duration");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace ui::models
