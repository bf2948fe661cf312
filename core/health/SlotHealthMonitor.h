#pragma once

#include <optional>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "core/model/Ids.h"
#include "core/providers/HealthProbe.h"

class QNetworkAccessManager;

namespace core {

class Workspace;

// Probes the health URL of every slot of every environment, at once and then every interval, and
// keeps the latest outcome of each. Asynchronous: a slot whose previous probe has not answered yet
// is not probed again. The list of slots is read from the workspace at each round, so new slots and
// changed URLs are picked up without a restart.
class SlotHealthMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotHealthMonitor)

public:
    static constexpr int kDefaultIntervalMs = 5000;

    SlotHealthMonitor(Workspace &workspace, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SlotHealthMonitor() override;

    void setInterval(int intervalMs);
    [[nodiscard]] int interval() const { return m_timer.interval(); }
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }

    void start();
    void stop();
    // Probes every slot now (slots still waiting for an answer are left alone).
    void probeNow();

    [[nodiscard]] std::optional<ProbeOutcome> latest(EnvironmentId environment, const QString &slot) const;

Q_SIGNALS:
    void probed(core::EnvironmentId environment, const QString &slot, const core::ProbeOutcome &outcome);

private:
    static QString keyOf(EnvironmentId environment, const QString &slot);

    Workspace &m_workspace;
    HealthProbe m_probe;
    QTimer m_timer;
    QHash<QString, ProbeOutcome> m_latest;
    QSet<QString> m_inFlight;
};

} // namespace core
