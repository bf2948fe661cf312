#pragma once

#include <QList>
#include <QWidget>

#include "core/model/Ids.h"

class QHBoxLayout;
class QLabel;
class QNetworkAccessManager;

namespace core {
class HealthMonitor;
class Workspace;
struct ProbeOutcome;
} // namespace core

namespace ui {

class EnvironmentCard;
class HealthSeriesSource;

// One card per environment, in lifecycle order, kept up to date from the environment repository
// (slot roles and versions) and the workspace's health monitor (health dots; the strips read the monitor's
// samples through a HealthSeriesSource). The overview never probes anything itself.
class EnvironmentOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentOverview)

public:
    EnvironmentOverview(core::Workspace &workspace,
                        QNetworkAccessManager *nam,
                        core::HealthMonitor &monitor,
                        QWidget *parent = nullptr);

    [[nodiscard]] QList<EnvironmentCard *> cards() const { return m_cards; }
    // Gives every slot row a compact health strip fed by `source` (not owned).
    void setHealthSource(HealthSeriesSource *source);

public Q_SLOTS:
    // Rebuilds every card from the workspace.
    void reload();

Q_SIGNALS:
    void deployRequested(const QString &environment);
    void rollbackRequested(const QString &environment);
    void healthRequested(core::EnvironmentId environment);

private:
    void reloadSlots(core::EnvironmentId environment);
    void showHealth(core::EnvironmentId environment, const QString &slot, const core::ProbeOutcome &outcome);
    [[nodiscard]] EnvironmentCard *cardOf(core::EnvironmentId environment) const;

    core::Workspace &m_workspace;
    QNetworkAccessManager *m_nam;
    core::HealthMonitor &m_monitor;
    QHBoxLayout *m_layout;
    QLabel *m_empty;
    QList<EnvironmentCard *> m_cards;
    HealthSeriesSource *m_healthSource = nullptr;
};

} // namespace ui
