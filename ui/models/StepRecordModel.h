#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/model/StepRecord.h"

namespace core {
class DeploymentRepository;
}

namespace ui::models {

// The journal of one deployment: each step attempt with its status, duration and message. Follows
// the repository's stepChanged signal for that deployment (new attempts are inserted, changed
// ones updated).
class StepRecordModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepRecordModel)

public:
    enum Column
    {
        Step,
        Status,
        Attempt,
        Duration,
        Message,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit StepRecordModel(core::DeploymentRepository &repository, QObject *parent = nullptr);
    ~StepRecordModel() override;

    // 0 shows nothing.
    void setDeployment(core::DeploymentId id);
    [[nodiscard]] core::DeploymentId deployment() const { return m_deployment; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh(core::DeploymentId id);
    [[nodiscard]] QList<core::StepRecord> read() const;

    core::DeploymentRepository &m_repository;
    core::DeploymentId m_deployment = 0;
    QList<core::StepRecord> m_rows;
};

} // namespace ui::models
