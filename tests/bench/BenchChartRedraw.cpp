// Chart redraw: 24 h of 1-second samples (86,400 points) for 2 slots × 2 metrics (latency, error rate)
// in two 1280 × 360 charts, as the health dashboard shows them. In one run:
// - downsampled: core::Lttb to the plot's pixel width + QLineSeries::replace + render of both chart
//   views into a QImage;
// - plain: every point in the QLineSeries (4 × 86,400) + render;
// - the dashboard pipeline: HealthDashboardModel over 2 × 86,400 samples (1-minute buckets with
//   RollingWindow figures, LTTB to the plot width) + HealthChart refresh + render; and one live sample
//   appended (model append + chart refresh + render).
// Prints medians, the ratio, and the downsampled figure against one 60 Hz frame (16.7 ms).
// Run it on a display or with QT_QPA_PLATFORM=offscreen (scripts/bench.sh uses xvfb-run).
#include <cmath>
#include <ctime>
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
constexpr int kDownsampledRuns = 21;
constexpr int kPlainRuns = 5;
constexpr int kPipelineRuns = 9;
constexpr int kLiveRuns = 60;
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

// CPU time of this thread in ms: what a redraw costs without the other processes of a busy machine.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);

    QList<QList<QPointF>> raw; // blue latency, green latency, blue errors, green errors
    raw << makeSeries(1000, false) << makeSeries(1001, false) << makeSeries(2000, true)
        << makeSeries(2001, true);

    PlainChart latency(u"latency"_s);
    PlainChart errors(u"errors"_s);
    QCoreApplication::processEvents(); // lay out the charts once: plotArea() is known afterwards
    const QList<QLineSeries *> all = latency.series + errors.series;
    const auto plotWidth = static_cast<qsizetype>(latency.view.chart()->plotArea().width());

    // Downsampled: LTTB to the plot width, replace, render.
    QList<double> lttbRuns, replaceRuns, renderRuns, totalRuns, cpuRuns;
    qsizetype kept = 0;
    for (int run = 0; run < kDownsampledRuns; ++run) {
        const double cpu = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        QList<QList<QPointF>> thinned;
        for (const QList<QPointF> &points : std::as_const(raw))
            thinned << core::Lttb::downsample(points, plotWidth);
        const qint64 afterLttb = timer.nsecsElapsed();
        kept = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            all[i]->replace(thinned.at(i));
            kept += thinned.at(i).size();
        }
        const qint64 afterReplace = timer.nsecsElapsed();
        render(latency.view);
        render(errors.view);
        const qint64 end = timer.nsecsElapsed();
        lttbRuns << static_cast<double>(afterLttb) / 1e6;
        replaceRuns << static_cast<double>(afterReplace - afterLttb) / 1e6;
        renderRuns << static_cast<double>(end - afterReplace) / 1e6;
        totalRuns << static_cast<double>(end) / 1e6;
        cpuRuns << threadCpuMs() - cpu;
    }
    saveIfAsked(latency.view, u"bench-downsampled-latency.png"_s);

    // Plain: every point.
    QList<double> plainReplaceRuns, plainRenderRuns, plainTotalRuns, plainCpuRuns;
    for (int run = 0; run < kPlainRuns; ++run) {
        for (QLineSeries *s : all)
            s->clear();
        const double cpu = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < all.size(); ++i)
            all[i]->replace(raw.at(i));
        const qint64 afterReplace = timer.nsecsElapsed();
        render(latency.view);
        render(errors.view);
        const qint64 end = timer.nsecsElapsed();
        plainReplaceRuns << static_cast<double>(afterReplace) / 1e6;
        plainRenderRuns << static_cast<double>(end - afterReplace) / 1e6;
        plainTotalRuns << static_cast<double>(end) / 1e6;
        plainCpuRuns << threadCpuMs() - cpu;
    }
    saveIfAsked(latency.view, u"bench-plain-latency.png"_s);

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
    QList<double> pipelineRuns, pipelineCpuRuns;
    for (int run = 0; run < kPipelineRuns; ++run) {
        const double cpu = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        (void)model.reload(end);
        latencyChart.refresh();
        errorChart.refresh();
        render(latencyChart);
        render(errorChart);
        pipelineRuns << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        pipelineCpuRuns << threadCpuMs() - cpu;
    }
    saveIfAsked(latencyChart, u"bench-pipeline-latency.png"_s);
    QList<double> liveRuns, liveCpuRuns;
    for (int run = 0; run < kLiveRuns; ++run) {
        core::HealthSample sample = source.samples(1, u"blue"_s, end, end)->constFirst();
        sample.time = end.addSecs(run + 1);
        const double cpu = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        (void)model.append(1, sample);
        latencyChart.refresh();
        errorChart.refresh();
        render(latencyChart);
        render(errorChart);
        liveRuns << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        liveCpuRuns << threadCpuMs() - cpu;
    }

    const double frameMs = 1000.0 / 60.0;
    const double down = bench::percentile(totalRuns, 0.5);
    const double plain = bench::percentile(plainTotalRuns, 0.5);
    const double downCpu = bench::percentile(cpuRuns, 0.5);
    const double plainCpu = bench::percentile(plainCpuRuns, 0.5);
    bench::print(
        u"chart redraw: 2 slots x 2 metrics x %1 points, two %2x%3 chart views (antialiased), plot width "
        u"%4 px; wall = elapsed time, cpu = this thread's CPU time"_s.arg(kPoints)
            .arg(kViewSize.width())
            .arg(kViewSize.height())
            .arg(plotWidth));
    bench::print(
        u"downsampled (LTTB -> %1 points in all): median wall %2 ms (lttb %3 + replace %4 + render %5), "
        u"cpu %6 ms, over %7 runs; cpu = %8 % of a 60 Hz frame (%9 ms)"_s.arg(kept)
            .arg(ms(down))
            .arg(ms(bench::percentile(lttbRuns, 0.5)), ms(bench::percentile(replaceRuns, 0.5)),
                 ms(bench::percentile(renderRuns, 0.5)), ms(downCpu))
            .arg(kDownsampledRuns)
            .arg(100.0 * downCpu / frameMs, 0, 'f', 1)
            .arg(ms(frameMs)));
    bench::print(
        u"plain QLineSeries (%1 points in all): median wall %2 ms (replace %3 + render %4), cpu %5 ms, "
        u"over %6 runs"_s.arg(4 * kPoints)
            .arg(ms(plain))
            .arg(ms(bench::percentile(plainReplaceRuns, 0.5)), ms(bench::percentile(plainRenderRuns, 0.5)),
                 ms(plainCpu))
            .arg(kPlainRuns));
    bench::print(u"ratio plain / downsampled: wall %1x, cpu %2x"_s.arg(plain / down, 0, 'f', 1)
                     .arg(plainCpu / downCpu, 0, 'f', 1));
    bench::print(
        u"dashboard pipeline (2 x %1 samples -> 1-min buckets -> LTTB -> refresh -> render): median wall "
        u"%2 ms, cpu %3 ms over %4 runs"_s.arg(kPoints)
            .arg(ms(bench::percentile(pipelineRuns, 0.5)), ms(bench::percentile(pipelineCpuRuns, 0.5)))
            .arg(kPipelineRuns));
    bench::print(
        u"live sample (append + refresh + render): median wall %1 ms, cpu %2 ms; p95 wall %3 ms over %4 "
        u"samples"_s
            .arg(ms(bench::percentile(liveRuns, 0.5)), ms(bench::percentile(liveCpuRuns, 0.5)),
                 ms(bench::percentile(liveRuns, 0.95)))
            .arg(kLiveRuns));
    return 0;
}
