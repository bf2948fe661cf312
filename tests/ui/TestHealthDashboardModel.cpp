// The health dashboard model against hand-computed data: buckets (p50 / p95 nearest-rank over answered
// samples, error rate = unhealthy + no answer over all), the status band (sample-and-hold, merged, with
// a hold limit), LTTB thinning to the plot width, hover lookup of the exact sample, live appends that
// update only the last bucket and slide the range, markers and thresholds from the source.
#include <QSignalSpy>
#include <QTest>

#include "core/model/Deployment.h"
#include "ui/health/DeploymentMarkers.h"
#include "ui/health/HealthDashboardModel.h"
#include "ui/health/MemoryHealthSource.h"

using namespace Qt::StringLiterals;
using Model = ui::HealthDashboardModel;
using Status = core::HealthSample::Status;

namespace {

constexpr core::EnvironmentId kEnv = 7;
const QDateTime kT0(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

qint64 at(double seconds)
{
    return kT0.toMSecsSinceEpoch() + static_cast<qint64>(seconds * 1000.0);
}

core::HealthSample sample(
    const QString &slot, double seconds, Status status, int http, qint64 latency, const QString &error = {})
{
    core::HealthSample s;
    s.slot = slot;
    s.time = QDateTime::fromMSecsSinceEpoch(at(seconds), Qt::UTC);
    s.status = status;
    s.httpStatus = http;
    s.latencyMs = latency;
    s.version = u"v1.4.0"_s;
    s.error = error;
    return s;
}

// Blue: three buckets of 5 s in a 15 min range ending at T0 + 900 s (see the file comment of each test).
QList<core::HealthSample> blueSamples()
{
    return {
        sample(u"blue"_s, 600, Status::Healthy, 200, 10),
        sample(u"blue"_s, 601, Status::Healthy, 200, 50),
        sample(u"blue"_s, 602, Status::Unhealthy, 503, 20),
        sample(u"blue"_s, 603, Status::Degraded, 206, 40),
        sample(u"blue"_s, 604, Status::Error, 0, 1000, u"timed out"_s),
        sample(u"blue"_s, 605, Status::Healthy, 200, 15),
        sample(u"blue"_s, 607, Status::Healthy, 200, 25),
        sample(u"blue"_s, 700, Status::Unhealthy, 503, 100),
    };
}

QDateTime tAt(double seconds)
{
    return QDateTime::fromMSecsSinceEpoch(at(seconds), Qt::UTC);
}

QPointF pt(double seconds, double y)
{
    return QPointF(static_cast<double>(at(seconds)), y);
}

} // namespace

class TestHealthDashboardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangesAndBuckets()
    {
        QCOMPARE(ui::HealthRanges::all().size(), 6);
        QCOMPARE(ui::HealthRanges::durationMs(ui::HealthRange::FifteenMinutes), 15 * 60 * 1000);
        QCOMPARE(ui::HealthRanges::durationMs(ui::HealthRange::ThirtyDays), qint64(30) * 24 * 3600 * 1000);
        QCOMPARE(ui::HealthRanges::bucketMs(ui::HealthRange::FifteenMinutes), 5000);
        QCOMPARE(ui::HealthRanges::bucketMs(ui::HealthRange::OneDay), 60 * 1000);
        QCOMPARE(ui::HealthRanges::label(ui::HealthRange::SevenDays), u"7 d"_s);
    }

    void memorySourceStoresInOrderAndQueriesInclusive()
    {
        ui::MemoryHealthSource source;
        QSignalSpy added(&source, &ui::HealthSeriesSource::sampleAdded);
        source.addSample(kEnv, sample(u"blue"_s, 10, Status::Healthy, 200, 5));
        source.addSample(kEnv, sample(u"blue"_s, 30, Status::Healthy, 200, 5));
        source.addSample(kEnv, sample(u"blue"_s, 20, Status::Healthy, 200, 5)); // out of order: no signal
        source.addSample(kEnv, sample(u"green"_s, 15, Status::Healthy, 200, 5));
        QCOMPARE(added.count(), 3);
        auto blue = source.samples(kEnv, u"blue"_s, tAt(10), tAt(20));
        QVERIFY(blue.ok());
        QCOMPARE(blue->size(), 2);
        QCOMPARE(blue->at(0).time, tAt(10));
        QCOMPARE(blue->at(1).time, tAt(20));
        QCOMPARE(source.samples(kEnv, u"blue"_s, tAt(0), tAt(100))->size(), 3);
        QCOMPARE(source.samples(kEnv, u"red"_s, tAt(0), tAt(100))->size(), 0);
        QCOMPARE(*source.slotNames(kEnv), QStringList({u"blue"_s, u"green"_s}));
        source.setCapacity(2);
        auto trimmed = source.samples(kEnv, u"blue"_s, tAt(0), tAt(100));
        QCOMPARE(trimmed->size(), 2);
        QCOMPARE(trimmed->at(0).time, tAt(20)); // the oldest went first
    }

    void bucketsFollowTheWindowMaths()
    {
        const auto buckets = Model::bucketize(blueSamples(), 5000);
        QCOMPARE(buckets.size(), 3);
        // 600..604: answered latencies 10 50 20 40 → sorted 10 20 40 50; p50 = rank 2 = 20, p95 = rank 4
        // = 50; failures = the 503 and the timeout = 2 of 5.
        QCOMPARE(buckets[0].startMs, at(600));
        QCOMPARE(buckets[0].samples, 5);
        QCOMPARE(buckets[0].failures, 2);
        QCOMPARE(buckets[0].p50, std::optional<qint64>(20));
        QCOMPARE(buckets[0].p95, std::optional<qint64>(50));
        QCOMPARE(buckets[0].errorRate, 0.4);
        // 605, 607: 15 25 → p50 = rank 1 = 15, p95 = rank 2 = 25, no failure.
        QCOMPARE(buckets[1].startMs, at(605));
        QCOMPARE(buckets[1].p50, std::optional<qint64>(15));
        QCOMPARE(buckets[1].p95, std::optional<qint64>(25));
        QCOMPARE(buckets[1].errorRate, 0.0);
        QCOMPARE(buckets[2].startMs, at(700));
        QCOMPARE(buckets[2].errorRate, 1.0);
        // A bucket of timeouts only has no latency.
        const auto noAnswer = Model::bucketize({sample(u"blue"_s, 1, Status::Error, 0, 900)}, 5000);
        QCOMPARE(noAnswer.size(), 1);
        QCOMPARE(noAnswer[0].p50, std::nullopt);
        QCOMPARE(noAnswer[0].errorRate, 1.0);
    }

    void modelChartsBucketsBandAndHover()
    {
        ui::MemoryHealthSource source;
        source.addSamples(kEnv, blueSamples());
        source.setSlotNames(kEnv, {u"blue"_s, u"green"_s});
        Model model(source);
        model.setEnvironment(kEnv);
        model.setRange(ui::HealthRange::FifteenMinutes);
        QVERIFY(model.reload(tAt(900)).ok());
        QCOMPARE(model.from(), tAt(0));
        QCOMPARE(model.to(), tAt(900));
        QCOMPARE(model.slotNames(), QStringList({u"blue"_s, u"green"_s}));
        QCOMPARE(model.seriesOf(u"green"_s)->samples.size(), 0);

        QCOMPARE(model.points(u"blue"_s, Model::Metric::LatencyP50),
                 QList<QPointF>({pt(600, 20), pt(605, 15), pt(700, 100)}));
        QCOMPARE(model.points(u"blue"_s, Model::Metric::LatencyP95),
                 QList<QPointF>({pt(600, 50), pt(605, 25), pt(700, 100)}));
        QCOMPARE(model.points(u"blue"_s, Model::Metric::ErrorRate),
                 QList<QPointF>({pt(600, 40), pt(605, 0), pt(700, 100)}));
        QVERIFY(!model.isDownsampled(u"blue"_s));

        // Hold limit max(1 min, 2 buckets) = 60 s: 607 holds to 667, 700 to 760 (now is 900).
        using Seg = Model::Segment;
        using Band = Model::Band;
        const QList<Seg> expected = {
            {at(600), at(602), Band::Healthy},  {at(602), at(603), Band::Unhealthy},
            {at(603), at(604), Band::Degraded}, {at(604), at(605), Band::Unhealthy},
            {at(605), at(667), Band::Healthy},  {at(700), at(760), Band::Unhealthy},
        };
        QCOMPARE(model.seriesOf(u"blue"_s)->band, expected);

        // Hover returns the exact sample; a tie goes to the earlier one.
        auto hit = model.sampleNear(u"blue"_s, at(604.2), 1000);
        QVERIFY(hit);
        QCOMPARE(*hit, blueSamples().at(4));
        QCOMPARE(model.sampleNear(u"blue"_s, at(603.5), 1000)->time, tAt(603));
        QVERIFY(!model.sampleNear(u"blue"_s, at(650), 1000));
        QCOMPARE(model.sampleNear(u"blue"_s, at(650), 60000)->time, tAt(607));
        QVERIFY(!model.sampleNear(u"green"_s, at(650), 60000));
        const QString text = Model::describe(*hit);
        QVERIFY2(text.contains(u"2024-05-01 12:10:04.000 UTC"_s), qPrintable(text));
        QVERIFY(text.contains(u"no answer"_s));
        QVERIFY(text.contains(u"v1.4.0"_s));
        QVERIFY(text.contains(u"timed out"_s));
        QVERIFY(Model::describe(blueSamples().at(2)).contains(u"unhealthy · HTTP 503 · 20 ms"_s));

        const auto bucket = model.bucketAt(u"blue"_s, at(606));
        QVERIFY(bucket);
        QCOMPARE(bucket->startMs, at(605));
        QVERIFY(!model.bucketAt(u"blue"_s, at(650)));
    }

    void liveAppendUpdatesTheTailAndSlides()
    {
        ui::MemoryHealthSource source;
        source.addSamples(kEnv, blueSamples());
        Model model(source);
        model.setEnvironment(kEnv);
        model.setRange(ui::HealthRange::FifteenMinutes);
        QVERIFY(model.reload(tAt(900)).ok());

        QCOMPARE(model.append(kEnv + 1, sample(u"blue"_s, 901, Status::Healthy, 200, 30)),
                 Model::Change::None);
        QCOMPARE(model.append(kEnv, sample(u"blue"_s, 901, Status::Healthy, 200, 30)),
                 Model::Change::BucketAdded);
        QCOMPARE(model.to(), tAt(901));
        QCOMPARE(model.append(kEnv, sample(u"blue"_s, 903, Status::Degraded, 206, 70)),
                 Model::Change::BucketUpdated);
        // Bucket 900: latencies 30 70 → p50 = 30, p95 = 70; degraded is not a failure.
        QCOMPARE(model.points(u"blue"_s, Model::Metric::LatencyP95).constLast(), pt(900, 70));
        QCOMPARE(model.points(u"blue"_s, Model::Metric::LatencyP50).constLast(), pt(900, 30));
        QCOMPARE(model.points(u"blue"_s, Model::Metric::ErrorRate).constLast(), pt(900, 0));
        QCOMPARE(model.seriesOf(u"blue"_s)->band.constLast(),
                 (Model::Segment{at(901), at(903), Model::Band::Healthy}));

        // 1503 s: the range now starts at 603, so 600..602 leave and bucket 600 keeps 603 and 604:
        // latency 40 only; one failure (the timeout) of two.
        QCOMPARE(model.append(kEnv, sample(u"blue"_s, 1503, Status::Healthy, 200, 12)),
                 Model::Change::BucketAdded);
        QCOMPARE(model.from(), tAt(603));
        const auto first = model.seriesOf(u"blue"_s)->buckets.constFirst();
        QCOMPARE(first.startMs, at(600));
        QCOMPARE(first.samples, 2);
        QCOMPARE(first.p50, std::optional<qint64>(40));
        QCOMPARE(first.errorRate, 0.5);
        QCOMPARE(model.seriesOf(u"blue"_s)->band.constFirst(),
                 (Model::Segment{at(603), at(604), Model::Band::Degraded}));

        // What a fresh reload computes is the same as what the appends built.
        source.addSample(kEnv, sample(u"blue"_s, 901, Status::Healthy, 200, 30));
        source.addSample(kEnv, sample(u"blue"_s, 903, Status::Degraded, 206, 70));
        source.addSample(kEnv, sample(u"blue"_s, 1503, Status::Healthy, 200, 12));
        Model fresh(source);
        fresh.setEnvironment(kEnv);
        fresh.setRange(ui::HealthRange::FifteenMinutes);
        QVERIFY(fresh.reload(tAt(1503)).ok());
        QCOMPARE(fresh.seriesOf(u"blue"_s)->buckets, model.seriesOf(u"blue"_s)->buckets);
        QCOMPARE(fresh.seriesOf(u"blue"_s)->band, model.seriesOf(u"blue"_s)->band);

        // Out of order, or a slot the model did not know: read again.
        QCOMPARE(model.append(kEnv, sample(u"green"_s, 1504, Status::Healthy, 200, 5)),
                 Model::Change::Reloaded);
    }

    void longRangesAreThinnedToThePlotWidth()
    {
        ui::MemoryHealthSource source;
        QList<core::HealthSample> day;
        for (int i = 0; i < 2880; ++i) // every 30 s for 24 h: 1,440 one-minute buckets
            day << sample(u"green"_s, 30.0 * i, i == 1500 ? Status::Error : Status::Healthy,
                          i == 1500 ? 0 : 200, 100 + (i % 7));
        source.addSamples(kEnv, day);
        Model model(source);
        model.setEnvironment(kEnv);
        model.setRange(ui::HealthRange::OneDay);
        model.setPlotWidth(100);
        QVERIFY(model.reload(tAt(30.0 * 2879)).ok());
        QCOMPARE(model.rawPoints(u"green"_s, Model::Metric::ErrorRate).size(), 1440);
        QVERIFY(model.isDownsampled(u"green"_s));
        const auto errors = model.points(u"green"_s, Model::Metric::ErrorRate);
        QCOMPARE(errors.size(), 100);
        QCOMPARE(errors.constFirst(), pt(0, 0));
        QCOMPARE(errors.constLast(), pt(86340, 0));
        // The one failing minute (sample 1500 at 45,000 s: 1 failure of 2 samples) survives thinning.
        QVERIFY(errors.contains(pt(45000, 50)));
        QCOMPARE(model.points(u"green"_s, Model::Metric::LatencyP95).size(), 100);
    }

    void markersAndThresholdsComeFromTheSource()
    {
        core::Deployment deploy;
        deploy.id = 11;
        deploy.environmentId = kEnv;
        deploy.version = u"v1.5.0"_s;
        deploy.toSlot = u"green"_s;
        deploy.status = core::DeploymentStatus::Succeeded;
        deploy.startedAt = tAt(100);
        deploy.finishedAt = tAt(160);
        core::Deployment rollback = deploy;
        rollback.id = 12;
        rollback.kind = core::DeploymentKind::Rollback;
        rollback.toSlot = u"blue"_s;
        rollback.status = core::DeploymentStatus::Failed;
        rollback.startedAt = tAt(400);
        rollback.finishedAt = tAt(410);
        core::Deployment pending = deploy;
        pending.id = 13;
        pending.status = core::DeploymentStatus::Pending;
        core::Deployment old = deploy;
        old.id = 14;
        old.startedAt = tAt(-7200);
        old.finishedAt = tAt(-7100);

        const auto markers =
            ui::DeploymentMarkers::between({rollback, pending, deploy, old}, tAt(0), tAt(900));
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers[0].deployment, 11);
        QCOMPARE(markers[0].time, tAt(160));
        QCOMPARE(markers[0].kind, ui::HealthMarker::Kind::Deployment);
        QCOMPARE(markers[0].label, u"deploy v1.5.0 → green"_s);
        QCOMPARE(markers[1].kind, ui::HealthMarker::Kind::Rollback);
        QVERIFY(!markers[1].succeeded);
        QCOMPARE(markers[1].label, u"rollback → blue (failed)"_s);

        ui::MemoryHealthSource source;
        source.setMarkers(kEnv, markers);
        ui::HealthThresholds thresholds;
        thresholds.errorRate = 0.1;
        thresholds.p95LatencyMs = 800;
        source.setThresholds(kEnv, thresholds);
        Model model(source);
        model.setEnvironment(kEnv);
        model.setRange(ui::HealthRange::FifteenMinutes);
        QVERIFY(model.reload(tAt(300)).ok()); // from -600 to 300: the rollback is later
        QCOMPARE(model.markers().size(), 1);
        QCOMPARE(model.thresholds(), thresholds);
        QCOMPARE(ui::HealthThresholds().errorRate, 0.05); // seed 003 defaults
        QCOMPARE(ui::HealthThresholds().p95LatencyMs, 5000);
    }
};

QTEST_GUILESS_MAIN(TestHealthDashboardModel)
#include "TestHealthDashboardModel.moc"
