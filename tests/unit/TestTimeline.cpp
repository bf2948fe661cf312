// Timeline assembly: deployments with their steps and rollbacks, releases, approvals from the audit
// log, notes, status changes and communications, merged in time order; pluggable sources (approvals,
// health transitions from other stores) slot in; equal times keep a stable order.
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "IncidentHistory.h"
#include "core/incidents/IncidentRepository.h"
#include "core/incidents/Incidents.h"
#include "core/incidents/Timeline.h"
#include "core/incidents/TimelineSources.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::DeploymentKind;
using core::DeploymentStatus;
using core::TimelineEvent;
using core::TimelineKind;

namespace {

// A source from another store, e.g. health transitions (issue 6) or approvals (issue 5).
class FixedSource final : public core::TimelineSource
{
public:
    FixedSource(QString name, QList<TimelineEvent> events)
        : m_name(std::move(name))
        , m_events(std::move(events))
    {}
    QString name() const override { return m_name; }
    core::Result<QList<TimelineEvent>> events(const core::Incident &,
                                              const core::TimelineWindow &window) const override
    {
        QList<TimelineEvent> inside;
        for (const auto &e : m_events) {
            if (window.contains(e.at))
                inside << e;
        }
        return inside;
    }

private:
    QString m_name;
    QList<TimelineEvent> m_events;
};

class FailingSource final : public core::TimelineSource
{
public:
    QString name() const override { return u"broken"_s; }
    core::Result<QList<TimelineEvent>> events(const core::Incident &,
                                              const core::TimelineWindow &) const override
    {
        return core::Error{u"source.broken"_s, u"broken source"_s, {}};
    }
};

TimelineEvent makeEvent(const QDateTime &at, TimelineKind kind, const QString &title)
{
    TimelineEvent e;
    e.at = at;
    e.kind = kind;
    e.title = title;
    return e;
}

QStringList describe(const QList<TimelineEvent> &events)
{
    QStringList out;
    for (const auto &e : events)
        out << core::timelineKindToString(e.kind) + u": "_s + e.title;
    return out;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mergeIsStableOnEqualTimes()
    {
        const QDateTime t = testsupport::at(0);
        const QList<QList<TimelineEvent>> perSource{
            {makeEvent(t.addSecs(60), TimelineKind::Deployment, u"d1"_s),
             makeEvent(t, TimelineKind::Step, u"s1"_s), makeEvent(t, TimelineKind::Step, u"s2"_s)},
            {makeEvent(t, TimelineKind::Approval, u"a1"_s),
             makeEvent(t.addSecs(-5), TimelineKind::Approval, u"a0"_s)},
            {makeEvent(t, TimelineKind::Health, u"h1"_s)},
        };
        const auto merged = core::Timeline::merge(perSource);
        QCOMPARE(describe(merged), (QStringList{u"approval: a0"_s, u"step: s1"_s, u"step: s2"_s,
                                                u"approval: a1"_s, u"health: h1"_s, u"deployment: d1"_s}));
        // The same input always gives the same output.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(describe(core::Timeline::merge(perSource)), describe(merged));
    }

    void mixedSourcesInTimeOrder()
    {
        QString why;
        auto ws = testsupport::openTestWorkspace(m_dir, u"sqlite"_s, &why);
        QVERIFY2(ws, qPrintable(why));
        core::Incidents incidents(*ws);
        testsupport::HistoryBuilder h(*ws);
        // Times relative to a minute an hour ago: the audit log stamps its own (current) time.
        const QDateTime base =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 60 * 60 - 3600, Qt::UTC);
        auto m = [&base](int minutes) { return base.addSecs(minutes * 60); };

        const auto shop = h.service(u"shop"_s);
        const auto blog = h.service(u"blog"_s);
        const auto prod = h.environment(shop, u"production"_s, 1);
        const auto staging = h.environment(shop, u"staging"_s, 0);
        const auto blogProd = h.environment(blog, u"production"_s, 1);
        const auto release = h.release(shop, u"v2.0.0"_s, m(-30));
        h.release(blog, u"v7.0.0"_s, m(-20)); // another service: not on this timeline
        h.deployment(staging, u"v2.0.0"_s, DeploymentKind::Deploy, DeploymentStatus::Succeeded, m(-10), m(-8),
                     release);
        const auto deploy = h.deployment(prod, u"v2.0.0"_s, DeploymentKind::Deploy, DeploymentStatus::Failed,
                                         m(0), m(9), release, std::nullopt, u"monitor"_s);
        h.step(deploy, 1, u"switch"_s, m(5), m(6));
        h.step(deploy, 2, u"monitor"_s, m(6), m(9), false);
        const auto rollback =
            h.deployment(prod, u"v1.9.0"_s, DeploymentKind::Rollback, DeploymentStatus::Succeeded, m(9),
                         m(10), std::nullopt, deploy, u"switch"_s);
        h.deployment(blogProd, u"v7.0.0"_s, DeploymentKind::Deploy, DeploymentStatus::Succeeded, m(3), m(4));
        // Much later: a manual rollback the incident links by hand.
        const auto manual =
            h.deployment(prod, u"v1.8.0"_s, DeploymentKind::Rollback, DeploymentStatus::Succeeded, m(30),
                         m(31), std::nullopt, rollback, u"switch"_s);

        auto id = incidents.openForAutomaticRollback(rollback, u"error rate 12 %"_s);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QVERIFY(incidents.linkDeployment(*id, manual, u"related"_s, u"sam"_s).ok());
        QVERIFY(incidents.addNote(*id, u"kim"_s, u"customers report failed payments"_s, m(12)).ok());
        QVERIFY(incidents.changeStatus(*id, core::IncidentStatus::Identified, u"sam"_s, u"cache key"_s, m(15))
                    .ok());
        QVERIFY(ws->deployments()
                    .appendLog(deploy, u"monitor"_s, u"info"_s, u"Rolling back automatically"_s)
                    .ok());
        QVERIFY(ws->deployments().appendLog(deploy, u"monitor"_s, u"out"_s, u"noise"_s).ok());
        // An approval recorded in the audit log (stamped now); unrelated audit actions are left out.
        QVERIFY(ws->audit()
                    .append(u"lee"_s, u"approval.granted"_s, u"plan/abc"_s,
                            QJsonObject{{u"comment"_s, u"hotfix ok"_s}})
                    .ok());

        auto timeline = core::Timeline::standard(*ws, incidents.repository());
        // Sources from other stores plug in (the standard health source finds no samples here).
        timeline->addSource(std::make_unique<FixedSource>(
            u"other"_s, QList<TimelineEvent>{makeEvent(m(7), TimelineKind::Health, u"green unhealthy"_s),
                                             makeEvent(m(11), TimelineKind::Health, u"blue healthy"_s),
                                             makeEvent(m(-500), TimelineKind::Health, u"long before"_s)}));
        QCOMPARE(timeline->sourceNames(), (QStringList{u"deployments"_s, u"releases"_s, u"audit"_s,
                                                       u"health"_s, u"incident"_s, u"other"_s}));
        auto incident = incidents.repository().get(*id).value();
        auto events = timeline->assemble(incident);
        QVERIFY2(events.ok(), qPrintable(events.ok() ? QString() : events.error().toString()));
        const QStringList got = describe(*events);
        // Build the expectation from times: every event in order, with ties as the sources give them.
        QStringList want{
            u"release: Release v2.0.0 registered"_s,                    // m(-30)
            u"deployment: Deployment #2 of v2.0.0 (failed)"_s,          // m(0)
            u"step: #2 switch: succeeded"_s,                            // m(5)
            u"step: #2 monitor: failed"_s,                              // m(6)
            u"health: green unhealthy"_s,                               // m(7)
            u"rollback: Automatic rollback #3 to v1.9.0 (succeeded)"_s, // m(9)
            u"status: Status: Investigating"_s, // m(9), incident source after deployments
            u"status: Status: Monitoring"_s,    // m(10)
            u"health: blue healthy"_s,          // m(11)
            u"note: Note by kim"_s,             // m(12)
            u"status: Status: Identified"_s,    // m(15)
            u"rollback: Manual rollback #5 to v1.8.0 (succeeded)"_s, // m(30)
        };
        QCOMPARE(got.mid(0, want.size()), want);
        // Then, at the current time: the info log line and the approval (ties in source order).
        QCOMPARE(got.size(), want.size() + 2);
        QCOMPARE(got.at(want.size()), u"log: #2 monitor"_s);
        QCOMPARE(got.at(want.size() + 1), u"approval: approval.granted on plan/abc"_s);
        QCOMPARE(events->constLast().detail, u"hotfix ok"_s);
        // Staging and the blog's deployments are other environments: not here.
        for (const auto &e : *events)
            QVERIFY2(!e.title.contains(u"v7.0.0"_s) && !e.title.contains(u"#1 "_s), qPrintable(e.title));
        // Times never go backwards.
        for (qsizetype i = 1; i < events->size(); ++i)
            QVERIFY(events->at(i - 1).at <= events->at(i).at);
    }

    void aFailingSourceFailsTheTimeline()
    {
        core::Timeline timeline;
        timeline.addSource(std::make_unique<FixedSource>(u"ok"_s, QList<TimelineEvent>{}));
        timeline.addSource(std::make_unique<FailingSource>());
        core::Incident incident;
        incident.startedAt = testsupport::at(0);
        auto events = timeline.assemble(incident);
        QVERIFY(!events.ok());
        QCOMPARE(events.error().code, u"source.broken"_s);
    }

    void windowCoversLookBackAndAfter()
    {
        core::Incident incident;
        incident.startedAt = testsupport::at(100);
        incident.resolvedAt = testsupport::at(200);
        const auto w = core::Timeline::windowFor(incident);
        QCOMPARE(w.from, testsupport::at(100 - 120));
        QCOMPARE(w.to, testsupport::at(200 + 30));
        incident.resolvedAt = {};
        const QDateTime now = testsupport::at(150);
        QCOMPARE(core::Timeline::windowFor(incident, now).to, testsupport::at(180));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "TestTimeline.moc"
