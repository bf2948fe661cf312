#pragma once

#include <QHash>

#include "ui/health/HealthSeriesSource.h"

namespace core {
class Workspace;
} // namespace core

namespace ui {

// Health samples kept in memory, per environment and slot, sorted by time and capped per slot (the oldest
// go first). With a workspace, the slots come from the environment repository and the markers from the
// deployment history (and deployment changes signal markersChanged); without one, the slots are those
// seen in samples (or set) and the markers those set. Thresholds are set per environment (defaults of
// HealthThresholds otherwise).
class MemoryHealthSource final : public HealthSeriesSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryHealthSource)

public:
    static constexpr qsizetype kDefaultCapacity = 600'000; // a bit over 30 days of 5 s probes

    explicit MemoryHealthSource(core::Workspace *workspace = nullptr, QObject *parent = nullptr);

    void setCapacity(qsizetype samplesPerSlot);
    // Adds a sample in time order (out-of-order samples are inserted in place); emits sampleAdded for
    // one newer than all that slot held.
    void addSample(core::EnvironmentId environment, const core::HealthSample &sample);
    // Many at once, no signal (history, tests, benchmarks).
    void addSamples(core::EnvironmentId environment, QList<core::HealthSample> samples);
    void setSlotNames(core::EnvironmentId environment, const QStringList &names);
    void setMarkers(core::EnvironmentId environment, const QList<HealthMarker> &markers);
    void setThresholds(core::EnvironmentId environment, const HealthThresholds &thresholds);
    void clear();

    [[nodiscard]] core::Result<QStringList> slotNames(core::EnvironmentId environment) const override;
    [[nodiscard]] core::Result<QList<core::HealthSample>> samples(core::EnvironmentId environment,
                                                                  const QString &slot,
                                                                  const QDateTime &from,
                                                                  const QDateTime &to) const override;
    [[nodiscard]] core::Result<QList<HealthMarker>>
    markers(core::EnvironmentId environment, const QDateTime &from, const QDateTime &to) const override;
    [[nodiscard]] HealthThresholds thresholds(core::EnvironmentId environment) const override;

private:
    void insertSorted(QList<core::HealthSample> &list, const core::HealthSample &sample) const;
    void trim(QList<core::HealthSample> &list) const;
    void deploymentTouched(core::DeploymentId id);

    core::Workspace *m_workspace;
    qsizetype m_capacity = kDefaultCapacity;
    QHash<core::EnvironmentId, QHash<QString, QList<core::HealthSample>>> m_samples;
    QHash<core::EnvironmentId, QStringList> m_slotNames;
    QHash<core::EnvironmentId, QList<HealthMarker>> m_markers;
    QHash<core::EnvironmentId, HealthThresholds> m_thresholds;
};

} // namespace ui
