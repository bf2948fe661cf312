#pragma once

#include <memory>

#include <QObject>

namespace core {
class HealthMonitor;
class Incidents;
class TriggerIncidentSink;
class TriggerWatcher;
struct AppContext;
} // namespace core

namespace ui {

class StoredHealthSource;

// The GUI's health watch over the open workspace: the health monitor (probes every slot, stores the
// samples, rolls them up), the rollback trigger watcher on its rounds (automatic rollbacks open incidents
// through core::Incidents), and the stored-samples source the health dashboard reads (history from the
// workspace, live samples as the monitor takes them). Nothing runs before start().
class HealthWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthWatch)

public:
    explicit HealthWatch(core::AppContext &context, QObject *parent = nullptr);
    ~HealthWatch() override;

    void start();
    void stop();

    [[nodiscard]] core::HealthMonitor &monitor() const { return *m_monitor; }
    [[nodiscard]] core::TriggerWatcher &watcher() const { return *m_watcher; }
    [[nodiscard]] StoredHealthSource &source() const { return *m_source; }

private:
    core::HealthMonitor *m_monitor;
    core::TriggerWatcher *m_watcher;
    core::Incidents *m_incidents;
    std::unique_ptr<core::TriggerIncidentSink> m_incidentSink;
    StoredHealthSource *m_source;
};

} // namespace ui
