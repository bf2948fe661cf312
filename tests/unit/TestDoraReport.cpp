// DORA figures per environment from a constructed history, checked by hand (see the comments), on
// SQLite and PostgreSQL.
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "IncidentHistory.h"
#include "TestDatabases.h"
#include "core/incidents/DoraReport.h"
#include "core/incidents/Incidents.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::DeploymentKind;
using core::DeploymentStatus;
using testsupport::at;

class TestDoraReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void constructedHistory_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }
    void constructedHistory()
    {
        QFETCH(QString, backend);
        QString why;
        auto ws = testsupport::openTestWorkspace(m_dir, backend, &why);
        if (!ws) {
            if (backend == u"postgresql" && !testsupport::postgresRequired())
                QSKIP(qPrintable(why));
            QFAIL(qPrintable(why));
        }
        testsupport::HistoryBuilder h(*ws);
        const auto shop = h.service(u"shop"_s);
        const auto staging = h.environment(shop, u"staging"_s, 0);
        const auto prod = h.environment(shop, u"production"_s, 1);
        const auto r1 = h.release(shop, u"v1"_s, at(-60));
        const auto r2 = h.release(shop, u"v2"_s, at(1000));
        const auto r3 = h.release(shop, u"v3"_s, at(2800));
        const auto r4 = h.release(shop, u"v4"_s, at(3900));
        const auto S = DeploymentStatus::Succeeded;
        const auto F = DeploymentStatus::Failed;
        const auto D = DeploymentKind::Deploy;
        const auto R = DeploymentKind::Rollback;

        // production
        h.deployment(prod, u"v0"_s, D, S, at(-2000), at(-1990)); // before the period
        h.deployment(prod, u"v1"_s, D, S, at(0), at(30), r1);    // d1: lead 30 − (−60) = 90 min
        const auto d2 = h.deployment(prod, u"v2"_s, D, S, at(1440), at(1470), r2); // d2: lead 470 min
        h.deployment(prod, u"v1"_s, R, S, at(1500), at(1510), std::nullopt, d2,
                     u"switch"_s); // restore 1510 − 1475
        const auto d3 = h.deployment(prod, u"v3"_s, D, F, at(2880), at(2900), r3, std::nullopt, u"monitor"_s);
        h.deployment(prod, u"v1"_s, R, S, at(2900), at(2904), std::nullopt, d3, u"switch"_s); // restore 4 min
        h.deployment(prod, u"v4"_s, D, F, at(4000), at(4001), r4, std::nullopt,
                     u"preflight"_s);                                            // never switched
        h.deployment(prod, u"v5"_s, D, S, at(5000), at(5010));                   // no release: no lead time
        h.deployment(prod, u"v6"_s, D, DeploymentStatus::Running, at(6000), {}); // unfinished: not a change
        // staging
        h.deployment(staging, u"v1"_s, D, S, at(100), at(110), r1); // lead 170 min

        // An incident names d2 as its cause and started at 1475: restoring d2 took 35 min.
        core::Incidents incidents(*ws);
        core::Incidents::OpenRequest request;
        request.title = u"v2 broke search"_s;
        request.startedAt = at(1475);
        request.links = {{d2, u"cause"_s}};
        QVERIFY(incidents.open(request, u"sam"_s).ok());

        auto report = core::DoraReport::compute(ws->database(), at(0), at(10 * 24 * 60));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->size(), 2);
        const core::DoraFigures &s = report->at(0);
        const core::DoraFigures &p = report->at(1);
        QCOMPARE(s.environment, u"staging"_s);
        QCOMPARE(p.environment, u"production"_s);
        QCOMPARE(p.periodDays, 10.0);

        // Production: d1, d2, d5 succeeded → 3 in 10 days.
        QCOMPARE(p.deployments, 3);
        QCOMPARE(p.deploymentsPerDay, 0.3);
        // Lead time: (90 + 470) / 2 = 280 min.
        QCOMPARE(p.leadTimeSamples, 2);
        QCOMPARE(p.meanLeadTimeMs, std::optional<qint64>(280LL * 60'000));
        // Changes d1..d5 = 5; failed: d2 (rolled back), d3 (failed in monitor) = 2 → 40 %.
        QCOMPARE(p.changes, 5);
        QCOMPARE(p.failedChanges, 2);
        QCOMPARE(p.changeFailureRate, std::optional<double>(0.4));
        // Restores: 35 min and 4 min → 19.5 min.
        QCOMPARE(p.restores, 2);
        QCOMPARE(p.meanTimeToRestoreMs, std::optional<qint64>(1'170'000));

        QCOMPARE(s.deployments, 1);
        QCOMPARE(s.meanLeadTimeMs, std::optional<qint64>(170LL * 60'000));
        QCOMPARE(s.changes, 1);
        QCOMPARE(s.changeFailureRate, std::optional<double>(0.0));
        QCOMPARE(s.restores, 0);
        QVERIFY(!s.meanTimeToRestoreMs);

        // An empty period: zero counts, no rates.
        auto empty = core::DoraReport::compute(ws->database(), at(-100000), at(-90000));
        QVERIFY(empty.ok());
        QCOMPARE(empty->at(1).deployments, 0);
        QVERIFY(!empty->at(1).changeFailureRate);
        QVERIFY(!empty->at(1).meanLeadTimeMs);
    }
};

QTEST_GUILESS_MAIN(TestDoraReport)
#include "TestDoraReport.moc"
