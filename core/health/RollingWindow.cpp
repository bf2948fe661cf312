#include "core/health/RollingWindow.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace core {

namespace {

qint64 msOf(const HealthSample &sample)
{
    return sample.time.toMSecsSinceEpoch();
}

} // namespace

RollingWindow::RollingWindow(QString slot, qint64 windowMs)
    : m_slot(std::move(slot))
    , m_windowMs(std::max<qint64>(windowMs, 1))
{}

bool RollingWindow::add(const HealthSample &sample)
{
    if (sample.slot != m_slot || !sample.time.isValid())
        return false;
    const qint64 at = msOf(sample);
    if (!m_samples.empty() && at <= msOf(m_samples.back()) - m_windowMs)
        return false; // already outside the window

    // In time order; a sample with the same time as others goes after them.
    if (m_samples.empty() || msOf(m_samples.back()) <= at) {
        m_samples.push_back(sample);
    } else {
        const auto pos = std::upper_bound(m_samples.begin(), m_samples.end(), at,
                                          [](qint64 t, const HealthSample &s) { return t < msOf(s); });
        m_samples.insert(pos, sample);
    }
    m_latenciesDirty = true;
    evictAtOrBefore(msOf(m_samples.back()) - m_windowMs);
    return true;
}

void RollingWindow::evictOlderThan(const QDateTime &now)
{
    if (now.isValid())
        evictAtOrBefore(now.toMSecsSinceEpoch() - m_windowMs);
}

void RollingWindow::clear()
{
    m_samples.clear();
    m_latenciesDirty = true;
}

void RollingWindow::evictAtOrBefore(qint64 edgeMs)
{
    while (!m_samples.empty() && msOf(m_samples.front()) <= edgeMs) {
        m_samples.pop_front();
        m_latenciesDirty = true;
    }
}

std::optional<QDateTime> RollingWindow::newestTime() const
{
    if (m_samples.empty())
        return std::nullopt;
    return m_samples.back().time;
}

qsizetype RollingWindow::failureCount() const
{
    return std::count_if(m_samples.begin(), m_samples.end(),
                         [](const HealthSample &s) { return s.isFailure(); });
}

double RollingWindow::errorRate() const
{
    if (m_samples.empty())
        return 0.0;
    return static_cast<double>(failureCount()) / static_cast<double>(m_samples.size());
}

std::optional<qint64> RollingWindow::latencyPercentile(double percent) const
{
    if (m_latenciesDirty) {
        m_sortedLatencies.clear();
        m_sortedLatencies.reserve(m_samples.size());
        for (const HealthSample &s : m_samples) {
            if (s.hasAnswer())
                m_sortedLatencies.push_back(s.latencyMs);
        }
        std::sort(m_sortedLatencies.begin(), m_sortedLatencies.end());
        m_latenciesDirty = false;
    }
    const auto n = static_cast<qint64>(m_sortedLatencies.size());
    if (n == 0 || std::isnan(percent))
        return std::nullopt;
    // percent * n first, then / 100, so that whole ranks (95 * 20 / 100 = 19) come out exact; the small
    // tolerance keeps a product like 99.9 * 1000 = 99900.00000000001 from rounding up a rank.
    const double exactRank = std::clamp(percent, 0.0, 100.0) * static_cast<double>(n) / 100.0;
    const auto rank = std::clamp<qint64>(static_cast<qint64>(std::ceil(exactRank - 1e-9)), 1, n);
    return m_sortedLatencies[static_cast<std::size_t>(rank - 1)];
}

int RollingWindow::consecutiveFailures() const
{
    int failures = 0;
    for (auto it = m_samples.rbegin(); it != m_samples.rend() && it->isFailure(); ++it)
        ++failures;
    return failures;
}

qint64 RollingWindow::degradedTimeMs() const
{
    if (m_samples.empty())
        return 0;
    const qint64 end = msOf(m_samples.back());
    return degradedTimeBetween(end - m_windowMs, end);
}

qint64 RollingWindow::degradedTimeMs(const QDateTime &now) const
{
    if (m_samples.empty() || !now.isValid())
        return 0;
    const qint64 end = now.toMSecsSinceEpoch();
    return degradedTimeBetween(end - m_windowMs, end);
}

qint64 RollingWindow::degradedTimeBetween(qint64 startMs, qint64 endMs) const
{
    qint64 total = 0;
    for (std::size_t i = 0; i < m_samples.size(); ++i) {
        if (!m_samples[i].isDegradedOrWorse())
            continue;
        const qint64 from = std::max(msOf(m_samples[i]), startMs);
        const qint64 to = std::min(i + 1 < m_samples.size() ? msOf(m_samples[i + 1]) : endMs, endMs);
        if (to > from)
            total += to - from;
    }
    return total;
}

} // namespace core
