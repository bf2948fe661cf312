#include "MemoryHealthSource.h"

#include <algorithm>

#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"
#include "ui/health/DeploymentMarkers.h"

namespace ui {

namespace {

bool earlier(const core::HealthSample &a, const core::HealthSample &b)
{
    return a.time < b.time;
}

} // namespace

MemoryHealthSource::MemoryHealthSource(core::Workspace *workspace, QObject *parent)
    : HealthSeriesSource(parent)
    , m_workspace(workspace)
{
    if (m_workspace) {
        connect(&m_workspace->deployments(), &core::DeploymentRepository::deploymentAdded, this,
                &MemoryHealthSource::deploymentTouched);
        connect(&m_workspace->deployments(), &core::DeploymentRepository::deploymentChanged, this,
                &MemoryHealthSource::deploymentTouched);
    }
}

void MemoryHealthSource::setCapacity(qsizetype samplesPerSlot)
{
    m_capacity = std::max<qsizetype>(1, samplesPerSlot);
    for (auto &slotsOfEnv : m_samples) {
        for (auto &list : slotsOfEnv)
            trim(list);
    }
}

void MemoryHealthSource::addSample(core::EnvironmentId environment, const core::HealthSample &sample)
{
    if (!sample.time.isValid() || sample.slot.isEmpty())
        return;
    QList<core::HealthSample> &list = m_samples[environment][sample.slot];
    const bool newest = list.isEmpty() || list.constLast().time <= sample.time;
    insertSorted(list, sample);
    trim(list);
    if (newest)
        Q_EMIT sampleAdded(environment, sample);
}

void MemoryHealthSource::addSamples(core::EnvironmentId environment, QList<core::HealthSample> samples)
{
    std::stable_sort(samples.begin(), samples.end(), earlier);
    for (const core::HealthSample &sample : std::as_const(samples)) {
        if (sample.time.isValid() && !sample.slot.isEmpty())
            insertSorted(m_samples[environment][sample.slot], sample);
    }
    for (auto &list : m_samples[environment])
        trim(list);
}

void MemoryHealthSource::setSlotNames(core::EnvironmentId environment, const QStringList &names)
{
    m_slotNames.insert(environment, names);
}

void MemoryHealthSource::setMarkers(core::EnvironmentId environment, const QList<HealthMarker> &markers)
{
    m_markers.insert(environment, markers);
    Q_EMIT markersChanged(environment);
}

void MemoryHealthSource::setThresholds(core::EnvironmentId environment, const HealthThresholds &thresholds)
{
    m_thresholds.insert(environment, thresholds);
    Q_EMIT markersChanged(environment);
}

void MemoryHealthSource::clear()
{
    m_samples.clear();
}

void MemoryHealthSource::insertSorted(QList<core::HealthSample> &list, const core::HealthSample &sample) const
{
    if (list.isEmpty() || list.constLast().time <= sample.time) {
        list.append(sample);
        return;
    }
    list.insert(std::upper_bound(list.begin(), list.end(), sample, earlier), sample);
}

void MemoryHealthSource::trim(QList<core::HealthSample> &list) const
{
    if (list.size() > m_capacity)
        list.remove(0, list.size() - m_capacity);
}

void MemoryHealthSource::deploymentTouched(core::DeploymentId id)
{
    auto deployment = m_workspace->deployments().get(id);
    if (deployment.ok())
        Q_EMIT markersChanged(deployment->environmentId);
}

core::Result<QStringList> MemoryHealthSource::slotNames(core::EnvironmentId environment) const
{
    if (m_slotNames.contains(environment))
        return m_slotNames.value(environment);
    QStringList names;
    if (m_workspace) {
        auto slotList = m_workspace->environments().slotsOf(environment);
        if (!slotList.ok())
            return slotList.error();
        for (const core::Slot &slot : *slotList)
            names << slot.name;
    }
    const auto seen = m_samples.value(environment);
    QStringList extra = seen.keys();
    extra.sort();
    for (const QString &name : std::as_const(extra)) {
        if (!names.contains(name))
            names << name;
    }
    return names;
}

core::Result<QList<core::HealthSample>> MemoryHealthSource::samples(core::EnvironmentId environment,
                                                                    const QString &slot,
                                                                    const QDateTime &from,
                                                                    const QDateTime &to) const
{
    const auto env = m_samples.constFind(environment);
    if (env == m_samples.constEnd())
        return QList<core::HealthSample>();
    const auto it = env->constFind(slot);
    if (it == env->constEnd())
        return QList<core::HealthSample>();
    const QList<core::HealthSample> &list = *it;
    const auto first =
        std::lower_bound(list.cbegin(), list.cend(), from,
                         [](const core::HealthSample &s, const QDateTime &t) { return s.time < t; });
    const auto last = std::upper_bound(
        first, list.cend(), to, [](const QDateTime &t, const core::HealthSample &s) { return t < s.time; });
    return QList<core::HealthSample>(first, last);
}

core::Result<QList<HealthMarker>>
MemoryHealthSource::markers(core::EnvironmentId environment, const QDateTime &from, const QDateTime &to) const
{
    if (m_markers.contains(environment) || !m_workspace) {
        QList<HealthMarker> inRange;
        for (const HealthMarker &marker : m_markers.value(environment)) {
            if (marker.time >= from && marker.time <= to)
                inRange << marker;
        }
        return inRange;
    }
    return DeploymentMarkers::load(m_workspace->deployments(), environment, from, to);
}

HealthThresholds MemoryHealthSource::thresholds(core::EnvironmentId environment) const
{
    return m_thresholds.value(environment);
}

} // namespace ui
