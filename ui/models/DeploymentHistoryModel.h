#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include "core/model/Deployment.h"

namespace core {
class Workspace;
}

namespace ui::models {

// Every deployment of the workspace, newest first, over core's DeploymentRepository. New
// deployments are inserted and changed ones updated in place from the repository's signals;
// reload() picks up what another process wrote. Display text in Qt::DisplayRole, raw sortable
// values in Qt::UserRole (for a QSortFilterProxyModel with sortRole Qt::UserRole).
class DeploymentHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentHistoryModel)

public:
    enum Column
    {
        Id,
        Environment,
        Kind,
        Version,
        Slots,
        Status,
        Started,
        Duration,
        RequestedBy,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole,
        StatusColorRole = Qt::UserRole + 1, // QColor of the status, on every column of the row
        DeploymentIdRole = Qt::UserRole + 2,
    };

    explicit DeploymentHistoryModel(core::Workspace &workspace, QObject *parent = nullptr);
    ~DeploymentHistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const core::Deployment &deploymentAt(int row) const { return m_rows.at(row); }
    // -1 when the deployment is not in the model.
    [[nodiscard]] int rowOf(core::DeploymentId id) const;

public Q_SLOTS:
    // Re-reads the workspace: rows new at the top are inserted and the others updated; anything
    // else (rows gone or reordered) resets the model.
    void reload();
    // Deployments left running by a process that is gone: shown as interrupted, not running.
    void setInterrupted(const QSet<core::DeploymentId> &ids);

private:
    QSet<core::DeploymentId> m_interrupted;
    void addDeployment(core::DeploymentId id);
    void updateDeployment(core::DeploymentId id);
    void tickRunning();
    void updateClock();
    [[nodiscard]] QString environmentName(core::EnvironmentId id) const;
    [[nodiscard]] QVariant displayData(const core::Deployment &d, int column) const;
    [[nodiscard]] QVariant sortData(const core::Deployment &d, int column) const;
    [[nodiscard]] static qint64 durationMs(const core::Deployment &d);
    void loadEnvironmentNames();

    core::Workspace &m_workspace;
    QList<core::Deployment> m_rows;
    QHash<core::EnvironmentId, QString> m_environmentNames;
    QTimer m_clock; // refreshes the duration of running deployments
};

} // namespace ui::models
