#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

#include "core/incidents/TimelineEvent.h"

namespace ui::models {

// One incident's timeline (core::Timeline::assemble) as a table: time, kind, event, detail, actor.
// The kind is always written out next to its colour. Raw values in SortRole; KindRole gives the
// core::TimelineKind, ColorRole the kind's colour (same palette as the horizontal TimelineView).
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column
    {
        Time,
        Kind,
        Event,
        Detail,
        Actor,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole,
        KindRole = Qt::UserRole + 1,
        ColorRole = Qt::UserRole + 2,
        OutcomeRole = Qt::UserRole + 3,
    };

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    void setEvents(QList<core::TimelineEvent> events);
    [[nodiscard]] const QList<core::TimelineEvent> &events() const { return m_events; }
    [[nodiscard]] const core::TimelineEvent &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The colour of a kind (distinct hues; always shown with its label).
    static QColor colorOf(core::TimelineKind kind);

private:
    QList<core::TimelineEvent> m_events;
};

} // namespace ui::models
