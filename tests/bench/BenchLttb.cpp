// Chart downsampling: LTTB of 24 h of 1-second samples (86,400 points) for 2 slots × 2 metrics
// (latency, error rate) to 1,920 points each, as the dashboard does for a 1920-px-wide chart. Prints the
// median time of all four series over a few runs, against one 60 Hz frame.
#include <cmath>
#include <numbers>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "BenchUtil.h"
#include "core/health/Lttb.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kPoints = 24 * 60 * 60;
constexpr qsizetype kPixels = 1920;
constexpr int kRuns = 9;

// Latency: a daily curve with noise and rare spikes; error rate: mostly 0 with bursts.
QList<QPointF> makeSeries(quint32 seed, bool errorRate)
{
    QList<QPointF> points;
    points.reserve(kPoints);
    quint32 state = seed;
    const double t0 = 1714521600.0; // 2024-05-01T00:00:00Z
    for (qsizetype i = 0; i < kPoints; ++i) {
        state = state * 1664525u + 1013904223u;
        const double noise = static_cast<double>(state >> 8) / static_cast<double>(1u << 24);
        const auto x = static_cast<double>(i);
        double y = 0;
        if (errorRate)
            y = (i / 600) % 17 == 3 ? 0.05 + 0.3 * noise : (noise > 0.995 ? 0.01 : 0.0);
        else
            y = 120.0 + 60.0 * std::sin(x / 86400.0 * 2.0 * std::numbers::pi) + 30.0 * noise +
                (noise > 0.999 ? 4000.0 : 0.0);
        points.append(QPointF(t0 + x, y));
    }
    return points;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    QList<QList<QPointF>> series;
    for (quint32 slot = 0; slot < 2; ++slot) {
        series << makeSeries(1000 + slot, false);
        series << makeSeries(2000 + slot, true);
    }

    QList<double> runs;
    qsizetype kept = 0;
    for (int run = 0; run < kRuns; ++run) {
        kept = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QList<QPointF> &s : std::as_const(series))
            kept += core::Lttb::downsample(s, kPixels).size();
        runs << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }

    const double median = bench::percentile(runs, 0.5);
    const double frameMs = 1000.0 / 60.0;
    bench::print(u"lttb: %1 series x %2 points -> %3 points each (%4 kept in all)"_s.arg(series.size())
                     .arg(kPoints)
                     .arg(kPixels)
                     .arg(kept));
    bench::print(u"lttb: median %1 ms over %2 runs (min %3 ms, max %4 ms); %5 % of a 60 Hz frame (%6 ms)"_s
                     .arg(median, 0, 'f', 2)
                     .arg(kRuns)
                     .arg(bench::percentile(runs, 0.0), 0, 'f', 2)
                     .arg(bench::percentile(runs, 1.0), 0, 'f', 2)
                     .arg(100.0 * median / frameMs, 0, 'f', 1)
                     .arg(frameMs, 0, 'f', 2));
    return 0;
}
