// Chart redraw: 24 h of 1-second samples (86,400 points) for 2 slots × 2 metrics (latency, error rate)
// in two 1280 × 360 charts, as the health dashboard shows them. Every round measures, interleaved (so a
// change in the machine's load hits all variants alike), each starting from the charts showing another
// range (the last 6 h, not timed):
// - downsampled: core::Lttb of the raw points to the plot's pixel width + QLineSeries::replace + render
//   of both chart views into a QImage (and its three parts);
// - plain: every point in the QLineSeries (4 × 86,400) + render; the ratio plain / downsampled;
// - downsampled with the LTTB of the range cached (switching back to a range shown before), and a
//   repaint of the same range (render only);
// - the dashboard pipeline: HealthDashboardModel over 2 × 86,400 samples (1-minute buckets with
//   RollingWindow figures, LTTB to the plot width) + HealthChart refresh + render; and live samples
//   appended (model append + chart refresh + render).
// Prints, per variant, the median and best wall time and process CPU time (all threads) over the rounds,
// the load average before and after, and the downsampled figures against one 60 Hz frame (16.7 ms).
// Usage: BenchChartRedraw [rounds]. Run it on a display or with QT_QPA_PLATFORM=offscreen (scripts/bench.sh
// uses xvfb-run).
#include <cmath>
#include <numbers>

#include <QApplication>
#include <QChartView>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include "BenchUtil.h"
#include "core/health/Lttb.h"
#include "ui/health/HealthChart.h"
#include "ui/health/HealthDashboardModel.h"
#include "ui/health/MemoryHealthSource.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kPoints = 24 * 60 * 60;
constexpr int kRounds = 15;
constexpr int kLivePerRound = 4;
const QSize kViewSize(1280, 360);
const QDateTime kStart(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC);

double noiseOf(quint32 &state)
{
    state = state * 1664525u + 1013904223u;
    return static_cast<double>(state >> 8) / static_cast<double>(1u << 24);
}

// Latency: a daily curve with noise and rare spikes; error rate: mostly 0 with bursts (as BenchLttb).
QList<QPointF> makeSeries(quint32 seed, bool errorRate)
{
    QList<QPointF> points;
    points.reserve(kPoints);
    quint32 state = seed;
    const auto t0 = static_cast<double>(kStart.toMSecsSinceEpoch());
    for (qsizetype i = 0; i < kPoints; ++i) {
        const double noise = noiseOf(state);
        const auto x = static_cast<double>(i);
        double y = 0;
        if (errorRate)
            y = (i / 600) % 17 == 3 ? 5.0 + 30.0 * noise : (noise > 0.995 ? 1.0 : 0.0);
        else
            y = 120.0 + 60.0 * std::sin(x / 86400.0 * 2.0 * std::numbers::pi) + 30.0 * noise +
                (noise > 0.999 ? 4000.0 : 0.0);
        points.append(QPointF(t0 + x * 1000.0, y));
    }
    return points;
}

QList<core::HealthSample> makeSamples(const QString &slot, quint32 seed)
{
    QList<core::HealthSample> samples;
    samples.reserve(kPoints);
    quint32 state = seed;
    for (qsizetype i = 0; i < kPoints; ++i) {
        const double noise = noiseOf(state);
        core::HealthSample s;
        s.slot = slot;
        s.time = kStart.addSecs(i);
        const bool failing = (i / 600) % 17 == 3 ? noise < 0.2 : noise > 0.998;
        s.status = failing ? core::HealthSample::Status::Unhealthy : core::HealthSample::Status::Healthy;
        s.httpStatus = failing ? 503 : 200;
        s.latencyMs = static_cast<qint64>(
            120.0 + 60.0 * std::sin(static_cast<double>(i) / 86400.0 * 2.0 * std::numbers::pi) +
            30.0 * noise);
        s.version = u"v1.4.0"_s;
        samples << s;
    }
    return samples;
}

struct PlainChart
{
    QChartView view;
    QList<QLineSeries *> series;

    explicit PlainChart(const QString &title)
    {
        auto *chart = new QChart;
        chart->setTitle(title);
        auto *x = new QDateTimeAxis;
        x->setFormat(u"HH:mm"_s);
        x->setRange(kStart.toLocalTime(), kStart.addSecs(kPoints).toLocalTime());
        auto *y = new QValueAxis;
        y->setRange(0, title == u"latency" ? 4500 : 40);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (int slot = 0; slot < 2; ++slot) {
            auto *s = new QLineSeries;
            s->setName(slot == 0 ? u"blue"_s : u"green"_s);
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
            series << s;
        }
        view.setChart(chart);
        view.setRenderHint(QPainter::Antialiasing);
        view.resize(kViewSize);
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.show();
    }
};

void render(QChartView &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    view.render(&painter);
}

void saveIfAsked(QChartView &view, const QString &name)
{
    const QString dir = qEnvironmentVariable("SWITCHYARD_BENCH_SHOTS");
    if (dir.isEmpty())
        return;
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    view.render(&painter);
    image.save(dir + u'/' + name);
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : kRounds;
    bench::print(u"before: "_s + bench::loadAverage());

    QList<QList<QPointF>> raw; // blue latency, green latency, blue errors, green errors
    raw << makeSeries(1000, false) << makeSeries(1001, false) << makeSeries(2000, true)
        << makeSeries(2001, true);

    PlainChart latency(u"latency"_s);
    PlainChart errors(u"errors"_s);
    QCoreApplication::processEvents(); // lay out the charts once: plotArea() is known afterwards
    const QList<QLineSeries *> all = latency.series + errors.series;
    const auto plotWidth = static_cast<qsizetype>(latency.view.chart()->plotArea().width());
    // What the charts show before each downsampled redraw (not timed): the last 6 hours, thinned, as if the
    // user came from that range. A redraw then always changes every series.
    QList<QList<QPointF>> previous;
    for (const QList<QPointF> &points : std::as_const(raw))
        previous << core::Lttb::downsample(points.mid(points.size() * 3 / 4), plotWidth);
    const auto renderBoth = [&] {
        render(latency.view);
        render(errors.view);
    };
    const auto showPrevious = [&] {
        for (qsizetype i = 0; i < all.size(); ++i)
            all[i]->replace(previous.at(i));
        renderBoth();
    };

    // The dashboard pipeline from samples.
    ui::MemoryHealthSource source;
    source.addSamples(1, makeSamples(u"blue"_s, 3000));
    source.addSamples(1, makeSamples(u"green"_s, 3001));
    ui::HealthDashboardModel model(source);
    model.setEnvironment(1);
    model.setRange(ui::HealthRange::OneDay);
    ui::HealthChart latencyChart(ui::HealthChart::Kind::Latency, model);
    ui::HealthChart errorChart(ui::HealthChart::Kind::ErrorRate, model);
    for (ui::HealthChart *chart : {&latencyChart, &errorChart}) {
        chart->resize(kViewSize);
        chart->setAttribute(Qt::WA_DontShowOnScreen);
        chart->show();
    }
    const QDateTime end = kStart.addSecs(kPoints - 1);
    (void)model.reload(end);
    latencyChart.rebuild();
    errorChart.rebuild();
    QCoreApplication::processEvents();
    model.setPlotWidth(latencyChart.plotWidth());
    const auto refreshDashboard = [&] {
        latencyChart.refresh();
        errorChart.refresh();
        render(latencyChart);
        render(errorChart);
    };
    const core::HealthSample liveTemplate = source.samples(1, u"blue"_s, end, end)->constFirst();

    // LTTB results per (series, plot width): what a range shown before needs again.
    QHash<QPair<qsizetype, qsizetype>, QList<QPointF>> lttbCache;

    bench::Timings down, downLttb, downReplace, downRender, cached, repaint, plain, plainReplace, plainRender,
        pipeline, live;
    QList<double> ratios;
    qsizetype kept = 0;
    int liveSecond = 0;
    // Interleaved: every round measures each variant once, so a change in the machine's load hits them alike.
    for (int round = 0; round < rounds; ++round) {
        // Downsampled from the raw points: LTTB to the plot width, replace, render.
        showPrevious();
        {
            bench::Stopwatch watch;
            QList<QList<QPointF>> thinned;
            for (const QList<QPointF> &points : std::as_const(raw))
                thinned << core::Lttb::downsample(points, plotWidth);
            watch.lap(downLttb);
            kept = 0;
            for (qsizetype i = 0; i < all.size(); ++i) {
                all[i]->replace(thinned.at(i));
                kept += thinned.at(i).size();
            }
            watch.lap(downReplace);
            renderBoth();
            watch.lap(downRender);
            watch.total(down);
        }
        if (round == 0)
            saveIfAsked(latency.view, u"bench-downsampled-latency.png"_s);
        // Plain: every point.
        showPrevious();
        {
            bench::Stopwatch watch;
            for (qsizetype i = 0; i < all.size(); ++i)
                all[i]->replace(raw.at(i));
            watch.lap(plainReplace);
            renderBoth();
            watch.lap(plainRender);
            watch.total(plain);
            ratios << plain.wall.constLast() / down.wall.constLast();
        }
        if (round == 0)
            saveIfAsked(latency.view, u"bench-plain-latency.png"_s);
        // Downsampled again, with the LTTB of this range cached (switching back to a range shown before).
        showPrevious();
        {
            bench::Stopwatch watch;
            for (qsizetype i = 0; i < all.size(); ++i) {
                auto it = lttbCache.find({i, plotWidth});
                if (it == lttbCache.end())
                    it = lttbCache.insert({i, plotWidth}, core::Lttb::downsample(raw.at(i), plotWidth));
                all[i]->replace(*it);
            }
            renderBoth();
            watch.total(cached);
        }
        // A repaint of the same range (hover, expose): render only.
        {
            bench::Stopwatch watch;
            renderBoth();
            watch.total(repaint);
        }
        // The dashboard: model from 2 x 86,400 samples, chart refresh, render.
        {
            bench::Stopwatch watch;
            (void)model.reload(end);
            refreshDashboard();
            watch.total(pipeline);
        }
        if (round == 0)
            saveIfAsked(latencyChart, u"bench-pipeline-latency.png"_s);
        // Live samples into the dashboard.
        for (int i = 0; i < kLivePerRound; ++i) {
            core::HealthSample sample = liveTemplate;
            sample.time = end.addSecs(++liveSecond);
            bench::Stopwatch watch;
            (void)model.append(1, sample);
            refreshDashboard();
            watch.total(live);
        }
    }

    const double frameMs = 1000.0 / 60.0;
    bench::print(
        u"chart redraw: 2 slots x 2 metrics x %1 points, two %2x%3 chart views (antialiased), plot width "
        u"%4 px, %5 interleaved rounds; wall = elapsed time, cpu = this process's CPU time (all threads); "
        u"goal: downsampled "
        u"under one 60 Hz frame (%6 ms)"_s.arg(kPoints)
            .arg(kViewSize.width())
            .arg(kViewSize.height())
            .arg(plotWidth)
            .arg(rounds)
            .arg(ms(frameMs)));
    bench::print(u"downsampled (LTTB -> %1 points in all):    %2"_s.arg(kept).arg(down.summary()));
    bench::print(u"  of which LTTB     %1"_s.arg(downLttb.summary()));
    bench::print(u"  of which replace  %1"_s.arg(downReplace.summary()));
    bench::print(u"  of which render   %1"_s.arg(downRender.summary()));
    bench::print(u"downsampled, LTTB of the range cached:     %1"_s.arg(cached.summary()));
    bench::print(u"repaint of the downsampled range (render): %1"_s.arg(repaint.summary()));
    bench::print(u"plain QLineSeries (%1 points in all):  %2"_s.arg(4 * kPoints).arg(plain.summary()));
    bench::print(u"  of which replace  %1"_s.arg(plainReplace.summary()));
    bench::print(u"  of which render   %1"_s.arg(plainRender.summary()));
    bench::print(u"ratio plain / downsampled: wall %1x (median of per-round ratios %2x), cpu %3x"_s
                     .arg(plain.wallMedian() / down.wallMedian(), 0, 'f', 1)
                     .arg(bench::percentile(ratios, 0.5), 0, 'f', 1)
                     .arg(plain.cpuMedian() / down.cpuMedian(), 0, 'f', 1));
    bench::print(u"downsampled vs one frame: wall median %1 % (best %2 %), cpu median %3 % of %4 ms"_s
                     .arg(100.0 * down.wallMedian() / frameMs, 0, 'f', 0)
                     .arg(100.0 * down.wallBest() / frameMs, 0, 'f', 0)
                     .arg(100.0 * down.cpuMedian() / frameMs, 0, 'f', 0)
                     .arg(ms(frameMs)));
    bench::print(u"dashboard pipeline (2 x %1 samples -> 1-min buckets -> LTTB -> refresh -> render): %2"_s
                     .arg(kPoints)
                     .arg(pipeline.summary()));
    bench::print(u"live sample (append + refresh + render): %1; p95 wall %2 ms"_s.arg(live.summary())
                     .arg(ms(bench::percentile(live.wall, 0.95))));
    bench::print(u"after: "_s + bench::loadAverage());
    return 0;
}
