// The leadership view offscreen: the timeline and incident models (QAbstractItemModelTester), the
// zoomable timeline, the read-only and release-manager modes, the update dialog's preview.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "IncidentHistory.h"
#include "core/AppContext.h"
#include "core/incidents/CommunicationTemplates.h"
#include "core/incidents/IncidentRepository.h"
#include "core/incidents/Incidents.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/HealthSampleRepository.h"
#include "core/store/Workspace.h"
#include "ui/leadership/LeadershipWindow.h"
#include "ui/leadership/PostUpdateDialog.h"
#include "ui/leadership/TimelineView.h"
#include "ui/models/IncidentListModel.h"
#include "ui/models/TimelineModel.h"

using namespace Qt::StringLiterals;
using core::DeploymentKind;
using core::DeploymentStatus;
using core::TimelineKind;
using testsupport::at;

class TestLeadershipView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    QNetworkAccessManager m_nam;
    core::IncidentId m_first = 0;
    core::IncidentId m_second = 0;

    static core::TimelineEvent
    makeEvent(const QDateTime &t, TimelineKind kind, const QString &title, const QDateTime &end = {})
    {
        core::TimelineEvent e;
        e.at = t;
        e.end = end;
        e.kind = kind;
        e.title = title;
        e.outcome = u"good"_s;
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString why;
        m_ws = testsupport::openTestWorkspace(m_dir, u"sqlite"_s, &why);
        QVERIFY2(m_ws, qPrintable(why));
        testsupport::HistoryBuilder h(*m_ws);
        const auto shop = h.service(u"shop"_s);
        const auto staging = h.environment(shop, u"staging"_s, 0);
        const auto prod = h.environment(shop, u"production"_s, 1);
        const QDateTime now = QDateTime::currentDateTimeUtc().addDays(-2);
        const auto d1 = h.deployment(staging, u"v2.0.0"_s, DeploymentKind::Deploy,
                                     DeploymentStatus::Succeeded, now.addSecs(-3600), now.addSecs(-3300));
        Q_UNUSED(d1)
        const auto failed = h.deployment(prod, u"v2.0.0"_s, DeploymentKind::Deploy, DeploymentStatus::Failed,
                                         now, now.addSecs(540), std::nullopt, std::nullopt, u"monitor"_s);
        h.step(failed, 1, u"switch"_s, now.addSecs(300), now.addSecs(360));
        h.step(failed, 2, u"monitor"_s, now.addSecs(360), now.addSecs(540), false);
        const auto rollback =
            h.deployment(prod, u"v1.9.0"_s, DeploymentKind::Rollback, DeploymentStatus::Succeeded,
                         now.addSecs(540), now.addSecs(600), std::nullopt, failed, u"switch"_s);
        core::Incidents incidents(*m_ws);
        auto first = incidents.openForAutomaticRollback(rollback, u"error rate 12 %"_s, core::Severity::P0);
        QVERIFY(first.ok());
        m_first = *first;
        QVERIFY(incidents.addNote(m_first, u"kim"_s, u"EU payments failing"_s, now.addSecs(700)).ok());
        core::Incidents::OpenRequest request;
        request.title = u"Search is slow"_s;
        request.severity = core::Severity::P2;
        request.services = {u"shop"_s};
        request.environments = {u"staging"_s};
        request.startedAt = now.addDays(-1);
        auto second = incidents.open(request, u"sam"_s);
        QVERIFY(second.ok());
        m_second = *second;
        QVERIFY(incidents
                    .changeStatus(m_second, core::IncidentStatus::Resolved, u"sam"_s, {},
                                  now.addDays(-1).addSecs(1800))
                    .ok());
    }
    void cleanupTestCase() { m_ws.reset(); }

    void timelineModelShowsKindsAsTextAndColour()
    {
        ui::models::TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t = at(0);
        model.setEvents({makeEvent(t, TimelineKind::Deployment, u"Deployment #1"_s, t.addSecs(120)),
                         makeEvent(t.addSecs(60), TimelineKind::Health, u"green unhealthy"_s),
                         makeEvent(t.addSecs(90), TimelineKind::Communication, u"Update sent to Slack"_s)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ui::models::TimelineModel::ColumnCount));
        QCOMPARE(model.index(0, ui::models::TimelineModel::Time).data().toString(), u"2026-03-02 00:00:00"_s);
        // The kind is written out, not only coloured.
        QCOMPARE(model.index(1, ui::models::TimelineModel::Kind).data().toString(), u"Health"_s);
        QCOMPARE(model.index(2, ui::models::TimelineModel::Kind).data().toString(), u"Update sent"_s);
        QCOMPARE(model.index(2, ui::models::TimelineModel::Event).data().toString(),
                 u"Update sent to Slack"_s);
        QCOMPARE(model.index(1, 0).data(ui::models::TimelineModel::KindRole).toInt(),
                 int(TimelineKind::Health));
        QCOMPARE(model.index(1, 0).data(ui::models::TimelineModel::SortRole).toLongLong(),
                 t.addSecs(60).toMSecsSinceEpoch());
        // Every kind has its own colour.
        QSet<QRgb> colours;
        for (int k = 0; k <= int(TimelineKind::Audit); ++k)
            colours.insert(ui::models::TimelineModel::colorOf(static_cast<TimelineKind>(k)).rgb());
        QCOMPARE(colours.size(), int(TimelineKind::Audit) + 1);
        model.setEvents({});
        QCOMPARE(model.rowCount(), 0);
    }

    void incidentListModel()
    {
        ui::models::IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::IncidentRepository repo(*m_ws);
        model.setIncidents(repo.list().value());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(m_second), 1);
        QCOMPARE(model.index(1, ui::models::IncidentListModel::Severity).data().toString(), u"P2"_s);
        QCOMPARE(model.index(1, ui::models::IncidentListModel::Status).data().toString(), u"Resolved"_s);
        QCOMPARE(model.index(1, ui::models::IncidentListModel::Duration).data().toString(), u"30 min 00 s"_s);

        // The pages the view loads: resolved only, strictly after (start, id) in the list's order.
        const core::Incident second = repo.get(m_second).value();
        core::IncidentFilter older;
        older.resolvedOnly = true;
        QCOMPARE(repo.list(older)->size(), 1);
        older.beforeStart = second.startedAt;
        older.beforeId = second.id;
        QVERIFY(repo.list(older)->isEmpty());
        older.beforeId = second.id + 1; // same start, larger id: comes before it
        QCOMPARE(repo.list(older)->size(), 1);
        older.beforeStart = second.startedAt.addSecs(1);
        older.beforeId = 0;
        QCOMPARE(repo.list(older)->first().id, m_second);
    }

    void incidentListLoadsOlderPagesOnDemand()
    {
        // 5 resolved incidents, 2 a page, after one open and one resolved on the first page.
        QList<core::Incident> older;
        for (int i = 0; i < 5; ++i) {
            core::Incident r;
            r.id = 100 - i;
            r.title = u"old %1"_s.arg(i);
            r.status = core::IncidentStatus::Resolved;
            r.startedAt = testsupport::at(-i * 60);
            older << r;
        }
        QList<core::IncidentId> askedAfter;
        ui::models::IncidentListModel model;
        model.setFetcher(
            [&](const core::Incident *oldest) {
                askedAfter << (oldest ? oldest->id : 0);
                const qsizetype from = oldest && oldest->id <= 100 ? 100 - oldest->id + 1 : 0;
                return older.mid(from, 2);
            },
            2);
        // (No QAbstractItemModelTester here: it fetches on its own while checking, which would eat the
        // pages.)
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        core::Incident open;
        open.id = 200;
        open.status = core::IncidentStatus::Investigating;
        core::Incident resolved = older.first();
        resolved.id = 101;
        model.setIncidents({open, resolved});
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({}); // after #101: 100, 99
        model.fetchMore({}); // after #99: 98, 97
        model.fetchMore({}); // after #97: 96 — a short page, the end
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // nothing more is asked for
        QCOMPARE(askedAfter, (QList<core::IncidentId>{101, 99, 97}));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.incidentAt(6).id, 96);
        QCOMPARE(inserted.size(), 3); // rows appended, never a reset
        QCOMPARE(inserted.at(2).at(1).toInt(), 6);
        // A fresh list can load again.
        model.setIncidents({open});
        QVERIFY(model.canFetchMore({}));
    }

    void timelineViewZoomsAndFits()
    {
        ui::models::TimelineModel model;
        const QDateTime t = at(0);
        model.setEvents({makeEvent(t, TimelineKind::Deployment, u"a"_s),
                         makeEvent(t.addSecs(3600), TimelineKind::Note, u"b"_s)});
        ui::TimelineView view;
        view.resize(1200, 400);
        view.setModel(&model);
        view.fit();
        const double fitted = view.msPerPixel();
        QVERIFY(fitted > 0);
        view.zoomIn();
        QCOMPARE(view.msPerPixel(), fitted / 2);
        view.zoomOut();
        view.zoomOut();
        QCOMPARE(view.msPerPixel(), fitted * 2);
        view.fit();
        QCOMPARE(view.msPerPixel(), fitted);
        QCOMPARE(ui::TimelineView::laneOf(int(TimelineKind::Rollback)), 0);
        QCOMPARE(ui::TimelineView::laneOf(int(TimelineKind::Communication)), 5);
        QVERIFY(!view.grab().isNull());
    }

    void readOnlyViewShowsEverything()
    {
        core::AppContext context{*m_ws, &m_nam, u"lee"_s};
        ui::LeadershipWindow window(context, true);
        window.show();
        QVERIFY(window.isReadOnly());
        QVERIFY(!window.findChild<QAction *>(u"openIncidentAction"_s));
        QVERIFY(!window.findChild<QAction *>(u"postUpdateAction"_s));
        auto *table = window.findChild<QTableView *>(u"incidentTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 2);
        // Opens on the open P0 with its timeline.
        QCOMPARE(window.currentIncident(), m_first);
        auto *header = window.findChild<QLabel *>(u"incidentHeader"_s);
        QVERIFY2(header->text().contains(u"P0"_s), qPrintable(header->text()));
        const int rows = window.timelineModel()->rowCount();
        QVERIFY(rows >= 6);
        QStringList kinds;
        for (const auto &e : window.timelineModel()->events())
            kinds << core::timelineKindToString(e.kind);
        QVERIFY(kinds.contains(u"deployment"_s));
        QVERIFY(kinds.contains(u"rollback"_s));
        QVERIFY(kinds.contains(u"note"_s));
        QVERIFY(kinds.contains(u"status"_s));
        // Selecting the other incident loads its timeline.
        table->selectRow(1);
        QTRY_COMPARE(window.currentIncident(), m_second);
        QVERIFY(window.timelineModel()->rowCount() != rows);
        // DORA per environment, with a period to choose.
        auto *dora = window.findChild<QTableWidget *>(u"doraTable"_s);
        QCOMPARE(dora->rowCount(), 2);
        QCOMPARE(dora->item(1, 0)->text(), u"shop / production"_s);
        QVERIFY2(dora->item(1, 3)->text().startsWith(u"100 %"_s), qPrintable(dora->item(1, 3)->text()));
        QCOMPARE(dora->item(0, 1)->text(), u"1 (0.03 per day)"_s); // staging, last 30 days
        auto *period = window.findChild<QComboBox *>(u"doraPeriod"_s);
        period->setCurrentIndex(0); // last 7 days
        QCOMPARE(dora->item(0, 1)->text(), u"1 (0.14 per day)"_s);
        // Every environment at a glance, in words as well as colour.
        auto *prod = window.findChild<QLabel *>(u"glance_shop_production"_s);
        QVERIFY(prod);
        QVERIFY2(prod->text().contains(u"PROBLEM"_s), qPrintable(prod->text()));
        auto *staging = window.findChild<QLabel *>(u"glance_shop_staging"_s);
        QVERIFY2(staging->text().contains(u"OK"_s), qPrintable(staging->text()));
        if (qEnvironmentVariableIsSet("SWITCHYARD_SCREENSHOTS"))
            window.grab().save(qEnvironmentVariable("SWITCHYARD_SCREENSHOTS") + u"/leadership.png"_s);
    }

    void releaseManagerModeAndUpdatePreview()
    {
        core::AppContext context{*m_ws, &m_nam, u"sam"_s};
        ui::LeadershipWindow window(context, false);
        QVERIFY(window.findChild<QAction *>(u"openIncidentAction"_s));
        QVERIFY(window.findChild<QAction *>(u"postUpdateAction"_s)->isEnabled());
        QVERIFY(window.findChild<QAction *>(u"postmortemAction"_s));

        core::CommunicationTemplates templates(window.incidents().repository());
        const auto incident = window.incidents().repository().get(m_first).value();
        ui::PostUpdateDialog dialog(incident, templates);
        auto *status = dialog.findChild<QComboBox *>(u"updateStatus"_s);
        auto *preview = dialog.findChild<QPlainTextEdit *>(u"updatePreview"_s);
        status->setCurrentIndex(int(core::IncidentStatus::Resolved));
        QCOMPARE(preview->toPlainText(),
                 u"The issue with shop (production) has been resolved. We apologize for any "
                 "inconvenience."_s);
        QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(u"updateMessage"_s),
                         u"Root cause: a cache key."_s);
        QVERIFY(preview->toPlainText().endsWith(u"\nRoot cause: a cache key."_s));
        QCOMPARE(dialog.status(), core::IncidentStatus::Resolved);
        QCOMPARE(dialog.channels().size(), 2);
    }

    // Runs last: it gives staging a live slot whose probes say degraded.
    void glanceShowsTheLiveSlotsHealth()
    {
        const auto staging = m_ws->environments().byName(u"staging"_s);
        QVERIFY(staging.ok());
        core::Slot blue;
        blue.environmentId = staging->id;
        blue.name = u"blue"_s;
        blue.role = core::SlotRole::Live;
        blue.version = u"v2.0.0"_s;
        blue.healthUrl = u"http://127.0.0.1:1/health"_s;
        blue.upstream = u"127.0.0.1:1"_s;
        QVERIFY(m_ws->environments().addSlot(blue).ok());
        const QDateTime t = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        QList<core::HealthSample> samples;
        for (int i = 0; i < 3; ++i) {
            core::HealthSample s;
            s.environmentId = staging->id;
            s.slot = u"blue"_s;
            s.time = t.addSecs(i * 5);
            s.status = i < 2 ? core::HealthSample::Status::Healthy : core::HealthSample::Status::Degraded;
            s.httpStatus = i < 2 ? 200 : 206;
            samples << s;
        }
        // The standby's probe and the router's view do not count for the live slot.
        core::HealthSample green = samples.first();
        green.slot = u"green"_s;
        green.time = t.addSecs(60);
        green.status = core::HealthSample::Status::Unhealthy;
        core::HealthSample router = green;
        router.slot = u"blue"_s;
        router.source = core::HealthSample::Source::Router;
        samples << green << router;
        QVERIFY(m_ws->healthSamples().append(samples).ok());

        core::AppContext context{*m_ws, &m_nam, u"lee"_s};
        ui::LeadershipWindow window(context, true);
        QVERIFY(window.contentLoaded());
        auto *tile = window.findChild<QLabel *>(u"glance_shop_staging"_s);
        QVERIFY(tile);
        QVERIFY2(tile->text().contains(u"ATTENTION"_s), qPrintable(tile->text()));
        QVERIFY2(tile->text().contains(u"health: degraded at 2026-03-02 10:00 UTC"_s),
                 qPrintable(tile->text()));
        auto *prod = window.findChild<QLabel *>(u"glance_shop_production"_s);
        QVERIFY2(prod->text().contains(u"no health samples"_s), qPrintable(prod->text()));
    }
};

QTEST_MAIN(TestLeadershipView)
#include "TestLeadershipView.moc"
