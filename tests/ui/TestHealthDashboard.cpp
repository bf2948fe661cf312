// The health dashboard widget offscreen: series per slot and metric with the model's points, dashed
// threshold lines named in the legend, labelled deployment markers, the range buttons, thinning to the
// plot width, live samples appended without replacing the series, the exact sample under the mouse, the
// status band's words and the per-slot trigger figures. With SWITCHYARD_SCREENSHOT_DIR set it also
// saves what it drew there.
#include <QAbstractButton>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QTest>

#include "ui/HealthDashboard.h"
#include "ui/health/HealthChart.h"
#include "ui/health/MemoryHealthSource.h"
#include "ui/health/StatusBand.h"

using namespace Qt::StringLiterals;
using Metric = ui::HealthDashboardModel::Metric;
using Status = core::HealthSample::Status;

namespace {

constexpr core::EnvironmentId kEnv = 3;
const QDateTime kT0(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

core::HealthSample sample(const QString &slot, qint64 seconds, Status status, int http, qint64 latency)
{
    core::HealthSample s;
    s.slot = slot;
    s.time = kT0.addSecs(seconds);
    s.status = status;
    s.httpStatus = http;
    s.latencyMs = latency;
    s.version = slot == u"blue" ? u"v1.4.0"_s : u"v1.5.0"_s;
    if (status == Status::Unhealthy)
        s.error = u"database: connection refused"_s;
    return s;
}

// Every 5 s from T0 to T0 + 900 s; blue is unhealthy (503, 300 ms) from 700 s to 760 s.
void fill(ui::MemoryHealthSource &source)
{
    QList<core::HealthSample> samples;
    for (qint64 t = 0; t <= 900; t += 5) {
        const bool sick = t >= 700 && t <= 760;
        samples << sample(u"blue"_s, t, sick ? Status::Unhealthy : Status::Healthy, sick ? 503 : 200,
                          sick ? 300 : 100 + (t / 5 % 5) * 10);
        samples << sample(u"green"_s, t, Status::Healthy, 200, 80);
    }
    source.addSamples(kEnv, samples);
    ui::HealthMarker deploy;
    deploy.time = kT0.addSecs(600);
    deploy.kind = ui::HealthMarker::Kind::Deployment;
    deploy.deployment = 21;
    deploy.version = u"v1.5.0"_s;
    deploy.toSlot = u"blue"_s;
    deploy.label = u"deploy v1.5.0 → blue"_s;
    ui::HealthMarker rollback = deploy;
    rollback.time = kT0.addSecs(780);
    rollback.kind = ui::HealthMarker::Kind::Rollback;
    rollback.toSlot = u"green"_s;
    rollback.label = u"rollback → green"_s;
    source.setMarkers(kEnv, {deploy, rollback});
    ui::HealthThresholds thresholds;
    thresholds.p95LatencyMs = 400;
    source.setThresholds(kEnv, thresholds);
}

QPoint viewPosOf(ui::HealthChart *chart, QLineSeries *series, QPointF value)
{
    const QPointF inChart = chart->chart()->mapToPosition(value, series);
    return chart->mapFromScene(chart->chart()->mapToScene(inChart));
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SWITCHYARD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let the charts finish their layout
    widget->grab().save(dir + u'/' + name);
}

} // namespace

class TestHealthDashboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MemoryHealthSource> m_source;
    std::unique_ptr<ui::HealthDashboard> m_dashboard;
    QDateTime m_now;

private Q_SLOTS:
    void init()
    {
        m_source = std::make_unique<ui::MemoryHealthSource>();
        fill(*m_source);
        m_now = kT0.addSecs(900);
        m_dashboard = std::make_unique<ui::HealthDashboard>(*m_source);
        m_dashboard->setClock([this] { return m_now; });
        m_dashboard->resize(1100, 820);
        m_dashboard->setRange(ui::HealthRange::FifteenMinutes);
        m_dashboard->setEnvironments({{u"staging"_s, kEnv + 1}, {u"production"_s, kEnv}});
        m_dashboard->showEnvironment(kEnv);
        m_dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
    }

    void cleanup()
    {
        m_dashboard.reset();
        m_source.reset();
    }

    void chartsShowTheModel()
    {
        const ui::HealthDashboardModel &model = m_dashboard->model();
        QCOMPARE(model.environment(), kEnv);
        QCOMPARE(m_dashboard->findChild<QLabel *>(u"dashboardTitle"_s)->text(), u"Health of production"_s);
        ui::HealthChart *latency = m_dashboard->latencyChart();
        ui::HealthChart *errors = m_dashboard->errorRateChart();
        for (const QString &slot : {u"blue"_s, u"green"_s}) {
            QVERIFY(latency->seriesOf(slot, Metric::LatencyP95));
            QCOMPARE(latency->seriesOf(slot, Metric::LatencyP95)->points(),
                     model.points(slot, Metric::LatencyP95));
            QCOMPARE(latency->seriesOf(slot, Metric::LatencyP50)->points(),
                     model.points(slot, Metric::LatencyP50));
            QCOMPARE(errors->seriesOf(slot, Metric::ErrorRate)->points(),
                     model.points(slot, Metric::ErrorRate));
        }
        // 181 samples per slot in 5 s buckets: 181 buckets (T0 + 900 opens the last one).
        QCOMPARE(latency->seriesOf(u"blue"_s, Metric::LatencyP95)->count(), 181);
        // Blue's sick stretch: 100 % errors at 700 s.
        QVERIFY(errors->seriesOf(u"blue"_s, Metric::ErrorRate)
                    ->points()
                    .contains(QPointF(static_cast<double>(kT0.addSecs(700).toMSecsSinceEpoch()), 100)));

        // Thresholds: dashed, on the scale, named with their numbers.
        QLineSeries *latencyThreshold = latency->thresholdSeries();
        QCOMPARE(latencyThreshold->pen().style(), Qt::DashLine);
        QCOMPARE(latencyThreshold->count(), 2);
        QCOMPARE(latencyThreshold->at(0).y(), 400.0);
        QVERIFY2(latencyThreshold->name().contains(u"400 ms"_s), qPrintable(latencyThreshold->name()));
        QCOMPARE(errors->thresholdSeries()->at(1).y(), 5.0);
        QVERIFY(errors->thresholdSeries()->name().contains(u"5 %"_s));

        QCOMPARE(latency->markerLabels(), QStringList({u"deploy v1.5.0 → blue"_s, u"rollback → green"_s}));
        QCOMPARE(errors->markerLabels().size(), 2);

        // Trigger figures now: (600, 900] holds 60 blue samples, 13 of them failed (700 … 760).
        const QString blue = m_dashboard->findChild<QLabel *>(u"summary_blue"_s)->text();
        QVERIFY2(blue.contains(u"errors 21.7 % over 5 min (13 of 60)"_s), qPrintable(blue));
        QVERIFY2(blue.contains(u"over the threshold"_s), qPrintable(blue));
        const QString green = m_dashboard->findChild<QLabel *>(u"summary_green"_s)->text();
        QVERIFY2(green.contains(u"errors 0.0 %"_s) && green.contains(u"p95 80 ms"_s), qPrintable(green));
        saveShot(m_dashboard.get(), u"health-dashboard-15min.png"_s);
    }

    void statusBandSaysWhatItShows()
    {
        ui::StatusBand *band = m_dashboard->statusBand();
        QTRY_VERIFY(band->width() > 200);
        // Find the blue row's unhealthy stretch by scanning the row.
        QString found;
        for (int x = 0; x < band->width() && found.isEmpty(); x += 2) {
            const QString text = band->textAt(QPoint(x, 4));
            if (text.contains(u"unhealthy"_s))
                found = text;
        }
        QVERIFY2(found.startsWith(u"blue · unhealthy · May 1 12:11:40 – May 1 12:12:45"_s),
                 qPrintable(found));
        QString last; // the rightmost segment
        for (int x = band->width(); x > 0 && last.isEmpty(); --x)
            last = band->textAt(QPoint(x, 4));
        QVERIFY2(last.startsWith(u"blue · healthy · May 1 12:12:45 – May 1 12:15:00"_s), qPrintable(last));
        QVERIFY(band->textAt(QPoint(2, 4)).isEmpty()); // the slot names' column
    }

    void hoverShowsTheExactSample()
    {
        ui::HealthChart *latency = m_dashboard->latencyChart();
        QLineSeries *blue = latency->seriesOf(u"blue"_s, Metric::LatencyP95);
        const QPointF value(static_cast<double>(kT0.addSecs(720).toMSecsSinceEpoch()), 300);
        const QPoint pos = viewPosOf(latency, blue, value);
        const auto hover = latency->hoverAt(pos);
        QVERIFY(hover);
        QCOMPARE(hover->sample, sample(u"blue"_s, 720, Status::Unhealthy, 503, 300));
        QVERIFY(!latency->hoverAt(QPoint(1, 1)));

        QMouseEvent move(QEvent::MouseMove, QPointF(pos), latency->viewport()->mapToGlobal(QPointF(pos)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(latency->viewport(), &move);
        const QString text = m_dashboard->hoverText();
        QVERIFY2(text.contains(u"blue · 2024-05-01 12:12:00.000 UTC"_s), qPrintable(text));
        QVERIFY(text.contains(u"unhealthy · HTTP 503 · 300 ms"_s));
        QVERIFY(text.contains(u"version v1.4.0"_s));
        QVERIFY(text.contains(u"error: database: connection refused"_s));
        QVERIFY2(text.contains(u"errors 100.0 % (1 of 1)"_s), qPrintable(text));
    }

    void liveSamplesAppendWithoutRebuilding()
    {
        ui::HealthChart *errors = m_dashboard->errorRateChart();
        QLineSeries *blue = errors->seriesOf(u"blue"_s, Metric::ErrorRate);
        const auto before = blue->count();
        m_now = kT0.addSecs(905);
        m_source->addSample(kEnv, sample(u"blue"_s, 905, Status::Unhealthy, 503, 250));
        QCOMPARE(errors->seriesOf(u"blue"_s, Metric::ErrorRate), blue); // the same series object
        // The range slid by 5 s: the oldest bucket left, a new one came.
        QCOMPARE(blue->count(), before);
        QCOMPARE(errors->lastSync().value(u"blue_errors"_s), ui::HealthChart::Sync::Appended);
        QCOMPARE(blue->points().constLast(),
                 QPointF(static_cast<double>(kT0.addSecs(905).toMSecsSinceEpoch()), 100));
        // Another sample in the same 5 s bucket replaces only the last point.
        m_source->addSample(kEnv, sample(u"blue"_s, 907, Status::Healthy, 200, 90));
        QCOMPARE(errors->lastSync().value(u"blue_errors"_s), ui::HealthChart::Sync::ReplacedTail);
        QCOMPARE(blue->points().constLast().y(), 50.0);
        // Green only lost what slid out of the range.
        QCOMPARE(errors->lastSync().value(u"green_errors"_s), ui::HealthChart::Sync::Appended);
        QCOMPARE(errors->seriesOf(u"green"_s, Metric::ErrorRate)->count(), before - 2); // 0 s and 5 s left
        // Another environment's sample leaves this one alone.
        m_source->addSample(kEnv + 1, sample(u"blue"_s, 910, Status::Healthy, 200, 90));
        QCOMPARE(blue->points().constLast().y(), 50.0);
    }

    void longRangesKeepNoMorePointsThanPixels()
    {
        // A day of 10 s samples for both slots: 1,440 one-minute buckets each.
        ui::MemoryHealthSource source;
        QList<core::HealthSample> samples;
        for (qint64 t = 0; t < 86400; t += 10) {
            const bool spike = t >= 40000 && t < 40300;
            samples << sample(u"blue"_s, t, spike ? Status::Error : Status::Healthy, spike ? 0 : 200,
                              120 + (t / 10) % 37);
            samples << sample(u"green"_s, t, Status::Healthy, 200, 90 + (t / 10) % 11);
        }
        source.addSamples(kEnv, samples);
        ui::HealthDashboard dashboard(source);
        dashboard.setClock([] { return kT0.addSecs(86400); });
        dashboard.resize(900, 700);
        dashboard.setEnvironments({{u"production"_s, kEnv}});
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto *dayButton = dashboard.findChild<QAbstractButton *>(
            u"range_"_s + QString::number(int(ui::HealthRange::OneDay)));
        QVERIFY(dayButton);
        QTest::mouseClick(dayButton, Qt::LeftButton);
        QCOMPARE(dashboard.model().range(), ui::HealthRange::OneDay);
        const int width = dashboard.latencyChart()->plotWidth();
        QVERIFY2(width > 100 && width < 1440, qPrintable(QString::number(width)));
        QTRY_COMPARE(dashboard.model().plotWidth(), std::min(width, dashboard.errorRateChart()->plotWidth()));
        for (const QString &slot : {u"blue"_s, u"green"_s}) {
            QVERIFY(dashboard.model().isDownsampled(slot));
            QVERIFY(dashboard.latencyChart()->seriesOf(slot, Metric::LatencyP95)->count() <= width);
            QVERIFY(dashboard.errorRateChart()->seriesOf(slot, Metric::ErrorRate)->count() <= width);
        }
        // The five failing minutes (40,000 … 40,300 s) survive the thinning at 100 %.
        const auto blueErrors = dashboard.errorRateChart()->seriesOf(u"blue"_s, Metric::ErrorRate)->points();
        QVERIFY(std::any_of(blueErrors.cbegin(), blueErrors.cend(),
                            [](const QPointF &p) { return p.y() == 100.0; }));
        saveShot(&dashboard, u"health-dashboard-24h.png"_s);
    }
};

QTEST_MAIN(TestHealthDashboard)
#include "TestHealthDashboard.moc"
