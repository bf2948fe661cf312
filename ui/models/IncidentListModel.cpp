#include "IncidentListModel.h"

#include <QDateTime>

#include "core/incidents/IncidentMetrics.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui::models {

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

IncidentListModel::~IncidentListModel() = default;

void IncidentListModel::setIncidents(QList<core::Incident> incidents)
{
    beginResetModel();
    m_rows = std::move(incidents);
    m_more = static_cast<bool>(m_fetcher);
    endResetModel();
}

void IncidentListModel::setFetcher(Fetcher fetcher, int pageSize)
{
    m_fetcher = std::move(fetcher);
    m_pageSize = pageSize;
    m_more = static_cast<bool>(m_fetcher);
}

bool IncidentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void IncidentListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    const core::Incident *oldest = nullptr;
    for (auto it = m_rows.crbegin(); it != m_rows.crend() && !oldest; ++it) {
        if (!it->isOpen())
            oldest = &*it;
    }
    QList<core::Incident> page = m_fetcher(oldest);
    m_more = page.size() >= m_pageSize;
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

int IncidentListModel::rowOf(core::IncidentId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::Incident &i = m_rows.at(index.row());
    // How long it has been open (or took to resolve); only the duration column needs it.
    auto open = [&i]() -> std::optional<qint64> {
        if (i.isOpen() && i.startedAt.isValid())
            return i.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
        return core::IncidentMetrics::of(i).ttrMs;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return core::severityToString(i.severity);
        case Status:
            return core::incidentStatusLabel(i.status);
        case Title:
            return u"#%1 %2"_s.arg(i.id).arg(i.title);
        case Environments:
            return i.environments.join(u", "_s);
        case Started:
            return i.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s);
        case Duration:
            return i.isOpen() ? tr("open %1").arg(core::IncidentMetrics::formatDuration(open()))
                              : core::IncidentMetrics::formatDuration(open());
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Severity) {
            return Theme::dot(!i.isOpen()                        ? Theme::Tone::Neutral
                              : i.severity == core::Severity::P2 ? Theme::Tone::Warning
                                                                 : Theme::Tone::Bad);
        }
        if (index.column() == Status)
            return Theme::dot(i.isOpen() ? Theme::Tone::Active : Theme::Tone::Good);
        return {};
    case Qt::ToolTipRole:
        return core::severityDescription(i.severity);
    case SortRole:
        switch (index.column()) {
        case Severity:
            return static_cast<int>(i.severity);
        case Status:
            return static_cast<int>(i.status);
        case Started:
            return i.startedAt.toMSecsSinceEpoch();
        case Duration:
            return static_cast<qlonglong>(open().value_or(0));
        default:
            return data(index, Qt::DisplayRole);
        }
    case IncidentIdRole:
        return i.id;
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Title:
        return tr("Incident");
    case Environments:
        return tr("Environments");
    case Started:
        return tr("Started (UTC)");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace ui::models
