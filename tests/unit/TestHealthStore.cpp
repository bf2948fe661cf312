#include <QTemporaryDir>
#include <QTest>

#include "TestDatabases.h"
#include "core/model/Service.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/HealthSampleRepository.h"
#include "core/store/RollbackTriggerRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::HealthRollupPolicy;
using core::HealthSample;
using core::RollbackTrigger;
using core::TriggerAction;
using core::TriggerMetric;

namespace {

// 2026-01-01T00:00:00Z, a minute and an hour boundary.
const qint64 kT0 = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(kT0 + ms, Qt::UTC);
}

HealthSample sample(core::EnvironmentId env,
                    const QString &slot,
                    qint64 ms,
                    qint64 latency,
                    HealthSample::Status status = HealthSample::Status::Healthy)
{
    HealthSample s;
    s.environmentId = env;
    s.slot = slot;
    s.time = at(ms);
    s.latencyMs = latency;
    s.status = status;
    s.httpStatus = status == HealthSample::Status::Error       ? 0
                   : status == HealthSample::Status::Unhealthy ? 503
                                                               : 200;
    s.version = u"v1.0.0"_s;
    if (s.isFailure())
        s.error = u"down"_s;
    s.failureCount = s.isFailure() ? 1 : 0;
    s.latencyP95Ms = s.latencyMs;
    return s;
}

} // namespace

// Health samples and rollback triggers in the workspace, on SQLite and on PostgreSQL.
class TestHealthStore : public QObject
{
    Q_OBJECT

private slots:
    void appendAndReadBack_data() { backends(); }
    void appendAndReadBack();
    void rollUpToMinutesAndHours_data() { backends(); }
    void rollUpToMinutesAndHours();
    void lateSamplesMergeIntoTheirBucket_data() { backends(); }
    void lateSamplesMergeIntoTheirBucket();
    void refusesSamplesWithoutEnvironment_data() { backends(); }
    void refusesSamplesWithoutEnvironment();
    void triggersDefaultAndPersist_data() { backends(); }
    void triggersDefaultAndPersist();
    void invalidTriggersChangeNothing_data();
    void invalidTriggersChangeNothing();

private:
    static void backends()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }
    // Opens a fresh workspace with one environment; false when the test was skipped or failed.
    bool open(bool postgres);

    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    core::EnvironmentId m_env = 0;
};

bool TestHealthStore::open(bool postgres)
{
    m_ws.reset();
    static int n = 0;
    const QString location =
        testsupport::freshWorkspaceLocation(postgres, m_dir.filePath(u"health-%1.sqlite"_s.arg(++n)));
    if (location.isEmpty())
        return false;
    auto ws = core::Workspace::open(location);
    if (!ws.ok()) {
        QTest::qFail(qPrintable(ws.error().toString()), __FILE__, __LINE__);
        return false;
    }
    m_ws = std::move(*ws);
    auto service = m_ws->services().create(core::Service{0, u"shop"_s, {}});
    core::Environment env;
    env.serviceId = service.value();
    env.name = u"production"_s;
    env.routerKind = u"nginx"_s;
    m_env = m_ws->environments().create(env).value();
    return true;
}

void TestHealthStore::appendAndReadBack()
{
    QFETCH(bool, postgres);
    if (!open(postgres))
        return;
    auto &repo = m_ws->healthSamples();
    // 250 samples: three multi-row INSERTs (100 rows each) in one transaction.
    QList<HealthSample> batch;
    for (int i = 0; i < 250; ++i) {
        HealthSample s =
            sample(m_env, i % 2 ? u"green"_s : u"blue"_s, i * 1000, 10 + i,
                   i % 10 == 9 ? HealthSample::Status::Unhealthy : HealthSample::Status::Healthy);
        if (i == 3) {
            s.source = HealthSample::Source::Router;
            s.error = u"it's got 'quotes' and ; semicolons"_s;
        }
        batch << s;
    }
    HealthSample metrics = sample(m_env, u"blue"_s, 500, 0);
    metrics.source = HealthSample::Source::Metrics;
    metrics.requests = 1200;
    metrics.errors = 30;
    metrics.httpStatus = 200;
    metrics.latencyP95Ms = 0;
    batch << metrics;
    const auto stored = repo.append(batch);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
    QCOMPARE(repo.rawCount().value(), 251);

    auto all = repo.samples(m_env, at(0), at(1000 * 1000));
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 251);
    // Oldest first; every field comes back.
    QCOMPARE(all->at(0), batch.at(0));
    QCOMPARE(all->at(1), metrics);
    QCOMPARE(all->at(4), batch.at(3));
    QCOMPARE(all->at(10), batch.at(9));
    QCOMPARE(all->at(10).status, HealthSample::Status::Unhealthy);

    // Half-open range, one slot.
    auto green = repo.samples(m_env, at(10 * 1000), at(20 * 1000), u"green"_s);
    QVERIFY(green.ok());
    QCOMPARE(green->size(), 5); // 11, 13, 15, 17, 19 s
    QCOMPARE(green->first().time, at(11 * 1000));
    QCOMPARE(green->last().time, at(19 * 1000));
    // Nothing is rolled up yet: the series is the raw samples.
    auto series = repo.series(m_env, at(10 * 1000), at(20 * 1000), u"green"_s);
    QVERIFY(series.ok());
    QCOMPARE(*series, *green);
}

void TestHealthStore::rollUpToMinutesAndHours()
{
    QFETCH(bool, postgres);
    if (!open(postgres))
        return;
    auto &repo = m_ws->healthSamples();
    // Blue: one sample every 10 s for 3 hours: latencies 1..6 repeating within each minute, the 6th sample
    // of every 3rd minute unhealthy.
    QList<HealthSample> batch;
    for (qint64 i = 0; i < 3 * 360; ++i) {
        const qint64 minute = i / 6;
        const bool failing = i % 6 == 5 && minute % 3 == 0;
        batch << sample(m_env, u"blue"_s, i * 10 * 1000, 1 + i % 6,
                        failing ? HealthSample::Status::Unhealthy : HealthSample::Status::Healthy);
    }
    QVERIFY(repo.append(batch).ok());
    QCOMPARE(repo.rawCount().value(), 1080);

    // Small ages: raw older than 1 h becomes minutes; minutes older than 2 h become hours. "Now" is 3 h.
    HealthRollupPolicy policy;
    policy.rawAgeMs = 3600 * 1000;
    policy.minuteAgeMs = 2 * 3600 * 1000;
    const auto report = repo.rollUp(at(3 * 3600 * 1000), policy);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
    QCOMPARE(report->rawRolledUp, 720);    // the first two hours
    QCOMPARE(report->minutesRolledUp, 60); // the first hour's minutes
    QCOMPARE(repo.rawCount().value(), 360);
    QCOMPARE(repo.rollupCount(policy.minuteMs).value(), 60);
    QCOMPARE(repo.rollupCount(policy.hourMs).value(), 1);

    // Minute 60 (the first of the second hour): 6 samples, latencies 1..6, the last unhealthy (60 % 3 == 0).
    auto minutes = repo.rollups(m_env, policy.minuteMs, at(3600 * 1000), at(3660 * 1000));
    QVERIFY(minutes.ok());
    QCOMPARE(minutes->size(), 1);
    const core::HealthRollup &m = minutes->first();
    QCOMPARE(m.start, at(3600 * 1000));
    QCOMPARE(m.samples, 6);
    QCOMPARE(m.failures, 1);
    QCOMPARE(m.degraded, 1);
    QCOMPARE(m.latencyP50Ms, 3); // nearest rank: ceil(0.5 * 6) = 3rd of 1..6
    QCOMPARE(m.latencyP95Ms, 6); // ceil(0.95 * 6) = 6th
    QCOMPARE(m.latencyMaxMs, 6);
    QCOMPARE(m.version, u"v1.0.0"_s);

    // The first hour: 360 samples, 20 failures (every 3rd of 60 minutes), p50 the weighted mean of 3s.
    auto hours = repo.rollups(m_env, policy.hourMs, at(0), at(3600 * 1000));
    QVERIFY(hours.ok());
    QCOMPARE(hours->size(), 1);
    QCOMPARE(hours->first().samples, 360);
    QCOMPARE(hours->first().failures, 20);
    QCOMPARE(hours->first().latencyP50Ms, 3);
    QCOMPARE(hours->first().latencyP95Ms, 6);

    // A second pass changes nothing.
    const auto again = repo.rollUp(at(3 * 3600 * 1000), policy);
    QVERIFY(again.ok());
    QCOMPARE(again->rawRolledUp, 0);
    QCOMPARE(again->minutesRolledUp, 0);

    // The series over everything: 1 hour bucket, 60 minute buckets, 360 raw samples, oldest first.
    auto series = repo.series(m_env, at(0), at(3 * 3600 * 1000));
    QVERIFY(series.ok());
    QCOMPARE(series->size(), 1 + 60 + 360);
    QCOMPARE(series->at(0).bucketMs, policy.hourMs);
    QCOMPARE(series->at(0).sampleCount, 360);
    QCOMPARE(series->at(0).failureCount, 20);
    QCOMPARE(series->at(0).status, HealthSample::Status::Degraded);
    QCOMPARE(series->at(1).bucketMs, policy.minuteMs);
    QCOMPARE(series->at(1).time, at(3600 * 1000));
    QCOMPARE(series->at(61).bucketMs, 0);
    QCOMPARE(series->at(61).sampleCount, 1);
    QCOMPARE(series->at(61).time, at(2 * 3600 * 1000));
    for (qsizetype i = 1; i < series->size(); ++i)
        QVERIFY(series->at(i - 1).time <= series->at(i).time);
}

void TestHealthStore::lateSamplesMergeIntoTheirBucket()
{
    QFETCH(bool, postgres);
    if (!open(postgres))
        return;
    auto &repo = m_ws->healthSamples();
    HealthRollupPolicy policy;
    policy.rawAgeMs = 60 * 1000;
    QVERIFY(repo.append({sample(m_env, u"blue"_s, 1000, 10), sample(m_env, u"blue"_s, 2000, 20)}).ok());
    QCOMPARE(repo.rollUp(at(10 * 60 * 1000), policy).value().rawRolledUp, 2);
    // A sample of the same minute arrives late (a probe that took long, another process).
    QVERIFY(repo.append({sample(m_env, u"blue"_s, 3000, 90, HealthSample::Status::Error)}).ok());
    QCOMPARE(repo.rollUp(at(10 * 60 * 1000), policy).value().rawRolledUp, 1);
    auto minutes = repo.rollups(m_env, policy.minuteMs, at(0), at(60 * 1000));
    QVERIFY(minutes.ok());
    QCOMPARE(minutes->size(), 1);
    QCOMPARE(minutes->first().samples, 3);
    QCOMPARE(minutes->first().failures, 1);
    QCOMPARE(minutes->first().latencyP95Ms, 20); // the late one never got an answer: no latency
    QCOMPARE(repo.rawCount().value(), 0);
}

void TestHealthStore::refusesSamplesWithoutEnvironment()
{
    QFETCH(bool, postgres);
    if (!open(postgres))
        return;
    HealthSample orphan = sample(0, u"blue"_s, 0, 1);
    const auto stored = m_ws->healthSamples().append({sample(m_env, u"blue"_s, 0, 1), orphan});
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, u"health.bad_sample"_s);
    QCOMPARE(m_ws->healthSamples().rawCount().value(), 0); // all or nothing
}

void TestHealthStore::triggersDefaultAndPersist()
{
    QFETCH(bool, postgres);
    if (!open(postgres))
        return;
    auto &repo = m_ws->triggers();
    auto triggers = repo.forEnvironment(m_env);
    QVERIFY2(triggers.ok(), qPrintable(triggers.ok() ? QString() : triggers.error().toString()));
    // Seed 003's defaults, written on first use.
    QCOMPARE(triggers->size(), 3);
    QCOMPARE(triggers->at(0).metric, TriggerMetric::ErrorRate);
    QCOMPARE(triggers->at(0).threshold, 0.05);
    QCOMPARE(triggers->at(0).windowMs, 5 * 60 * 1000);
    QCOMPARE(triggers->at(0).action, TriggerAction::RollBackNow);
    QCOMPARE(triggers->at(1).metric, TriggerMetric::LatencyP95);
    QCOMPARE(triggers->at(1).threshold, 5000.0);
    QCOMPARE(triggers->at(1).windowMs, 10 * 60 * 1000);
    QCOMPARE(triggers->at(1).action, TriggerAction::ProposeRollback);
    QVERIFY(triggers->at(0).id > 0);
    QVERIFY(!triggers->at(0).lastFiredAt);
    // Cool-down persists.
    QVERIFY(repo.markFired(triggers->at(0).id, at(5000)).ok());
    auto again = repo.forEnvironment(m_env);
    QCOMPARE(again->at(0).lastFiredAt.value(), at(5000));

    // Replace with a custom list, in order.
    RollbackTrigger fast;
    fast.metric = TriggerMetric::ConsecutiveFailures;
    fast.threshold = 2;
    fast.windowMs = 60 * 1000;
    fast.minSamples = 2;
    fast.action = TriggerAction::AlertOnly;
    fast.cooldownMs = 0;
    fast.enabled = false;
    RollbackTrigger rate = RollbackTrigger::defaults().first();
    rate.threshold = 0.125;
    QVERIFY(repo.replace(m_env, {fast, rate}).ok());
    auto custom = repo.forEnvironment(m_env);
    QCOMPARE(custom->size(), 2);
    QCOMPARE(custom->at(0).metric, TriggerMetric::ConsecutiveFailures);
    QCOMPARE(custom->at(0).action, TriggerAction::AlertOnly);
    QCOMPARE(custom->at(0).enabled, false);
    QCOMPARE(custom->at(0).cooldownMs, 0);
    QCOMPARE(custom->at(1).threshold, 0.125);
    // An empty list means the defaults again.
    QVERIFY(repo.replace(m_env, {}).ok());
    QCOMPARE(repo.forEnvironment(m_env)->size(), 3);
}

void TestHealthStore::invalidTriggersChangeNothing_data()
{
    QTest::addColumn<int>("field");
    QTest::newRow("negative threshold") << 0;
    QTest::newRow("error rate above 1") << 1;
    QTest::newRow("window under a second") << 2;
    QTest::newRow("no minimum samples") << 3;
    QTest::newRow("negative cool-down") << 4;
}

void TestHealthStore::invalidTriggersChangeNothing()
{
    QFETCH(int, field);
    if (!open(false))
        return;
    RollbackTrigger t = RollbackTrigger::defaults().first();
    switch (field) {
    case 0:
        t.threshold = -1;
        break;
    case 1:
        t.threshold = 5; // meant 5 %, wrote 5
        break;
    case 2:
        t.windowMs = 500;
        break;
    case 3:
        t.minSamples = 0;
        break;
    default:
        t.cooldownMs = -1;
        break;
    }
    const auto replaced = m_ws->triggers().replace(m_env, {RollbackTrigger::defaults().at(1), t});
    QVERIFY(!replaced.ok());
    QCOMPARE(replaced.error().code, u"trigger.invalid"_s);
    QVERIFY(!replaced.error().message.isEmpty());
    QCOMPARE(m_ws->triggers().forEnvironment(m_env)->size(), 3);
}

QTEST_GUILESS_MAIN(TestHealthStore)
#include "TestHealthStore.moc"
