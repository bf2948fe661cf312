#pragma once

#include <QFrame>

#include "core/engine/Planner.h"

class QLabel;

namespace ui {

// Shown above everything when a deployment was left running by a process that is gone: says which
// deployment, where and in which step, and offers to resume it or roll it back. Hidden otherwise.
class InterruptedBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptedBanner)

public:
    explicit InterruptedBanner(QWidget *parent = nullptr);

    // Shows the oldest interrupted deployment (and how many more there are); hides with none.
    // `environmentName` is how core finds its environment.
    void setInterrupted(const QList<core::InterruptedDeployment> &interrupted,
                        const QString &environmentName);
    [[nodiscard]] QString text() const;
    [[nodiscard]] core::DeploymentId deploymentId() const { return m_deploymentId; }

    [[nodiscard]] static QString describe(const core::InterruptedDeployment &interrupted,
                                          const QString &environmentName);

Q_SIGNALS:
    void resumeRequested(core::DeploymentId id);
    void rollbackRequested(const QString &environment);

private:
    QLabel *m_text;
    core::DeploymentId m_deploymentId = 0;
    QString m_environment;
};

} // namespace ui
