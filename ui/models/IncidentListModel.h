#pragma once

#include <functional>

#include <QAbstractTableModel>
#include <QList>

#include "core/incidents/Incident.h"

namespace ui::models {

// Incidents (open first by severity, then recent ones) as a table. Raw values in SortRole.
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentListModel)

public:
    enum Column
    {
        Severity,
        Status,
        Title,
        Environments,
        Started,
        Duration,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole,
        IncidentIdRole = Qt::UserRole + 1,
    };

    explicit IncidentListModel(QObject *parent = nullptr);
    ~IncidentListModel() override;

    // Older resolved incidents, a page at a time, after `oldest` (the last resolved row; null: none yet).
    using Fetcher = std::function<QList<core::Incident>(const core::Incident *oldest)>;

    void setIncidents(QList<core::Incident> incidents);
    // Lets views load older incidents as they scroll to the end (canFetchMore / fetchMore), `pageSize` at a
    // time, until a page comes back short.
    void setFetcher(Fetcher fetcher, int pageSize);
    [[nodiscard]] const core::Incident &incidentAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOf(core::IncidentId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<core::Incident> m_rows;
    Fetcher m_fetcher;
    int m_pageSize = 0;
    bool m_more = false;
};

} // namespace ui::models
