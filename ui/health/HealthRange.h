#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ui {

// The time ranges the health dashboard offers, and the bucket each one groups samples into before
// charting: short enough to show a spike, long enough that p50/p95 and an error rate mean something.
// Buckets start at multiples of their width since the epoch, so live samples land in stable buckets.
enum class HealthRange
{
    FifteenMinutes,
    OneHour,
    SixHours,
    OneDay,
    SevenDays,
    ThirtyDays
};

class HealthRanges final
{
    Q_DECLARE_TR_FUNCTIONS(ui::HealthRanges)

public:
    HealthRanges() = delete;

    [[nodiscard]] static QList<HealthRange> all();
    [[nodiscard]] static qint64 durationMs(HealthRange range);
    // 15 min → 5 s, 1 h → 15 s, 6 h → 1 min, 24 h → 1 min, 7 d → 5 min, 30 d → 15 min.
    [[nodiscard]] static qint64 bucketMs(HealthRange range);
    // "15 min", "1 h", "6 h", "24 h", "7 d", "30 d"
    [[nodiscard]] static QString label(HealthRange range);
};

} // namespace ui
