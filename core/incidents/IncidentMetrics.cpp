#include "IncidentMetrics.h"

#include <algorithm>

#include <QCoreApplication>

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::IncidentMetrics)
};

std::optional<qint64> between(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return from.msecsTo(to);
}

void summarise(QList<qint64> values, std::optional<qint64> &mean, std::optional<qint64> &median)
{
    if (values.isEmpty())
        return;
    std::sort(values.begin(), values.end());
    qint64 sum = 0;
    for (qint64 v : values)
        sum += v;
    mean = sum / values.size();
    const qsizetype n = values.size();
    median = n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

IncidentDurations IncidentMetrics::of(const Incident &incident)
{
    IncidentDurations d;
    d.ttdMs = between(incident.startedAt, incident.detectedAt);
    d.ttmMs = between(incident.startedAt, incident.mitigatedAt);
    d.ttrMs = between(incident.startedAt, incident.resolvedAt);
    if (d.ttdMs)
        d.withinResponseTarget = *d.ttdMs <= 60'000LL * responseTargetMinutes(incident.severity);
    return d;
}

IncidentDurationSummary IncidentMetrics::across(const QList<Incident> &incidents)
{
    IncidentDurationSummary s;
    QList<qint64> ttd, ttm, ttr;
    for (const Incident &incident : incidents) {
        ++s.incidents;
        if (incident.status == IncidentStatus::Resolved)
            ++s.resolved;
        const IncidentDurations d = of(incident);
        if (d.ttdMs)
            ttd << *d.ttdMs;
        if (d.ttmMs)
            ttm << *d.ttmMs;
        if (d.ttrMs)
            ttr << *d.ttrMs;
    }
    summarise(ttd, s.meanTtdMs, s.medianTtdMs);
    summarise(ttm, s.meanTtmMs, s.medianTtmMs);
    summarise(ttr, s.meanTtrMs, s.medianTtrMs);
    return s;
}

QString IncidentMetrics::formatDuration(std::optional<qint64> ms)
{
    if (!ms)
        return QStringLiteral("—");
    const qint64 secs = *ms / 1000;
    if (secs < 60)
        return Tr::tr("%1 s").arg(secs);
    const qint64 mins = secs / 60;
    if (mins < 60)
        return Tr::tr("%1 min %2 s").arg(mins).arg(secs % 60, 2, 10, QLatin1Char('0'));
    const qint64 hours = mins / 60;
    if (hours < 48)
        return Tr::tr("%1 h %2 min").arg(hours).arg(mins % 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace core
