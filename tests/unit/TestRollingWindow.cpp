#include <QTest>

#include "core/health/RollingWindow.h"

using namespace Qt::StringLiterals;
using core::HealthSample;
using core::RollingWindow;

namespace {

const QString kSlot = u"blue"_s;
// 2024-05-01T10:00:00Z
constexpr qint64 kBaseMs = 1714557600000;
constexpr qint64 kNoAnswer = -1;

QDateTime at(qint64 offsetMs)
{
    return QDateTime::fromMSecsSinceEpoch(kBaseMs + offsetMs, Qt::UTC);
}

// H healthy, D degraded, U unhealthy, E error (no answer).
HealthSample::Status statusOf(QChar c)
{
    switch (c.unicode()) {
    case u'H':
        return HealthSample::Status::Healthy;
    case u'D':
        return HealthSample::Status::Degraded;
    case u'U':
        return HealthSample::Status::Unhealthy;
    default:
        return HealthSample::Status::Error;
    }
}

HealthSample
sample(qint64 offsetMs, HealthSample::Status status = HealthSample::Status::Healthy, qint64 latencyMs = 100)
{
    HealthSample s;
    s.slot = kSlot;
    s.time = at(offsetMs);
    s.status = status;
    s.latencyMs = latencyMs;
    s.httpStatus =
        status == HealthSample::Status::Error ? 0 : (status == HealthSample::Status::Unhealthy ? 503 : 200);
    s.version = u"v2.0.0"_s;
    return s;
}

// One sample a second from offset 0, statuses from `pattern`.
void addPattern(RollingWindow &window, const QString &pattern)
{
    for (qsizetype i = 0; i < pattern.size(); ++i)
        QVERIFY(window.add(sample(i * 1000, statusOf(pattern.at(i)))));
}

} // namespace

class TestRollingWindow : public QObject
{
    Q_OBJECT

private slots:
    void percentiles_data();
    void percentiles();
    void percentileEdges_data();
    void percentileEdges();
    void percentilesFollowChanges();
    void rates_data();
    void rates();
    void eviction_data();
    void eviction();
    void evictOlderThanNow();
    void consecutiveFailuresAfterEviction();
    void degradedTime_data();
    void degradedTime();
    void rejectsForeignAndInvalidSamples();
};

void TestRollingWindow::percentiles_data()
{
    QTest::addColumn<QList<qint64>>("latencies"); // one sample a second; kNoAnswer: no HTTP answer
    QTest::addColumn<qint64>("p50");              // kNoAnswer: nullopt
    QTest::addColumn<qint64>("p95");
    QTest::addColumn<qint64>("p99");

    // Sorted: 80 85 90 95 100 110 120 130 300 1500. Ranks: p50 ceil(5) = 5, p95 ceil(9.5) = 10,
    // p99 ceil(9.9) = 10.
    QTest::newRow("ten samples, one outlier") << QList<qint64>{120, 80, 300, 95, 110, 1500, 90, 100, 130, 85}
                                              << qint64(100) << qint64(1500) << qint64(1500);
    // 10, 20, …, 200. Ranks: p50 10, p95 19, p99 ceil(19.8) = 20.
    QList<qint64> twenty;
    for (qint64 i = 20; i >= 1; --i)
        twenty << i * 10;
    QTest::newRow("twenty samples, descending") << twenty << qint64(100) << qint64(190) << qint64(200);
    // 1 … 100 ms. Ranks: p50 50, p95 95, p99 99.
    QList<qint64> hundred;
    for (qint64 i = 1; i <= 100; ++i)
        hundred << (i * 37) % 100 + 1; // a permutation of 1 … 100
    QTest::newRow("hundred samples, shuffled") << hundred << qint64(50) << qint64(95) << qint64(99);
    QTest::newRow("one sample") << QList<qint64>{42} << qint64(42) << qint64(42) << qint64(42);
    // Unanswered samples (with the whole timeout as latency) do not rank: 10 20 30 40 50 remain.
    // Ranks: p50 ceil(2.5) = 3, p95 ceil(4.75) = 5, p99 5.
    QTest::newRow("unanswered samples are left out")
        << QList<qint64>{50, kNoAnswer, 10, 40, kNoAnswer, 30, 20} << qint64(30) << qint64(50) << qint64(50);
    QTest::newRow("no answer at all")
        << QList<qint64>{kNoAnswer, kNoAnswer} << kNoAnswer << kNoAnswer << kNoAnswer;
    QTest::newRow("empty") << QList<qint64>{} << kNoAnswer << kNoAnswer << kNoAnswer;
}

void TestRollingWindow::percentiles()
{
    QFETCH(QList<qint64>, latencies);
    QFETCH(qint64, p50);
    QFETCH(qint64, p95);
    QFETCH(qint64, p99);

    RollingWindow window(kSlot);
    for (qsizetype i = 0; i < latencies.size(); ++i) {
        HealthSample s = latencies.at(i) == kNoAnswer
                             ? sample(i * 1000, HealthSample::Status::Error, 60000)
                             : sample(i * 1000, HealthSample::Status::Healthy, latencies.at(i));
        QVERIFY(window.add(s));
    }
    QCOMPARE(window.count(), latencies.size());

    const auto orNone = [](std::optional<qint64> v) { return v.value_or(kNoAnswer); };
    QCOMPARE(orNone(window.latencyP50()), p50);
    QCOMPARE(orNone(window.latencyP95()), p95);
    QCOMPARE(orNone(window.latencyP99()), p99);
}

void TestRollingWindow::percentileEdges_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<qint64>("expected");

    // Over 80 85 90 95 100 110 120 130 300 1500 (n = 10).
    QTest::newRow("p0 is the minimum") << 0.0 << qint64(80);
    QTest::newRow("p10 is rank 1") << 10.0 << qint64(80);
    QTest::newRow("p11 is rank 2") << 11.0 << qint64(85);
    QTest::newRow("p90 is rank 9") << 90.0 << qint64(300);
    QTest::newRow("p90.1 is rank 10") << 90.1 << qint64(1500);
    QTest::newRow("p100 is the maximum") << 100.0 << qint64(1500);
    QTest::newRow("below 0 clamps") << -5.0 << qint64(80);
    QTest::newRow("above 100 clamps") << 250.0 << qint64(1500);
}

void TestRollingWindow::percentileEdges()
{
    QFETCH(double, percent);
    QFETCH(qint64, expected);

    RollingWindow window(kSlot);
    const QList<qint64> latencies{120, 80, 300, 95, 110, 1500, 90, 100, 130, 85};
    for (qsizetype i = 0; i < latencies.size(); ++i)
        QVERIFY(window.add(sample(i * 1000, HealthSample::Status::Healthy, latencies.at(i))));
    QCOMPARE(window.latencyPercentile(percent).value_or(kNoAnswer), expected);
}

void TestRollingWindow::percentilesFollowChanges()
{
    RollingWindow window(kSlot, 10'000);
    QVERIFY(window.add(sample(0, HealthSample::Status::Healthy, 500)));
    QVERIFY(window.add(sample(1000, HealthSample::Status::Healthy, 100)));
    QCOMPARE(window.latencyP50(), std::optional<qint64>(100)); // rank 1 of {100, 500}

    // A slower sample changes the ranking: {100, 500, 900}, p50 rank 2.
    QVERIFY(window.add(sample(2000, HealthSample::Status::Healthy, 900)));
    QCOMPARE(window.latencyP50(), std::optional<qint64>(500));

    // Evicting the first two leaves {900}.
    window.evictOlderThan(at(11'000));
    QCOMPARE(window.count(), 1);
    QCOMPARE(window.latencyP50(), std::optional<qint64>(900));

    window.clear();
    QCOMPARE(window.latencyP50(), std::nullopt);
}

void TestRollingWindow::rates_data()
{
    QTest::addColumn<QString>("pattern"); // H healthy, D degraded, U unhealthy, E error; one a second
    QTest::addColumn<double>("errorRate");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("consecutive");

    QTest::newRow("all healthy") << u"HHHHHHHHHH"_s << 0.0 << 0 << 0;
    QTest::newRow("degraded counts as success") << u"DDDDDHHHHD"_s << 0.0 << 0 << 0;
    QTest::newRow("one error in ten") << u"HHHEHHHHHH"_s << 0.1 << 1 << 0;
    QTest::newRow("three failures at the end") << u"HHHHHHHUEU"_s << 0.3 << 3 << 3;
    QTest::newRow("run broken by a degraded sample") << u"UUUDUU"_s << 5.0 / 6.0 << 5 << 2;
    QTest::newRow("run broken by a healthy sample") << u"EEEEHE"_s << 5.0 / 6.0 << 5 << 1;
    QTest::newRow("all failing") << u"EUEU"_s << 1.0 << 4 << 4;
    QTest::newRow("empty") << QString() << 0.0 << 0 << 0;
}

void TestRollingWindow::rates()
{
    QFETCH(QString, pattern);
    QFETCH(double, errorRate);
    QFETCH(int, failures);
    QFETCH(int, consecutive);

    RollingWindow window(kSlot);
    addPattern(window, pattern);
    QCOMPARE(window.count(), pattern.size());
    QCOMPARE(window.failureCount(), failures);
    QCOMPARE(window.errorRate(), errorRate);
    QCOMPARE(window.consecutiveFailures(), consecutive);
}

void TestRollingWindow::eviction_data()
{
    QTest::addColumn<qint64>("windowMs");
    QTest::addColumn<QList<qint64>>("offsets"); // added in this order
    QTest::addColumn<QList<qint64>>("kept");    // oldest first

    const qint64 fiveMin = 5 * 60 * 1000;
    QTest::newRow("sample exactly at the edge is evicted")
        << fiveMin << QList<qint64>{0, 60'000, 120'000, 180'000, 240'000, 300'000}
        << QList<qint64>{60'000, 120'000, 180'000, 240'000, 300'000};
    QTest::newRow("one ms inside the edge is kept")
        << fiveMin << QList<qint64>{1, 300'000} << QList<qint64>{1, 300'000};
    QTest::newRow("one ms past the edge is evicted")
        << fiveMin << QList<qint64>{0, 300'001} << QList<qint64>{300'001};
    QTest::newRow("all within the window")
        << fiveMin << QList<qint64>{0, 1000, 2000} << QList<qint64>{0, 1000, 2000};
    QTest::newRow("out of order samples are sorted")
        << fiveMin << QList<qint64>{2000, 0, 1000} << QList<qint64>{0, 1000, 2000};
    QTest::newRow("a late sample already outside is dropped")
        << fiveMin << QList<qint64>{400'000, 50'000, 100'001} << QList<qint64>{100'001, 400'000};
    QTest::newRow("a jump evicts everything before it")
        << qint64(10'000) << QList<qint64>{0, 1000, 2000, 3000, 60'000} << QList<qint64>{60'000};
    QTest::newRow("1 s samples over 30 min hold 1800") << qint64(30 * 60 * 1000) <<
        [] {
            QList<qint64> offsets;
            for (qint64 i = 0; i < 2000; ++i)
                offsets << i * 1000;
            return offsets;
        }()
                                                       << [] {
                                                              QList<qint64> kept;
                                                              for (qint64 i = 200; i < 2000; ++i)
                                                                  kept << i * 1000;
                                                              return kept;
                                                          }();
}

void TestRollingWindow::eviction()
{
    QFETCH(qint64, windowMs);
    QFETCH(QList<qint64>, offsets);
    QFETCH(QList<qint64>, kept);

    RollingWindow window(kSlot, windowMs);
    for (const qint64 offset : offsets)
        window.add(sample(offset));

    QList<qint64> actual;
    for (const HealthSample &s : window.samples())
        actual << s.time.toMSecsSinceEpoch() - kBaseMs;
    QCOMPARE(actual, kept);
    QCOMPARE(window.count(), kept.size());
    QCOMPARE(window.newestTime(), std::optional<QDateTime>(at(kept.last())));
}

void TestRollingWindow::evictOlderThanNow()
{
    RollingWindow window(kSlot, 60'000);
    for (qint64 i = 0; i <= 10; ++i)
        QVERIFY(window.add(sample(i * 1000)));
    QCOMPARE(window.count(), 11);

    // A `now` earlier than the newest sample keeps what is newer than now - window.
    window.evictOlderThan(at(5000));
    QCOMPARE(window.count(), 11);

    // now = 65 s: the edge is 5 s, so 0 … 5 s go and 6 … 10 s stay.
    window.evictOlderThan(at(65'000));
    QCOMPARE(window.count(), 5);
    QCOMPARE(window.samples().front().time, at(6000));

    // An invalid `now` changes nothing.
    window.evictOlderThan(QDateTime());
    QCOMPARE(window.count(), 5);

    // Long after the last sample, nothing is left.
    window.evictOlderThan(at(3'600'000));
    QVERIFY(window.isEmpty());
    QCOMPARE(window.errorRate(), 0.0);
    QCOMPARE(window.consecutiveFailures(), 0);
    QCOMPARE(window.newestTime(), std::nullopt);
}

void TestRollingWindow::consecutiveFailuresAfterEviction()
{
    // 10 s window; failures from 5 s on. After the newest sample at 20 s, the window is (10 s, 20 s]:
    // 11 … 20 s, all failures.
    RollingWindow window(kSlot, 10'000);
    for (qint64 i = 0; i <= 20; ++i)
        QVERIFY(window.add(
            sample(i * 1000, i < 5 ? HealthSample::Status::Healthy : HealthSample::Status::Error)));
    QCOMPARE(window.count(), 10);
    QCOMPARE(window.consecutiveFailures(), 10);
    QCOMPARE(window.errorRate(), 1.0);

    // One success ends the run.
    QVERIFY(window.add(sample(21'000, HealthSample::Status::Degraded)));
    QCOMPARE(window.consecutiveFailures(), 0);
    QCOMPARE(window.errorRate(), 0.9);
}

void TestRollingWindow::degradedTime_data()
{
    QTest::addColumn<qint64>("windowMs");
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<QString>("pattern"); // one status per offset
    QTest::addColumn<qint64>("now");      // kNoAnswer: up to the newest sample
    QTest::addColumn<qint64>("degradedMs");

    const qint64 fiveMin = 5 * 60 * 1000;
    const QList<qint64> everyTen{0, 10'000, 20'000, 30'000, 40'000, 50'000, 60'000};
    // D at 20 s and 30 s, U at 40 s, each held until the next sample: [20, 50) = 30 s.
    QTest::newRow("degraded then unhealthy, recovered")
        << fiveMin << everyTen << u"HHDDUHH"_s << kNoAnswer << qint64(30'000);
    QTest::newRow("recovered, now later changes nothing")
        << fiveMin << everyTen << u"HHDDUHH"_s << qint64(70'000) << qint64(30'000);
    QTest::newRow("all healthy") << fiveMin << everyTen << u"HHHHHHH"_s << qint64(70'000) << qint64(0);
    QTest::newRow("newest sample counts 0 ms without now")
        << fiveMin << QList<qint64>{0, 10'000, 20'000, 30'000} << u"HHHD"_s << kNoAnswer << qint64(0);
    QTest::newRow("newest sample holds until now") << fiveMin << QList<qint64>{0, 10'000, 20'000, 30'000}
                                                   << u"HHHD"_s << qint64(45'000) << qint64(15'000);
    // E [5, 6) = 1 s, D [6, 20) = 14 s.
    QTest::newRow("uneven gaps") << fiveMin << QList<qint64>{0, 5000, 6000, 20'000} << u"HEDH"_s << kNoAnswer
                                 << qint64(15'000);
    // Window 30 s, now 40 s: the window starts at 10 s; D holds [0, 20), of which [10, 20) counts.
    QTest::newRow("clipped at the window start")
        << qint64(30'000) << QList<qint64>{0, 20'000} << u"DH"_s << qint64(40'000) << qint64(10'000);
    // Window 30 s: 0 s is evicted when 30 s arrives; the window (0, 30] starts with D at 10 s:
    // D [10, 20), E [20, 30) = 20 s. The time before the first kept sample is not counted.
    QTest::newRow("time before the first sample is unknown")
        << qint64(30'000) << QList<qint64>{0, 10'000, 20'000, 30'000} << u"DDEH"_s << kNoAnswer
        << qint64(20'000);
    QTest::newRow("whole window degraded")
        << qint64(30'000) << QList<qint64>{0, 10'000} << u"DD"_s << qint64(30'000) << qint64(30'000);
}

void TestRollingWindow::degradedTime()
{
    QFETCH(qint64, windowMs);
    QFETCH(QList<qint64>, offsets);
    QFETCH(QString, pattern);
    QFETCH(qint64, now);
    QFETCH(qint64, degradedMs);
    QCOMPARE(offsets.size(), pattern.size());

    RollingWindow window(kSlot, windowMs);
    for (qsizetype i = 0; i < offsets.size(); ++i)
        window.add(sample(offsets.at(i), statusOf(pattern.at(i))));
    QCOMPARE(now == kNoAnswer ? window.degradedTimeMs() : window.degradedTimeMs(at(now)), degradedMs);
}

void TestRollingWindow::rejectsForeignAndInvalidSamples()
{
    RollingWindow window(kSlot);
    QVERIFY(window.add(sample(0)));

    HealthSample green = sample(1000, HealthSample::Status::Error);
    green.slot = u"green"_s;
    QVERIFY(!window.add(green));

    HealthSample timeless = sample(2000, HealthSample::Status::Error);
    timeless.time = QDateTime();
    QVERIFY(!window.add(timeless));

    // Exactly one window older than the newest sample: already outside.
    QVERIFY(!window.add(sample(-RollingWindow::kDefaultWindowMs, HealthSample::Status::Error)));
    QVERIFY(window.add(sample(1 - RollingWindow::kDefaultWindowMs, HealthSample::Status::Degraded)));

    QCOMPARE(window.count(), 2);
    QCOMPARE(window.samples().front().status, HealthSample::Status::Degraded);
    QCOMPARE(window.errorRate(), 0.0);
    QCOMPARE(window.slot(), kSlot);
    QCOMPARE(window.windowMs(), RollingWindow::kDefaultWindowMs);
}

QTEST_GUILESS_MAIN(TestRollingWindow)
#include "TestRollingWindow.moc"
