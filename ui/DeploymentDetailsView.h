#pragma once

#include <QWidget>

#include "core/model/Ids.h"

class QLabel;
class QTableView;

namespace core {
class Workspace;
}

namespace ui {

class LogView;
class ProviderRefsLabel;
namespace models {
class StepRecordModel;
}

// The selected deployment in full: what it did (kind, version, slots, who, plan digest), its
// journal (each step attempt) and its stored log. Follows the deployment while it runs.
class DeploymentDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentDetailsView)

public:
    explicit DeploymentDetailsView(core::Workspace &workspace, QWidget *parent = nullptr);

    // 0 shows the empty state.
    void showDeployment(core::DeploymentId id);
    [[nodiscard]] core::DeploymentId deploymentId() const { return m_deploymentId; }

public Q_SLOTS:
    void reload();

private:
    void deploymentChanged(core::DeploymentId id);
    void reloadSummary();
    [[nodiscard]] QLabel *factLabel(const QString &objectName);
    void reloadLog();

    core::Workspace &m_workspace;
    core::DeploymentId m_deploymentId = 0;
    models::StepRecordModel *m_steps;
    QLabel *m_title;
    QWidget *m_facts;
    QLabel *m_release;
    QLabel *m_slots;
    QLabel *m_requestedBy;
    QLabel *m_times;
    QLabel *m_digest;
    QLabel *m_error;
    ProviderRefsLabel *m_providerRefs;
    QTableView *m_stepsView;
    LogView *m_log;
};

} // namespace ui
