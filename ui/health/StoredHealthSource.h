#pragma once

#include "ui/health/HealthSeriesSource.h"

namespace core {
class HealthMonitor;
class Workspace;
} // namespace core

namespace ui {

class MemoryHealthSource;

// The dashboard's input from the workspace's sample store: history (raw samples, minute and hour rollups
// at the finest resolution kept) read from HealthSampleRepository::series, so the charts show what was
// probed before a restart; with a HealthMonitor, each probe sample it takes (and writes in its next batch)
// is signalled live through sampleAdded. Only the slots' own probe samples are charted (the router and
// metrics samples of the same slot would count twice). Slots and deployment markers come from the
// workspace; the threshold lines from the environment's stored rollback triggers (TriggerThresholds), redrawn
// when they are saved (RollbackTriggerRepository::triggersChanged).
class StoredHealthSource final : public HealthSeriesSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoredHealthSource)

public:
    explicit StoredHealthSource(core::Workspace &workspace,
                                core::HealthMonitor *monitor = nullptr,
                                QObject *parent = nullptr);
    ~StoredHealthSource() override;

    [[nodiscard]] core::Result<QStringList> slotNames(core::EnvironmentId environment) const override;
    [[nodiscard]] core::Result<QList<core::HealthSample>> samples(core::EnvironmentId environment,
                                                                  const QString &slot,
                                                                  const QDateTime &from,
                                                                  const QDateTime &to) const override;
    [[nodiscard]] core::Result<QList<HealthMarker>>
    markers(core::EnvironmentId environment, const QDateTime &from, const QDateTime &to) const override;
    [[nodiscard]] HealthThresholds thresholds(core::EnvironmentId environment) const override;

private:
    void monitorSampled(const core::HealthSample &sample);

    core::Workspace &m_workspace;
    MemoryHealthSource *m_layout; // slots, markers and thresholds (no samples)
};

} // namespace ui
