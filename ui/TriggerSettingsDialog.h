#pragma once

#include <QDialog>

#include "core/model/Ids.h"
#include "core/policy/RollbackTrigger.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace core {
class Workspace;
}

namespace ui {

// Rollback triggers per environment: metric, threshold, window, minimum samples, action and cool-down, one
// row per trigger. Save writes the environment's list to the workspace (core validates it; the reason shows
// under the table when it refuses); Restore defaults puts seed 003's back in the table.
class TriggerSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerSettingsDialog)

public:
    enum Column
    {
        EnabledColumn,
        MetricColumn,
        ThresholdColumn,
        WindowColumn,
        MinSamplesColumn,
        ActionColumn,
        CooldownColumn,
        ColumnCount
    };

    explicit TriggerSettingsDialog(core::Workspace &workspace,
                                   core::EnvironmentId environment = 0,
                                   QWidget *parent = nullptr);
    ~TriggerSettingsDialog() override;

    [[nodiscard]] core::EnvironmentId environment() const;
    // The triggers as the table shows them now.
    [[nodiscard]] QList<core::RollbackTrigger> triggers() const;
    void setTriggers(const QList<core::RollbackTrigger> &triggers);
    // Writes the table to the workspace; false (with the reason shown) when core refuses.
    bool save();

private:
    void loadEnvironment();
    void addRow(const core::RollbackTrigger &trigger);
    void updateThresholdUnit(int row);

    core::Workspace &m_workspace;
    QComboBox *m_environment;
    QTableWidget *m_table;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
