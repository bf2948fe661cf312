#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/health/HealthSample.h"
#include "core/model/Ids.h"

namespace ui {

// A deployment or rollback of an environment, drawn on the dashboard as a labelled vertical line.
struct HealthMarker
{
    enum class Kind
    {
        Deployment,
        Rollback
    };

    QDateTime time; // when traffic moved (the deployment's end), or its start while it runs
    Kind kind = Kind::Deployment;
    core::DeploymentId deployment = 0;
    QString version;
    QString toSlot;
    bool succeeded = true;
    QString label; // short, translated: "deploy v1.2.3 → green", "rollback → blue (failed)"

    friend bool operator==(const HealthMarker &, const HealthMarker &) = default;
};

// The rollback-trigger thresholds the dashboard draws as dashed lines, as plain values (defaults from
// seed 003: error rate over 5 % for 5 minutes, p95 latency over 5 s for 10 minutes). An environment
// without an enabled trigger on a metric gets no line for it (has… = false); see TriggerThresholds.
struct HealthThresholds
{
    double errorRate = 0.05;
    qint64 errorWindowMs = 5 * 60 * 1000;
    qint64 p95LatencyMs = 5000;
    qint64 latencyWindowMs = 10 * 60 * 1000;
    bool hasErrorRate = true;
    bool hasP95Latency = true;

    friend bool operator==(const HealthThresholds &, const HealthThresholds &) = default;
};

// What the health dashboard reads: the probe samples of an environment's slots over a time range, the
// deployment and rollback markers in it, and the trigger thresholds. The workspace's sample store (the
// monitor with its rollups) plugs in here; MemoryHealthSource keeps samples in memory (tests, and the
// live probes of this session).
class HealthSeriesSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthSeriesSource)

public:
    using QObject::QObject;
    ~HealthSeriesSource() override = default;

    // The slots to chart, in display order.
    [[nodiscard]] virtual core::Result<QStringList> slotNames(core::EnvironmentId environment) const = 0;
    // The samples of one slot with from <= time <= to, oldest first.
    [[nodiscard]] virtual core::Result<QList<core::HealthSample>> samples(core::EnvironmentId environment,
                                                                          const QString &slot,
                                                                          const QDateTime &from,
                                                                          const QDateTime &to) const = 0;
    // Oldest first.
    [[nodiscard]] virtual core::Result<QList<HealthMarker>>
    markers(core::EnvironmentId environment, const QDateTime &from, const QDateTime &to) const = 0;
    [[nodiscard]] virtual HealthThresholds thresholds(core::EnvironmentId environment) const = 0;

Q_SIGNALS:
    // A new sample, newer than what the source held for that slot (live updating).
    void sampleAdded(core::EnvironmentId environment, const core::HealthSample &sample);
    // Deployments or thresholds changed: charts reload their markers and lines.
    void markersChanged(core::EnvironmentId environment);
};

} // namespace ui
