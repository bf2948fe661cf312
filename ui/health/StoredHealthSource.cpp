#include "StoredHealthSource.h"

#include "core/health/HealthMonitor.h"
#include "core/store/HealthSampleRepository.h"
#include "core/store/RollbackTriggerRepository.h"
#include "core/store/Workspace.h"
#include "ui/UiLogging.h"
#include "ui/health/MemoryHealthSource.h"
#include "ui/health/TriggerThresholds.h"

namespace ui {

StoredHealthSource::StoredHealthSource(core::Workspace &workspace,
                                       core::HealthMonitor *monitor,
                                       QObject *parent)
    : HealthSeriesSource(parent)
    , m_workspace(workspace)
    , m_layout(new MemoryHealthSource(&workspace, this))
{
    connect(m_layout, &HealthSeriesSource::markersChanged, this, &HealthSeriesSource::markersChanged);
    // Saved triggers move the threshold lines at once.
    connect(&m_workspace.triggers(), &core::RollbackTriggerRepository::triggersChanged, this,
            &HealthSeriesSource::markersChanged);
    if (monitor)
        connect(monitor, &core::HealthMonitor::sampled, this, &StoredHealthSource::monitorSampled);
}

StoredHealthSource::~StoredHealthSource() = default;

void StoredHealthSource::monitorSampled(const core::HealthSample &sample)
{
    if (sample.source == core::HealthSample::Source::Probe && !sample.slot.isEmpty() && sample.time.isValid())
        Q_EMIT sampleAdded(sample.environmentId, sample);
}

core::Result<QStringList> StoredHealthSource::slotNames(core::EnvironmentId environment) const
{
    return m_layout->slotNames(environment);
}

core::Result<QList<core::HealthSample>> StoredHealthSource::samples(core::EnvironmentId environment,
                                                                    const QString &slot,
                                                                    const QDateTime &from,
                                                                    const QDateTime &to) const
{
    // The repository's ranges are half-open; this interface's are closed.
    auto stored = m_workspace.healthSamples().series(environment, from, to.addMSecs(1), slot);
    if (!stored.ok())
        return stored.error();
    QList<core::HealthSample> out;
    out.reserve(stored->size());
    for (const core::HealthSample &sample : std::as_const(*stored)) {
        if (sample.source == core::HealthSample::Source::Probe)
            out << sample;
    }
    return out;
}

core::Result<QList<HealthMarker>>
StoredHealthSource::markers(core::EnvironmentId environment, const QDateTime &from, const QDateTime &to) const
{
    return m_layout->markers(environment, from, to);
}

HealthThresholds StoredHealthSource::thresholds(core::EnvironmentId environment) const
{
    auto triggers = m_workspace.triggers().forEnvironment(environment);
    if (!triggers.ok()) {
        qCWarning(lcUi) << "cannot read the rollback triggers of environment" << environment
                        << triggers.error().toString();
        return m_layout->thresholds(environment); // seed 003's
    }
    return thresholdsOf(*triggers);
}

} // namespace ui
