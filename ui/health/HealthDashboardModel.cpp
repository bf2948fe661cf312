#include "HealthDashboardModel.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include "core/health/Lttb.h"
#include "core/health/RollingWindow.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr qint64 kMinHoldMs = 60 * 1000;
// Large enough that a RollingWindow over one bucket never evicts.
constexpr qint64 kWholeBucketWindowMs = std::numeric_limits<qint64>::max() / 4;

qint64 msOf(const core::HealthSample &sample)
{
    return sample.time.toMSecsSinceEpoch();
}

qint64 bucketStartOf(qint64 ms, qint64 bucketMs)
{
    qint64 start = (ms / bucketMs) * bucketMs;
    if (start > ms) // negative times round toward zero
        start -= bucketMs;
    return start;
}

void appendMerged(QList<HealthDashboardModel::Segment> &band, const HealthDashboardModel::Segment &segment)
{
    if (segment.toMs <= segment.fromMs)
        return;
    if (!band.isEmpty() && band.constLast().band == segment.band && band.constLast().toMs == segment.fromMs) {
        band.last().toMs = segment.toMs;
        return;
    }
    band.append(segment);
}

} // namespace

HealthDashboardModel::HealthDashboardModel(HealthSeriesSource &source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{}

void HealthDashboardModel::setEnvironment(core::EnvironmentId environment)
{
    m_environment = environment;
}

void HealthDashboardModel::setRange(HealthRange range)
{
    m_range = range;
}

void HealthDashboardModel::setPlotWidth(int pixels)
{
    m_plotWidth = std::max(3, pixels);
}

core::Status HealthDashboardModel::reload(const QDateTime &now)
{
    m_to = now.toUTC();
    m_from = m_to.addMSecs(-HealthRanges::durationMs(m_range));
    m_series.clear();
    m_markers.clear();
    auto names = m_source.slotNames(m_environment);
    if (!names.ok()) {
        Q_EMIT reloaded();
        return names.error();
    }
    for (const QString &name : std::as_const(*names)) {
        auto samples = m_source.samples(m_environment, name, m_from, m_to);
        if (!samples.ok()) {
            m_series.clear();
            Q_EMIT reloaded();
            return samples.error();
        }
        SlotSeries series;
        series.slot = name;
        series.samples = std::move(*samples);
        series.buckets = bucketize(series.samples, bucketMs());
        series.band = bandSegments(series.samples, maxHoldMs(), m_to.toMSecsSinceEpoch());
        m_series << series;
    }
    auto markers = reloadMarkers();
    Q_EMIT reloaded();
    return markers;
}

core::Status HealthDashboardModel::reloadMarkers()
{
    m_thresholds = m_source.thresholds(m_environment);
    auto markers = m_source.markers(m_environment, m_from, m_to);
    if (!markers.ok()) {
        m_markers.clear();
        return markers.error();
    }
    m_markers = std::move(*markers);
    return {};
}

HealthDashboardModel::Change HealthDashboardModel::append(core::EnvironmentId environment,
                                                          const core::HealthSample &sample)
{
    if (environment != m_environment || !sample.time.isValid() || !m_to.isValid())
        return Change::None;
    SlotSeries *series = mutableSeriesOf(sample.slot);
    if (!series || (!series->samples.isEmpty() && sample.time < series->samples.constLast().time)) {
        // A slot we did not know, or a sample out of order: read it all again (the source has it).
        (void)reload(std::max(m_to, sample.time.toUTC()));
        return Change::Reloaded;
    }
    if (sample.time < m_from)
        return Change::None;

    slideTo(std::max(m_to, sample.time.toUTC()));
    series = mutableSeriesOf(sample.slot);
    series->samples.append(sample);
    const qint64 start = bucketStartOf(msOf(sample), bucketMs());
    Change change = Change::BucketAdded;
    if (!series->buckets.isEmpty() && series->buckets.constLast().startMs == start) {
        refreshLastBucket(*series);
        change = Change::BucketUpdated;
    } else {
        const auto n = series->samples.size();
        series->buckets.append(bucketOf(series->samples, n - 1, n, start, sample.slot));
    }
    refreshBandTail(*series);
    return change;
}

void HealthDashboardModel::slideTo(const QDateTime &now)
{
    m_to = now;
    m_from = m_to.addMSecs(-HealthRanges::durationMs(m_range));
    const qint64 fromMs = m_from.toMSecsSinceEpoch();
    for (SlotSeries &series : m_series) {
        qsizetype drop = 0;
        while (drop < series.samples.size() && msOf(series.samples.at(drop)) < fromMs)
            ++drop;
        if (drop > 0) {
            series.samples.remove(0, drop);
            while (!series.buckets.isEmpty() && series.buckets.constFirst().startMs + bucketMs() <= fromMs)
                series.buckets.removeFirst();
            refreshFirstBucket(series);
        }
        while (!series.band.isEmpty() && series.band.constFirst().toMs <= fromMs)
            series.band.removeFirst();
        if (!series.band.isEmpty())
            series.band.first().fromMs = std::max(series.band.constFirst().fromMs, fromMs);
        refreshBandTail(series);
    }
    m_markers.removeIf([this](const HealthMarker &marker) { return marker.time < m_from; });
}

void HealthDashboardModel::refreshLastBucket(SlotSeries &series)
{
    if (series.buckets.isEmpty())
        return;
    const qint64 start = series.buckets.constLast().startMs;
    qsizetype first = series.samples.size();
    while (first > 0 && msOf(series.samples.at(first - 1)) >= start)
        --first;
    series.buckets.last() = bucketOf(series.samples, first, series.samples.size(), start, series.slot);
}

void HealthDashboardModel::refreshFirstBucket(SlotSeries &series)
{
    if (series.buckets.isEmpty())
        return;
    const qint64 start = series.buckets.constFirst().startMs;
    qsizetype last = 0;
    while (last < series.samples.size() && msOf(series.samples.at(last)) < start + bucketMs())
        ++last;
    if (last == 0)
        series.buckets.removeFirst();
    else
        series.buckets.first() = bucketOf(series.samples, 0, last, start, series.slot);
}

void HealthDashboardModel::refreshBandTail(SlotSeries &series)
{
    const qsizetype n = series.samples.size();
    if (n == 0)
        return;
    // Everything from the second-newest sample on is recomputed; what lies before it cannot change.
    const qsizetype tailFrom = std::max<qsizetype>(0, n - 2);
    const qint64 clipAt = msOf(series.samples.at(tailFrom));
    while (!series.band.isEmpty() && series.band.constLast().fromMs >= clipAt)
        series.band.removeLast();
    if (!series.band.isEmpty() && series.band.constLast().toMs > clipAt)
        series.band.last().toMs = clipAt;
    const QList<core::HealthSample> tail = series.samples.mid(tailFrom);
    for (const Segment &segment : bandSegments(tail, maxHoldMs(), m_to.toMSecsSinceEpoch()))
        appendMerged(series.band, segment);
}

const HealthDashboardModel::SlotSeries *HealthDashboardModel::seriesOf(const QString &slot) const
{
    for (const SlotSeries &series : m_series) {
        if (series.slot == slot)
            return &series;
    }
    return nullptr;
}

HealthDashboardModel::SlotSeries *HealthDashboardModel::mutableSeriesOf(const QString &slot)
{
    for (SlotSeries &series : m_series) {
        if (series.slot == slot)
            return &series;
    }
    return nullptr;
}

QStringList HealthDashboardModel::slotNames() const
{
    QStringList names;
    for (const SlotSeries &series : m_series)
        names << series.slot;
    return names;
}

QList<QPointF> HealthDashboardModel::rawPoints(const QString &slot, Metric metric) const
{
    QList<QPointF> points;
    const SlotSeries *series = seriesOf(slot);
    if (!series)
        return points;
    points.reserve(series->buckets.size());
    for (const Bucket &bucket : series->buckets) {
        const auto x = static_cast<double>(bucket.startMs);
        switch (metric) {
        case Metric::LatencyP50:
            if (bucket.p50)
                points.append(QPointF(x, static_cast<double>(*bucket.p50)));
            break;
        case Metric::LatencyP95:
            if (bucket.p95)
                points.append(QPointF(x, static_cast<double>(*bucket.p95)));
            break;
        case Metric::ErrorRate:
            points.append(QPointF(x, 100.0 * bucket.errorRate));
            break;
        }
    }
    return points;
}

QList<QPointF> HealthDashboardModel::points(const QString &slot, Metric metric) const
{
    QList<QPointF> raw = rawPoints(slot, metric);
    if (raw.size() <= m_plotWidth)
        return raw;
    return core::Lttb::downsample(raw, m_plotWidth);
}

bool HealthDashboardModel::isDownsampled(const QString &slot) const
{
    const SlotSeries *series = seriesOf(slot);
    return series && series->buckets.size() > m_plotWidth;
}

std::optional<HealthDashboardModel::Bucket> HealthDashboardModel::bucketAt(const QString &slot,
                                                                           qint64 ms) const
{
    const SlotSeries *series = seriesOf(slot);
    if (!series)
        return std::nullopt;
    const qint64 start = bucketStartOf(ms, bucketMs());
    const auto it = std::lower_bound(series->buckets.cbegin(), series->buckets.cend(), start,
                                     [](const Bucket &b, qint64 s) { return b.startMs < s; });
    if (it == series->buckets.cend() || it->startMs != start)
        return std::nullopt;
    return *it;
}

std::optional<core::HealthSample>
HealthDashboardModel::sampleNear(const QString &slot, qint64 ms, qint64 toleranceMs) const
{
    const SlotSeries *series = seriesOf(slot);
    if (!series || series->samples.isEmpty())
        return std::nullopt;
    const QList<core::HealthSample> &samples = series->samples;
    const auto it = std::lower_bound(samples.cbegin(), samples.cend(), ms,
                                     [](const core::HealthSample &s, qint64 t) { return msOf(s) < t; });
    const core::HealthSample *best = nullptr;
    if (it != samples.cend())
        best = &*it;
    if (it != samples.cbegin()) {
        const core::HealthSample &before = *std::prev(it);
        if (!best || ms - msOf(before) <= msOf(*best) - ms)
            best = &before;
    }
    if (!best || std::abs(msOf(*best) - ms) > toleranceMs)
        return std::nullopt;
    return *best;
}

QList<HealthDashboardModel::Bucket> HealthDashboardModel::bucketize(const QList<core::HealthSample> &samples,
                                                                    qint64 bucketMs)
{
    QList<Bucket> buckets;
    qsizetype first = 0;
    while (first < samples.size()) {
        const qint64 start = bucketStartOf(msOf(samples.at(first)), bucketMs);
        qsizetype last = first + 1;
        while (last < samples.size() && msOf(samples.at(last)) < start + bucketMs)
            ++last;
        buckets.append(bucketOf(samples, first, last, start, samples.at(first).slot));
        first = last;
    }
    return buckets;
}

HealthDashboardModel::Bucket HealthDashboardModel::bucketOf(const QList<core::HealthSample> &samples,
                                                            qsizetype first,
                                                            qsizetype last,
                                                            qint64 startMs,
                                                            const QString &slot)
{
    core::RollingWindow window(slot, kWholeBucketWindowMs);
    for (qsizetype i = first; i < last; ++i)
        (void)window.add(samples.at(i));
    Bucket bucket;
    bucket.startMs = startMs;
    bucket.samples = static_cast<int>(window.count());
    bucket.failures = static_cast<int>(window.failureCount());
    bucket.p50 = window.latencyP50();
    bucket.p95 = window.latencyP95();
    bucket.errorRate = window.errorRate();
    return bucket;
}

QList<HealthDashboardModel::Segment>
HealthDashboardModel::bandSegments(const QList<core::HealthSample> &samples, qint64 maxHoldMs, qint64 nowMs)
{
    QList<Segment> band;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const qint64 from = msOf(samples.at(i));
        const qint64 next = i + 1 < samples.size() ? msOf(samples.at(i + 1)) : std::max(nowMs, from);
        appendMerged(band, Segment{from, std::min(next, from + maxHoldMs), bandOf(samples.at(i).status)});
    }
    return band;
}

qint64 HealthDashboardModel::maxHoldMs() const
{
    return std::max(kMinHoldMs, 2 * bucketMs());
}

HealthDashboardModel::Band HealthDashboardModel::bandOf(core::HealthSample::Status status)
{
    switch (status) {
    case core::HealthSample::Status::Healthy:
        return Band::Healthy;
    case core::HealthSample::Status::Degraded:
        return Band::Degraded;
    case core::HealthSample::Status::Unhealthy:
    case core::HealthSample::Status::Error:
        break;
    }
    return Band::Unhealthy;
}

QString HealthDashboardModel::bandText(Band band)
{
    switch (band) {
    case Band::Healthy:
        return tr("healthy");
    case Band::Degraded:
        return tr("degraded");
    case Band::Unhealthy:
        return tr("unhealthy");
    case Band::NoData:
        break;
    }
    return tr("no data");
}

QString HealthDashboardModel::describe(const core::HealthSample &sample)
{
    QString status;
    switch (sample.status) {
    case core::HealthSample::Status::Healthy:
        status = tr("healthy");
        break;
    case core::HealthSample::Status::Degraded:
        status = tr("degraded");
        break;
    case core::HealthSample::Status::Unhealthy:
        status = tr("unhealthy");
        break;
    case core::HealthSample::Status::Error:
        status = tr("no answer");
        break;
    }
    QStringList lines;
    lines << tr("%1 · %2").arg(sample.slot, sample.time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz 'UTC'"_s));
    lines << (sample.hasAnswer()
                  ? tr("%1 · HTTP %2 · %3 ms").arg(status).arg(sample.httpStatus).arg(sample.latencyMs)
                  : tr("%1 · no HTTP answer · %2 ms").arg(status).arg(sample.latencyMs));
    lines << tr("version %1").arg(sample.version.isEmpty() ? tr("unknown") : sample.version);
    if (!sample.error.isEmpty())
        lines << tr("error: %1").arg(sample.error);
    return lines.join(u'\n');
}

} // namespace ui
