#include "HealthRange.h"

namespace ui {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

QList<HealthRange> HealthRanges::all()
{
    return {HealthRange::FifteenMinutes, HealthRange::OneHour,   HealthRange::SixHours,
            HealthRange::OneDay,         HealthRange::SevenDays, HealthRange::ThirtyDays};
}

qint64 HealthRanges::durationMs(HealthRange range)
{
    switch (range) {
    case HealthRange::FifteenMinutes:
        return 15 * kMinute;
    case HealthRange::OneHour:
        return kHour;
    case HealthRange::SixHours:
        return 6 * kHour;
    case HealthRange::OneDay:
        return kDay;
    case HealthRange::SevenDays:
        return 7 * kDay;
    case HealthRange::ThirtyDays:
        break;
    }
    return 30 * kDay;
}

qint64 HealthRanges::bucketMs(HealthRange range)
{
    switch (range) {
    case HealthRange::FifteenMinutes:
        return 5 * kSecond;
    case HealthRange::OneHour:
        return 15 * kSecond;
    case HealthRange::SixHours:
    case HealthRange::OneDay:
        return kMinute;
    case HealthRange::SevenDays:
        return 5 * kMinute;
    case HealthRange::ThirtyDays:
        break;
    }
    return 15 * kMinute;
}

QString HealthRanges::label(HealthRange range)
{
    switch (range) {
    case HealthRange::FifteenMinutes:
        return tr("15 min");
    case HealthRange::OneHour:
        return tr("1 h");
    case HealthRange::SixHours:
        return tr("6 h");
    case HealthRange::OneDay:
        return tr("24 h");
    case HealthRange::SevenDays:
        return tr("7 d");
    case HealthRange::ThirtyDays:
        break;
    }
    return tr("30 d");
}

} // namespace ui
