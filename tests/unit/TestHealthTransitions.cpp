// Health transitions as a timeline source: HealthTransitionQuery finds the level changes of each slot in
// raw probe samples and rolled-up buckets (with the level just before the range), and HealthTimelineSource
// turns those of the incident's environments into timeline events. Constructed samples, expectations
// worked out by hand in the comments; SQLite and PostgreSQL.
#include <QTemporaryDir>
#include <QTest>

#include "TestDatabases.h"
#include "core/incidents/HealthTimelineSource.h"
#include "core/incidents/Incident.h"
#include "core/incidents/Timeline.h"
#include "core/model/Service.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/HealthSampleRepository.h"
#include "core/store/HealthTransitionQuery.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::HealthSample;
using core::HealthTransition;

namespace {

// 2026-01-01T00:00:00Z. Minute buckets of phase A start here; phase B (raw samples) a day later.
const qint64 kT0 = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 kB = kT0 + 86'400'000;

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

HealthSample probe(core::EnvironmentId env, const QString &slot, qint64 ms, HealthSample::Status status)
{
    HealthSample s;
    s.environmentId = env;
    s.slot = slot;
    s.time = at(ms);
    s.status = status;
    s.latencyMs = 40;
    switch (status) {
    case HealthSample::Status::Healthy:
        s.httpStatus = 200;
        break;
    case HealthSample::Status::Degraded:
        s.httpStatus = 206;
        break;
    case HealthSample::Status::Unhealthy:
        s.httpStatus = 503;
        s.error = u"unhealthy"_s;
        break;
    case HealthSample::Status::Error:
        s.httpStatus = 0;
        s.error = u"connection refused"_s;
        break;
    }
    return s;
}

// "slot at(+ms from base) from→to"
QStringList describe(const QList<HealthTransition> &transitions, qint64 base)
{
    QStringList out;
    for (const HealthTransition &t : transitions)
        out << u"%1 %2 %3→%4"_s.arg(t.slot)
                   .arg(t.at.toMSecsSinceEpoch() - base)
                   .arg(t.fromLevel.isEmpty() ? u"?"_s : t.fromLevel, t.toLevel);
    return out;
}

} // namespace

class TestHealthTransitions : public QObject
{
    Q_OBJECT

private slots:
    void rawTransitions_data() { backends(); }
    void rawTransitions();
    void rolledUpBucketsAndTheLevelBefore_data() { backends(); }
    void rolledUpBucketsAndTheLevelBefore();
    void timelineSourceOfTheIncidentsEnvironments_data() { backends(); }
    void timelineSourceOfTheIncidentsEnvironments();

private:
    static void backends()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }
    // A fresh workspace with shop/production and shop/staging, filled with the samples below.
    bool open(bool postgres);

    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    core::EnvironmentId m_production = 0;
    core::EnvironmentId m_staging = 0;
};

bool TestHealthTransitions::open(bool postgres)
{
    m_ws.reset();
    static int n = 0;
    const QString location =
        testsupport::freshWorkspaceLocation(postgres, m_dir.filePath(u"transitions-%1.sqlite"_s.arg(++n)));
    if (location.isEmpty())
        return false;
    auto ws = core::Workspace::open(location);
    if (!ws.ok()) {
        QTest::qFail(qPrintable(ws.error().toString()), __FILE__, __LINE__);
        return false;
    }
    m_ws = std::move(*ws);
    const core::ServiceId service = m_ws->services().create(core::Service{0, u"shop"_s, {}}).value();
    for (const QString &name : {u"staging"_s, u"production"_s}) {
        core::Environment env;
        env.serviceId = service;
        env.name = name;
        env.position = name == u"staging" ? 0 : 1;
        env.routerKind = u"nginx"_s;
        (name == u"staging" ? m_staging : m_production) = m_ws->environments().create(env).value();
    }
    using S = HealthSample::Status;
    auto &repo = m_ws->healthSamples();

    // Phase A, production blue, six probes a minute (every 10 s) for five minutes, then rolled up into
    // minute buckets: minute 0 and 1 healthy; minute 2 four of six unhealthy (most failed: unhealthy);
    // minute 3 one degraded (degraded); minute 4 healthy.
    QList<HealthSample> phaseA;
    for (int minute = 0; minute < 5; ++minute) {
        for (int i = 0; i < 6; ++i) {
            S status = S::Healthy;
            if (minute == 2 && i < 4)
                status = S::Unhealthy;
            if (minute == 3 && i == 5)
                status = S::Degraded;
            phaseA << probe(m_production, u"blue"_s, kT0 + minute * 60'000 + i * 10'000, status);
        }
    }
    auto rolled = repo.append(phaseA).ok()
                      ? repo.rollUp(at(kT0 + 2 * 86'400'000)) // older than a day → minutes
                      : core::Result<core::HealthRollupReport>(core::Error{});
    if (!rolled.ok() || rolled->rawRolledUp != 30) {
        QTest::qFail("phase A was not stored and rolled up", __FILE__, __LINE__);
        return false;
    }

    // Phase B, raw (rolled up no more), a day later.
    // blue:  +0 healthy, +5 healthy, +10 degraded, +15 degraded, +20 error, +25 unhealthy, +30 healthy
    // green: +0 healthy, +12 unhealthy, +17 healthy
    // staging blue: +1 unhealthy (another environment)
    QList<HealthSample> phaseB{
        probe(m_production, u"blue"_s, kB + 0, S::Healthy),
        probe(m_production, u"blue"_s, kB + 5'000, S::Healthy),
        probe(m_production, u"blue"_s, kB + 10'000, S::Degraded),
        probe(m_production, u"blue"_s, kB + 15'000, S::Degraded),
        probe(m_production, u"blue"_s, kB + 20'000, S::Error),
        probe(m_production, u"blue"_s, kB + 25'000, S::Unhealthy),
        probe(m_production, u"blue"_s, kB + 30'000, S::Healthy),
        probe(m_production, u"green"_s, kB + 0, S::Healthy),
        probe(m_production, u"green"_s, kB + 12'000, S::Unhealthy),
        probe(m_production, u"green"_s, kB + 17'000, S::Healthy),
        probe(m_staging, u"blue"_s, kB + 1'000, S::Unhealthy),
    };
    // A router sample is not a slot probe: it never makes a transition.
    HealthSample router = probe(m_production, u"blue"_s, kB + 11'000, S::Unhealthy);
    router.source = HealthSample::Source::Router;
    phaseB << router;
    if (!repo.append(phaseB).ok()) {
        QTest::qFail("phase B was not stored", __FILE__, __LINE__);
        return false;
    }
    return true;
}

void TestHealthTransitions::rawTransitions()
{
    QFETCH(bool, postgres);
    if (!open(postgres))
        return;
    const core::HealthTransitionQuery query(m_ws->database());
    // [B+5 s, B+30 s]. blue: the level before is B+0 healthy, so B+5 (healthy) changes nothing; then
    // degraded at +10, unhealthy at +20 (an error counts as unhealthy; +25 repeats it), healthy at +30.
    // green: healthy before; unhealthy at +12, healthy at +17. Time order across slots.
    auto t = query.transitions(m_production, at(kB + 5'000), at(kB + 30'000));
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
    QCOMPARE(describe(*t, kB),
             (QStringList{u"blue 10000 healthy→degraded"_s, u"green 12000 healthy→unhealthy"_s,
                          u"green 17000 unhealthy→healthy"_s, u"blue 20000 degraded→unhealthy"_s,
                          u"blue 30000 unhealthy→healthy"_s}));
    const HealthTransition &down = t->at(3);
    QCOMPARE(down.bucketMs, 0);
    QCOMPARE(down.httpStatus, 0);
    QCOMPARE(down.error, u"connection refused"_s);
    QCOMPARE(t->at(0).httpStatus, 206);

    // From B+0 on: nothing recorded before B for green, and its first level (healthy) is no news; blue's
    // level before B is minute 4's bucket (healthy), so B+0 changes nothing either.
    auto fromStart = query.transitions(m_production, at(kB), at(kB + 12'000));
    QVERIFY(fromStart.ok());
    QCOMPARE(describe(*fromStart, kB),
             (QStringList{u"blue 10000 healthy→degraded"_s, u"green 12000 healthy→unhealthy"_s}));

    // Staging: its only slot's first ever level is unhealthy — that is news.
    auto staging = query.transitions(m_staging, at(kB), at(kB + 60'000));
    QVERIFY(staging.ok());
    QCOMPARE(describe(*staging, kB), (QStringList{u"blue 1000 ?→unhealthy"_s}));

    // A range with no samples in it.
    auto empty = query.transitions(m_production, at(kB + 40'000), at(kB + 90'000));
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
}

void TestHealthTransitions::rolledUpBucketsAndTheLevelBefore()
{
    QFETCH(bool, postgres);
    if (!open(postgres))
        return;
    const core::HealthTransitionQuery query(m_ws->database());
    // The raw samples of phase A are gone (rolled up) ...
    QCOMPARE(m_ws->healthSamples().rawCount(m_production).value(), 11); // phase B only
    // ... the minute buckets keep the story. [T0, T0+5 min): minute 0 is the first level ever and healthy
    // (no news); minute 2 unhealthy (4 of 6 failed), minute 3 degraded, minute 4 healthy.
    auto t = query.transitions(m_production, at(kT0), at(kT0 + 5 * 60'000 - 1));
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
    QCOMPARE(describe(*t, kT0),
             (QStringList{u"blue 120000 healthy→unhealthy"_s, u"blue 180000 unhealthy→degraded"_s,
                          u"blue 240000 degraded→healthy"_s}));
    QCOMPARE(t->at(0).bucketMs, 60'000);
    QCOMPARE(t->at(0).samples, 6);
    QCOMPARE(t->at(0).failures, 4);

    // Starting inside minute 2 (T0+150 s) up to B+12 s: the level before is minute 2's (unhealthy), so
    // minute 3 is a change; then minute 4 healthy, and the raw samples of phase B: B+10 degraded; green
    // first appears (healthy, no news) and turns unhealthy at B+12.
    auto across = query.transitions(m_production, at(kT0 + 150'000), at(kB + 12'000));
    QVERIFY(across.ok());
    QCOMPARE(describe(*across, kT0),
             (QStringList{u"blue 180000 unhealthy→degraded"_s, u"blue 240000 degraded→healthy"_s,
                          u"blue %1 healthy→degraded"_s.arg(kB - kT0 + 10'000),
                          u"green %1 healthy→unhealthy"_s.arg(kB - kT0 + 12'000)}));
}

void TestHealthTransitions::timelineSourceOfTheIncidentsEnvironments()
{
    QFETCH(bool, postgres);
    if (!open(postgres))
        return;
    core::Incident incident;
    incident.id = 1;
    incident.title = u"Checkout errors"_s;
    incident.services = {u"shop"_s};
    incident.environments = {u"production"_s};
    incident.status = core::IncidentStatus::Resolved;
    incident.startedAt = at(kB + 8'000);
    incident.resolvedAt = at(kB + 40'000);
    const core::TimelineWindow window = core::Timeline::windowFor(incident);
    // The window starts two hours before B: blue's level before it is minute 4's (healthy).
    const core::HealthTimelineSource source(*m_ws);
    auto events = source.events(incident, window);
    QVERIFY2(events.ok(), qPrintable(events.ok() ? QString() : events.error().toString()));
    QStringList titles, outcomes;
    for (const core::TimelineEvent &e : *events) {
        QCOMPARE(e.kind, core::TimelineKind::Health);
        titles << e.title;
        outcomes << e.outcome;
    }
    // Production only (staging's unhealthy blue is not this incident's), in time order.
    QCOMPARE(
        titles,
        (QStringList{u"production blue: healthy → degraded"_s, u"production green: healthy → unhealthy"_s,
                     u"production green: unhealthy → healthy"_s, u"production blue: degraded → unhealthy"_s,
                     u"production blue: unhealthy → healthy"_s}));
    QCOMPARE(outcomes, (QStringList{u"warning"_s, u"bad"_s, u"good"_s, u"bad"_s, u"good"_s}));
    QCOMPARE(events->at(0).at, at(kB + 10'000));
    QCOMPARE(events->at(0).detail, u"HTTP 206 in 40 ms"_s);
    QCOMPARE(events->at(3).detail, u"connection refused"_s);

    // "shop/staging" names staging exactly.
    incident.environments = {u"shop/staging"_s};
    auto staging = source.events(incident, window);
    QVERIFY(staging.ok());
    QCOMPARE(staging->size(), 1);
    QCOMPARE(staging->at(0).title, u"staging blue: unhealthy"_s);
}

QTEST_GUILESS_MAIN(TestHealthTransitions)
#include "TestHealthTransitions.moc"
