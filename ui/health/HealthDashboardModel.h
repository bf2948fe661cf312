#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointF>

#include "core/Result.h"
#include "core/health/HealthSample.h"
#include "core/model/Ids.h"
#include "ui/health/HealthRange.h"
#include "ui/health/HealthSeriesSource.h"

namespace ui {

// The numbers behind an environment's health dashboard, per slot, over one time range ending at `now`:
//
// - Buckets: the range's samples grouped by HealthRanges::bucketMs (aligned to multiples of the width
//   since the epoch; the first bucket may start before the range, holding only samples inside it). Each
//   bucket's p50 / p95 latency and error rate come from a core::RollingWindow over its samples, so they
//   follow the trigger maths exactly (nearest-rank percentiles over answered samples; failures =
//   unhealthy or error). Empty buckets get no point.
// - Chart points: x = bucket start (ms since the epoch), y = latency in ms or error rate in percent,
//   thinned with core::Lttb to at most the plot's pixel width.
// - Status band: sample-and-hold segments (healthy / degraded / unhealthy — error counts as unhealthy),
//   same statuses merged; a sample holds until the next one, but at most max(1 min, 2 buckets), after
//   which the band says "no data"; the newest holds until `now` within that limit.
// - Markers and thresholds: from the source, as given.
// - Hover: the exact sample nearest to a time.
//
// Live: append() takes one new sample and updates only the slot's last bucket and band segment (and
// slides the range along), without asking the source again.
class HealthDashboardModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthDashboardModel)

public:
    enum class Metric
    {
        LatencyP50,
        LatencyP95,
        ErrorRate
    };
    enum class Band
    {
        Healthy,
        Degraded,
        Unhealthy,
        NoData
    };

    struct Bucket
    {
        qint64 startMs = 0;
        int samples = 0;
        int failures = 0;
        std::optional<qint64> p50;
        std::optional<qint64> p95;
        double errorRate = 0; // failures / samples, in [0, 1]

        friend bool operator==(const Bucket &, const Bucket &) = default;
    };
    struct Segment
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        Band band = Band::NoData;

        friend bool operator==(const Segment &, const Segment &) = default;
    };
    struct SlotSeries
    {
        QString slot;
        QList<core::HealthSample> samples; // in the range, oldest first
        QList<Bucket> buckets;             // oldest first, non-empty ones only
        QList<Segment> band;               // oldest first, only where known
    };
    // What append() changed.
    enum class Change
    {
        None,          // not this environment, or outside the range
        BucketUpdated, // the slot's last bucket took the sample
        BucketAdded,   // the sample opened a new bucket
        Reloaded       // out of order or a new slot: everything was read again from the source
    };

    explicit HealthDashboardModel(HealthSeriesSource &source, QObject *parent = nullptr);

    void setEnvironment(core::EnvironmentId environment);
    void setRange(HealthRange range);
    // The chart's plot width in pixels: no series gets more points than this (at least 3).
    void setPlotWidth(int pixels);
    // Reads the slots, samples, markers and thresholds from the source for the range ending at `now`.
    core::Status reload(const QDateTime &now);
    Change append(core::EnvironmentId environment, const core::HealthSample &sample);
    // Reads only the markers and thresholds again (a deployment started or finished).
    core::Status reloadMarkers();

    [[nodiscard]] core::EnvironmentId environment() const { return m_environment; }
    [[nodiscard]] HealthRange range() const { return m_range; }
    [[nodiscard]] int plotWidth() const { return m_plotWidth; }
    [[nodiscard]] qint64 bucketMs() const { return HealthRanges::bucketMs(m_range); }
    [[nodiscard]] QDateTime from() const { return m_from; }
    [[nodiscard]] QDateTime to() const { return m_to; }
    [[nodiscard]] const QList<SlotSeries> &series() const { return m_series; }
    [[nodiscard]] const SlotSeries *seriesOf(const QString &slot) const;
    [[nodiscard]] QStringList slotNames() const;
    [[nodiscard]] const QList<HealthMarker> &markers() const { return m_markers; }
    [[nodiscard]] const HealthThresholds &thresholds() const { return m_thresholds; }

    // The chart points of one metric (see above); empty for an unknown slot.
    [[nodiscard]] QList<QPointF> points(const QString &slot, Metric metric) const;
    // All bucket points before thinning.
    [[nodiscard]] QList<QPointF> rawPoints(const QString &slot, Metric metric) const;
    // Whether any of the slot's series has more buckets than pixels (so points() thins it).
    [[nodiscard]] bool isDownsampled(const QString &slot) const;
    // The bucket holding `ms`, if it has samples.
    [[nodiscard]] std::optional<Bucket> bucketAt(const QString &slot, qint64 ms) const;
    // The sample of `slot` nearest in time to `ms` (the earlier one on a tie), if within `toleranceMs`.
    [[nodiscard]] std::optional<core::HealthSample>
    sampleNear(const QString &slot, qint64 ms, qint64 toleranceMs) const;

    // The tooltip text of a sample: time, slot, status, HTTP, latency, version, error.
    [[nodiscard]] static QString describe(const core::HealthSample &sample);
    [[nodiscard]] static QString bandText(Band band);
    [[nodiscard]] static Band bandOf(core::HealthSample::Status status);
    // Buckets of `samples` (time-sorted) for a bucket width; exposed for tests and the benchmark.
    [[nodiscard]] static QList<Bucket> bucketize(const QList<core::HealthSample> &samples, qint64 bucketMs);
    [[nodiscard]] static QList<Segment>
    bandSegments(const QList<core::HealthSample> &samples, qint64 maxHoldMs, qint64 nowMs);

Q_SIGNALS:
    // After reload() (and after append() when it had to reload).
    void reloaded();

private:
    [[nodiscard]] qint64 maxHoldMs() const;
    [[nodiscard]] static Bucket bucketOf(const QList<core::HealthSample> &samples,
                                         qsizetype first,
                                         qsizetype last,
                                         qint64 startMs,
                                         const QString &slot);
    void slideTo(const QDateTime &now);
    void refreshLastBucket(SlotSeries &series);
    void refreshFirstBucket(SlotSeries &series);
    void refreshBandTail(SlotSeries &series);
    [[nodiscard]] SlotSeries *mutableSeriesOf(const QString &slot);

    HealthSeriesSource &m_source;
    core::EnvironmentId m_environment = 0;
    HealthRange m_range = HealthRange::OneHour;
    int m_plotWidth = 800;
    QDateTime m_from;
    QDateTime m_to;
    QList<SlotSeries> m_series;
    QList<HealthMarker> m_markers;
    HealthThresholds m_thresholds;
};

} // namespace ui
