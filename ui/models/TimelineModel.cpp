#include "TimelineModel.h"

#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui::models {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setEvents(QList<core::TimelineEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor TimelineModel::colorOf(core::TimelineKind kind)
{
    switch (kind) {
    case core::TimelineKind::Deployment:
        return QColor(0x2f, 0x7f, 0xd8); // blue
    case core::TimelineKind::Step:
        return QColor(0x6c, 0x9e, 0xd9); // light blue
    case core::TimelineKind::Log:
        return QColor(0x8a, 0x8f, 0x98); // grey
    case core::TimelineKind::Approval:
        return QColor(0x7b, 0x4f, 0xc9); // purple
    case core::TimelineKind::Rollback:
        return QColor(0xd6, 0x45, 0x41); // red
    case core::TimelineKind::Health:
        return QColor(0x2e, 0x9d, 0x5b); // green
    case core::TimelineKind::Release:
        return QColor(0x1b, 0x9a, 0xa6); // teal
    case core::TimelineKind::Note:
        return QColor(0x5d, 0x63, 0x6b); // slate
    case core::TimelineKind::StatusChange:
        return QColor(0xd0, 0x8a, 0x00); // amber
    case core::TimelineKind::Communication:
        return QColor(0xc2, 0x4e, 0x9a); // magenta
    case core::TimelineKind::Audit:
        break;
    }
    return QColor(0x70, 0x70, 0x70);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const core::TimelineEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return e.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case Kind:
            return core::timelineKindLabel(e.kind);
        case Event:
            return e.title;
        case Detail:
            return e.detail;
        case Actor:
            return e.actor;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return e.detail.isEmpty() ? e.title : e.title + u"\n"_s + e.detail;
    case Qt::DecorationRole:
        if (index.column() == Kind) {
            const Theme::Tone tone = e.outcome == u"bad"       ? Theme::Tone::Bad
                                     : e.outcome == u"good"    ? Theme::Tone::Good
                                     : e.outcome == u"warning" ? Theme::Tone::Warning
                                                               : Theme::Tone::Neutral;
            return Theme::dot(tone);
        }
        return {};
    case Qt::ForegroundRole:
        return index.column() == Kind ? QVariant(colorOf(e.kind)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Time:
            return e.at.toMSecsSinceEpoch();
        case Kind:
            return static_cast<int>(e.kind);
        default:
            return data(index, Qt::DisplayRole);
        }
    case KindRole:
        return static_cast<int>(e.kind);
    case ColorRole:
        return colorOf(e.kind);
    case OutcomeRole:
        return e.outcome;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (UTC)");
    case Kind:
        return tr("Kind");
    case Event:
        return tr("Event");
    case Detail:
        return tr("Detail");
    case Actor:
        return tr("By");
    default:
        return {};
    }
}

} // namespace ui::models
