#include <QTest>

#include "core/policy/RollbackTrigger.h"
#include "core/policy/TriggerEvaluator.h"

using namespace Qt::StringLiterals;
using core::HealthSample;
using core::RollbackTrigger;
using core::TriggerAction;
using core::TriggerDecision;
using core::TriggerEvaluator;
using core::TriggerFigures;
using core::TriggerMetric;
using Outcome = TriggerDecision::Outcome;

namespace {

const qint64 kT0 = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

QDateTime at(qint64 seconds)
{
    return QDateTime::fromMSecsSinceEpoch(kT0 + seconds * 1000, Qt::UTC);
}

// 20 probes of "green", one a second at t = 1..20 s, latency 100 ms * t; `failing` (1-based seconds) fail
// with a 503, `degraded` answer 206.
std::deque<HealthSample>
probes(const QList<int> &failing = {}, const QList<int> &degraded = {}, const QList<int> &unanswered = {})
{
    std::deque<HealthSample> out;
    for (int t = 1; t <= 20; ++t) {
        HealthSample s;
        s.slot = u"green"_s;
        s.time = at(t);
        s.latencyMs = 100 * t;
        s.httpStatus = 200;
        s.status = HealthSample::Status::Healthy;
        if (failing.contains(t)) {
            s.status = HealthSample::Status::Unhealthy;
            s.httpStatus = 503;
        }
        if (degraded.contains(t)) {
            s.status = HealthSample::Status::Degraded;
            s.httpStatus = 206;
        }
        if (unanswered.contains(t)) {
            s.status = HealthSample::Status::Error;
            s.httpStatus = 0;
        }
        out.push_back(s);
    }
    return out;
}

RollbackTrigger trigger(TriggerMetric metric, double threshold, qint64 windowS, int minSamples)
{
    RollbackTrigger t;
    t.id = 1;
    t.metric = metric;
    t.threshold = threshold;
    t.windowMs = windowS * 1000;
    t.minSamples = minSamples;
    t.action = TriggerAction::RollBackNow;
    t.cooldownMs = 120 * 1000;
    return t;
}

} // namespace

// Trigger evaluation against hand-computed windows: error rate (with metrics), percentiles, consecutive
// failures, degraded time, minimum samples, cool-down.
class TestTriggerEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void figuresByHand();
    void errorRate_data();
    void errorRate();
    void latency_data();
    void latency();
    void consecutiveFailures();
    void degradedTime();
    void metricsFoldIntoErrorRate();
    void minimumSamplesCountsOnlyTheWindow();
    void coolDown_data();
    void coolDown();
    void disabledNeverFires();
    void defaultsFollowSeed003();
};

void TestTriggerEvaluator::figuresByHand()
{
    const auto f = TriggerEvaluator::figures(probes({18, 19, 20}, {5}), {}, 20 * 1000, at(20));
    // (0 s, 20 s] holds t = 1..20.
    QCOMPARE(f.samples, 20);
    QCOMPARE(f.failures, 3);
    QCOMPARE(f.errorRate(), 0.15);
    QCOMPARE(f.latencyP50Ms.value(), 1000); // rank 10 of 100..2000
    QCOMPARE(f.latencyP95Ms.value(), 1900); // rank 19
    QCOMPARE(f.latencyP99Ms.value(), 2000); // rank 20
    QCOMPARE(f.consecutiveFailures, 3);
    // Degraded t = 5..6 (1 s) and failing 18..20 (2 s, the newest holds until now = 20 s): 3 s.
    QCOMPARE(f.degradedMs, 3000);
    // A 10 s window at 20 s holds t = 11..20.
    const auto g = TriggerEvaluator::figures(probes({1, 2}), {}, 10 * 1000, at(20));
    QCOMPARE(g.samples, 10);
    QCOMPARE(g.failures, 0);
    QCOMPARE(g.latencyP50Ms.value(), 1500); // rank 5 of 1100..2000
}

void TestTriggerEvaluator::errorRate_data()
{
    QTest::addColumn<QList<int>>("failing");
    QTest::addColumn<qint64>("windowS");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<double>("value");
    QTest::newRow("2 of 20 = 10 % > 5 %") << QList<int>{3, 9} << qint64(20) << int(Outcome::Breach) << 0.10;
    QTest::newRow("1 of 20 = 5 %, not above") << QList<int>{3} << qint64(20) << int(Outcome::Quiet) << 0.05;
    QTest::newRow("none") << QList<int>{} << qint64(20) << int(Outcome::Quiet) << 0.0;
    QTest::newRow("failures older than the window")
        << QList<int>{1, 2, 3} << qint64(10) << int(Outcome::Quiet) << 0.0;
    QTest::newRow("1 of the last 10 = 10 %")
        << QList<int>{1, 2, 15} << qint64(10) << int(Outcome::Breach) << 0.10;
}

void TestTriggerEvaluator::errorRate()
{
    QFETCH(QList<int>, failing);
    QFETCH(qint64, windowS);
    QFETCH(int, outcome);
    QFETCH(double, value);
    const RollbackTrigger t = trigger(TriggerMetric::ErrorRate, 0.05, windowS, 10);
    const auto f = TriggerEvaluator::figures(probes(failing), {}, t.windowMs, at(20));
    const auto d = TriggerEvaluator::evaluate(t, f, at(20));
    QCOMPARE(int(d.outcome), outcome);
    QCOMPARE(d.value.value(), value);
    QVERIFY(d.summary.contains(u"error rate"_s));
    QCOMPARE(d.fires(), outcome == int(Outcome::Breach));
}

void TestTriggerEvaluator::latency_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<double>("value");
    QTest::newRow("p95 1900 > 1500") << int(TriggerMetric::LatencyP95) << 1500.0 << int(Outcome::Breach)
                                     << 1900.0;
    QTest::newRow("p95 1900 = 1900, not above")
        << int(TriggerMetric::LatencyP95) << 1900.0 << int(Outcome::Quiet) << 1900.0;
    QTest::newRow("p50 1000 > 999") << int(TriggerMetric::LatencyP50) << 999.0 << int(Outcome::Breach)
                                    << 1000.0;
    QTest::newRow("p99 2000 < 5000") << int(TriggerMetric::LatencyP99) << 5000.0 << int(Outcome::Quiet)
                                     << 2000.0;
}

void TestTriggerEvaluator::latency()
{
    QFETCH(int, metric);
    QFETCH(double, threshold);
    QFETCH(int, outcome);
    QFETCH(double, value);
    const RollbackTrigger t = trigger(TriggerMetric(metric), threshold, 20, 20);
    const auto d =
        TriggerEvaluator::evaluate(t, TriggerEvaluator::figures(probes(), {}, t.windowMs, at(20)), at(20));
    QCOMPARE(int(d.outcome), outcome);
    QCOMPARE(d.value.value(), value);

    // Without any answered probe there is no latency to judge.
    const auto none = TriggerEvaluator::figures(
        probes({}, {}, QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}), {},
        t.windowMs, at(20));
    QCOMPARE(int(TriggerEvaluator::evaluate(t, none, at(20)).outcome), int(Outcome::NoData));
}

void TestTriggerEvaluator::consecutiveFailures()
{
    const RollbackTrigger t = trigger(TriggerMetric::ConsecutiveFailures, 3, 60, 3);
    auto d = TriggerEvaluator::evaluate(
        t, TriggerEvaluator::figures(probes({18, 19, 20}), {}, t.windowMs, at(20)), at(20));
    QCOMPARE(int(d.outcome), int(Outcome::Breach));
    QCOMPARE(d.value.value(), 3.0);
    // 5 failures, but not at the newest end: 1 in a row.
    d = TriggerEvaluator::evaluate(
        t, TriggerEvaluator::figures(probes({10, 11, 12, 13, 20}), {}, t.windowMs, at(20)), at(20));
    QCOMPARE(int(d.outcome), int(Outcome::Quiet));
    QCOMPARE(d.value.value(), 1.0);
}

void TestTriggerEvaluator::degradedTime()
{
    // Degraded from 11 s on; at 25 s the newest (20 s) holds until now: 14 s within a 20 s window (5..25 s).
    const QList<int> degraded{11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
    RollbackTrigger t = trigger(TriggerMetric::DegradedTime, 14000, 20, 5);
    auto d = TriggerEvaluator::evaluate(
        t, TriggerEvaluator::figures(probes({}, degraded), {}, t.windowMs, at(25)), at(25));
    QCOMPARE(d.value.value(), 14000.0);
    QCOMPARE(int(d.outcome), int(Outcome::Breach)); // at least the threshold
    t.threshold = 14001;
    d = TriggerEvaluator::evaluate(t, TriggerEvaluator::figures(probes({}, degraded), {}, t.windowMs, at(25)),
                                   at(25));
    QCOMPARE(int(d.outcome), int(Outcome::Quiet));
}

void TestTriggerEvaluator::metricsFoldIntoErrorRate()
{
    // Probes all pass; the service counted 80 errors in 1,000 requests: (0 + 80) / (20 + 1000) = 7.84 %.
    std::deque<HealthSample> metrics;
    for (int t : {5, 10, 15, 20}) {
        HealthSample m;
        m.slot = u"green"_s;
        m.source = HealthSample::Source::Metrics;
        m.time = at(t);
        m.requests = 250;
        m.errors = 20;
        metrics.push_back(m);
    }
    HealthSample old = metrics.front();
    old.time = at(-100); // outside the window
    old.errors = 250;
    metrics.push_front(old);
    const RollbackTrigger t = trigger(TriggerMetric::ErrorRate, 0.05, 20, 10);
    const auto f = TriggerEvaluator::figures(probes(), metrics, t.windowMs, at(20));
    QCOMPARE(f.requests, 1000);
    QCOMPARE(f.errors, 80);
    QCOMPARE(f.sampleCount(), 1020);
    const auto d = TriggerEvaluator::evaluate(t, f, at(20));
    QCOMPARE(int(d.outcome), int(Outcome::Breach));
    QVERIFY(qAbs(d.value.value() - 80.0 / 1020.0) < 1e-12);
    // The probes alone would not have fired.
    QCOMPARE(
        int(TriggerEvaluator::evaluate(t, TriggerEvaluator::figures(probes(), {}, t.windowMs, at(20)), at(20))
                .outcome),
        int(Outcome::Quiet));
}

void TestTriggerEvaluator::minimumSamplesCountsOnlyTheWindow()
{
    // Every probe fails, but a 5 s window holds only t = 16..20: 5 samples, fewer than 10.
    const QList<int> all{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
    RollbackTrigger t = trigger(TriggerMetric::ErrorRate, 0.05, 5, 10);
    auto d =
        TriggerEvaluator::evaluate(t, TriggerEvaluator::figures(probes(all), {}, t.windowMs, at(20)), at(20));
    QCOMPARE(int(d.outcome), int(Outcome::TooFewSamples));
    QVERIFY(!d.fires());
    QVERIFY2(d.summary.contains(u"5"_s) && d.summary.contains(u"10"_s), qPrintable(d.summary));
    // Exactly the minimum is enough.
    t.minSamples = 5;
    d = TriggerEvaluator::evaluate(t, TriggerEvaluator::figures(probes(all), {}, t.windowMs, at(20)), at(20));
    QCOMPARE(int(d.outcome), int(Outcome::Breach));
    QCOMPARE(d.value.value(), 1.0);
    // An empty window never fires.
    d = TriggerEvaluator::evaluate(t, TriggerEvaluator::figures({}, {}, t.windowMs, at(20)), at(20));
    QCOMPARE(int(d.outcome), int(Outcome::TooFewSamples));
}

void TestTriggerEvaluator::coolDown_data()
{
    QTest::addColumn<qint64>("firedAgoS"); // -1: never
    QTest::addColumn<int>("outcome");
    QTest::newRow("never fired") << qint64(-1) << int(Outcome::Breach);
    QTest::newRow("fired 60 s ago, 120 s cool-down") << qint64(60) << int(Outcome::CoolingDown);
    QTest::newRow("fired 119 s ago") << qint64(119) << int(Outcome::CoolingDown);
    QTest::newRow("fired exactly 120 s ago") << qint64(120) << int(Outcome::Breach);
    QTest::newRow("fired 130 s ago") << qint64(130) << int(Outcome::Breach);
}

void TestTriggerEvaluator::coolDown()
{
    QFETCH(qint64, firedAgoS);
    QFETCH(int, outcome);
    RollbackTrigger t = trigger(TriggerMetric::ErrorRate, 0.05, 20, 10);
    if (firedAgoS >= 0)
        t.lastFiredAt = at(20 - firedAgoS);
    const auto f = TriggerEvaluator::figures(probes({1, 2, 3}), {}, t.windowMs, at(20));
    const auto d = TriggerEvaluator::evaluate(t, f, at(20));
    QCOMPARE(int(d.outcome), outcome);
    QCOMPARE(d.value.value(), 0.15);
    // A quiet window is quiet whatever the cool-down.
    const auto quiet =
        TriggerEvaluator::evaluate(t, TriggerEvaluator::figures(probes(), {}, t.windowMs, at(20)), at(20));
    QCOMPARE(int(quiet.outcome), int(Outcome::Quiet));
}

void TestTriggerEvaluator::disabledNeverFires()
{
    RollbackTrigger t = trigger(TriggerMetric::ErrorRate, 0.0, 20, 1);
    t.enabled = false;
    const auto d = TriggerEvaluator::evaluate(
        t, TriggerEvaluator::figures(probes({20}), {}, t.windowMs, at(20)), at(20));
    QCOMPARE(int(d.outcome), int(Outcome::Disabled));
}

void TestTriggerEvaluator::defaultsFollowSeed003()
{
    const auto defaults = RollbackTrigger::defaults(7);
    QCOMPARE(defaults.size(), 3);
    QCOMPARE(defaults[0].describe(), u"error rate > 5.0 % over 5 min"_s);
    QCOMPARE(defaults[0].action, TriggerAction::RollBackNow);
    QCOMPARE(defaults[1].describe(), u"p95 latency > 5000 ms over 10 min"_s);
    QCOMPARE(defaults[1].action, TriggerAction::ProposeRollback);
    QCOMPARE(defaults[2].describe(), u"3 consecutive failed probes"_s);
    for (const auto &t : defaults)
        QCOMPARE(t.environmentId, 7);
    QCOMPARE(core::triggerMetricFromString(u"latency_p95"_s).value(), TriggerMetric::LatencyP95);
    QVERIFY(!core::triggerMetricFromString(u"bogus"_s));
    QCOMPARE(core::triggerActionFromString(u"propose"_s).value(), TriggerAction::ProposeRollback);
}

QTEST_GUILESS_MAIN(TestTriggerEvaluator)
#include "TestTriggerEvaluator.moc"
