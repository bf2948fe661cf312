#pragma once

#include <deque>
#include <optional>
#include <vector>

#include <QDateTime>
#include <QString>

#include "core/health/HealthSample.h"

namespace core {

// The recent health samples of one slot over a sliding time window (e.g. the last 5 minutes), and
// the figures triggers and the dashboard read from them.
//
// Window: with `now` the newest sample's time (or the time given to evictOlderThan), the window is the
// half-open interval (now - window, now]: a sample exactly `window` ms old is evicted, so a 5 min window
// of 5 s probes holds 60 samples. add() evicts relative to the newest sample; samples that arrive out of
// order are inserted in time order, and one already older than the window is dropped.
//
// Definitions:
// - failure: status Unhealthy or Error. Degraded counts as a success (the service answered and works,
//   with a problem it reported); it only counts toward degradedTimeMs().
// - errorRate(): failures / samples, in [0, 1]; 0 for an empty window (check count() for minimum samples).
// - latency percentiles: over the samples that got an HTTP answer (httpStatus > 0), whatever their
//   status; a sample without an answer has no latency worth ranking (a refused connection takes 0 ms, a
//   timeout the whole timeout). Nearest-rank method: sort the n latencies ascending; the p-th percentile
//   is the value at 1-based rank ceil(p / 100 * n), clamped to [1, n]. It is always an observed value,
//   never interpolated: with 10 samples p50 is the 5th smallest, p95 and p99 the largest.
// - consecutiveFailures(): the number of failures at the newest end, up to the newest success.
// - degradedTimeMs(): sample-and-hold: a sample's status lasts from its time until the next sample's
//   time; the time held Degraded, Unhealthy or Error is summed, clipped to the window. The stretch before
//   the first sample is unknown and not counted; the newest sample holds until `now` (0 ms without one).
//
// Cost, n = samples held (1,800 for 1 s samples over 30 min): add() amortised O(1) in time order,
// O(n) out of order; evicting O(1) per sample; errorRate and consecutiveFailures O(n) (the latter stops
// at the first success); degradedTimeMs O(n). Percentiles sort the latencies once after each change,
// O(n log n), and answer from that cache in O(1) until the next change. Not thread-safe, not even for
// concurrent const calls (the cache is filled lazily): one owner thread.
class RollingWindow final
{
public:
    static constexpr qint64 kDefaultWindowMs = 5 * 60 * 1000;

    explicit RollingWindow(QString slot, qint64 windowMs = kDefaultWindowMs);

    [[nodiscard]] const QString &slot() const { return m_slot; }
    [[nodiscard]] qint64 windowMs() const { return m_windowMs; }

    // Adds a sample of this window's slot and evicts what the newest sample pushes out. Returns false (and
    // keeps nothing) for another slot's sample, a sample without a valid time, or one already older than
    // the window.
    bool add(const HealthSample &sample);
    // Evicts the samples at or before now - window; samples later than `now` stay.
    void evictOlderThan(const QDateTime &now);
    void clear();

    [[nodiscard]] qsizetype count() const { return static_cast<qsizetype>(m_samples.size()); }
    [[nodiscard]] bool isEmpty() const { return m_samples.empty(); }
    // Oldest first.
    [[nodiscard]] const std::deque<HealthSample> &samples() const { return m_samples; }
    [[nodiscard]] std::optional<QDateTime> newestTime() const;

    [[nodiscard]] qsizetype failureCount() const;
    [[nodiscard]] double errorRate() const;
    // Nearest-rank percentile (see above) for percent in [0, 100]; nullopt if no sample got an answer.
    [[nodiscard]] std::optional<qint64> latencyPercentile(double percent) const;
    [[nodiscard]] std::optional<qint64> latencyP50() const { return latencyPercentile(50); }
    [[nodiscard]] std::optional<qint64> latencyP95() const { return latencyPercentile(95); }
    [[nodiscard]] std::optional<qint64> latencyP99() const { return latencyPercentile(99); }
    [[nodiscard]] int consecutiveFailures() const;
    // Up to the newest sample: the newest sample's own status counts for 0 ms.
    [[nodiscard]] qint64 degradedTimeMs() const;
    // Over (now - window, now]: the newest sample's status holds until `now`.
    [[nodiscard]] qint64 degradedTimeMs(const QDateTime &now) const;

private:
    void evictAtOrBefore(qint64 edgeMs);
    [[nodiscard]] qint64 degradedTimeBetween(qint64 startMs, qint64 endMs) const;

    QString m_slot;
    qint64 m_windowMs;
    std::deque<HealthSample> m_samples; // sorted by time, oldest first
    mutable std::vector<qint64> m_sortedLatencies;
    mutable bool m_latenciesDirty = true;
};

} // namespace core
