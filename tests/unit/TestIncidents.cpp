// Incidents on SQLite and PostgreSQL: the status flow and its times, the audit trail, links and the
// automatic-rollback entry point, postmortems, update templates and per-incident durations.
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "IncidentHistory.h"
#include "TestDatabases.h"
#include "core/incidents/CommunicationTemplates.h"
#include "core/incidents/IncidentMetrics.h"
#include "core/incidents/IncidentRepository.h"
#include "core/incidents/Incidents.h"
#include "core/store/AuditLog.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::DeploymentKind;
using core::DeploymentStatus;
using core::IncidentStatus;
using core::Severity;
using testsupport::at;

#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().toString()));                          \
    } while (false)

class TestIncidents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    std::unique_ptr<core::Incidents> m_incidents;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString why;
        m_ws = testsupport::openTestWorkspace(m_dir, backend, &why);
        if (!m_ws) {
            if (backend == u"postgresql" && !testsupport::postgresRequired())
                QSKIP(qPrintable(why));
            QFAIL(qPrintable(why));
        }
        m_incidents = std::make_unique<core::Incidents>(*m_ws);
    }
    void cleanup()
    {
        m_incidents.reset();
        m_ws.reset();
    }

    void statusFlowStampsTimesAndAudits()
    {
        core::Incidents::OpenRequest request;
        request.title = u"Checkout returns 500"_s;
        request.severity = Severity::P0;
        request.services = {u"shop"_s};
        request.environments = {u"production"_s};
        request.startedAt = at(0);
        request.detectedAt = at(4);
        auto id = m_incidents->open(request, u"sam"_s);
        VERIFY_OK(id);
        auto incident = m_incidents->repository().get(*id);
        VERIFY_OK(incident);
        QCOMPARE(incident->status, IncidentStatus::Investigating);
        QCOMPARE(incident->commander, u"sam"_s);
        QCOMPARE(incident->detectedAt, at(4));
        QCOMPARE(incident->respondBy(), at(19)); // P0: 15 minutes

        VERIFY_OK(
            m_incidents->changeStatus(*id, IncidentStatus::Identified, u"sam"_s, u"bad cache key"_s, at(10)));
        VERIFY_OK(m_incidents->addNote(*id, u"kim"_s, u"rolling back"_s, at(11)));
        auto monitoring = m_incidents->changeStatus(*id, IncidentStatus::Monitoring, u"sam"_s, {}, at(16));
        VERIFY_OK(monitoring);
        QCOMPARE(monitoring->mitigatedAt, at(16));
        auto resolved = m_incidents->changeStatus(*id, IncidentStatus::Resolved, u"sam"_s, {}, at(70));
        VERIFY_OK(resolved);
        QCOMPARE(resolved->resolvedAt, at(70));
        QCOMPARE(resolved->mitigatedAt, at(16)); // kept

        auto refused = m_incidents->changeStatus(*id, IncidentStatus::Investigating, u"sam"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"incident.resolved"_s);

        auto entries = m_incidents->repository().entries(*id);
        VERIFY_OK(entries);
        QStringList kinds;
        for (const auto &e : *entries)
            kinds << e.kind + u':' + e.status;
        QCOMPARE(kinds, (QStringList{u"status:investigating"_s, u"status:identified"_s, u"note:"_s,
                                     u"status:monitoring"_s, u"status:resolved"_s}));

        const auto d = core::IncidentMetrics::of(*resolved);
        QCOMPARE(d.ttdMs, std::optional<qint64>(4 * 60'000));
        QCOMPARE(d.ttmMs, std::optional<qint64>(16 * 60'000));
        QCOMPARE(d.ttrMs, std::optional<qint64>(70 * 60'000));
        QCOMPARE(d.withinResponseTarget, std::optional<bool>(true));

        auto audit = m_ws->audit().entries();
        VERIFY_OK(audit);
        QStringList actions;
        for (const auto &e : *audit) {
            QCOMPARE(e.subject, u"incident/%1"_s.arg(*id));
            actions << e.action;
        }
        QCOMPARE(actions, (QStringList{u"incident.opened"_s, u"incident.status"_s, u"incident.note"_s,
                                       u"incident.status"_s, u"incident.status"_s}));
        QVERIFY(m_ws->audit().verify().value().intact());
    }

    void badInputIsRefused()
    {
        core::Incidents::OpenRequest request;
        QCOMPARE(m_incidents->open(request, u"sam"_s).error().code, u"incident.bad_input"_s);
        request.title = u"x"_s;
        request.startedAt = at(10);
        request.detectedAt = at(5);
        QCOMPARE(m_incidents->open(request, u"sam"_s).error().code, u"incident.bad_input"_s);
        QCOMPARE(m_incidents->changeStatus(999, IncidentStatus::Resolved, u"sam"_s).error().code,
                 u"incident.unknown"_s);
        QCOMPARE(m_incidents->addNote(999, u"sam"_s, u"x"_s).error().code, u"incident.unknown"_s);
    }

    void editIsAuditedWithTheChange()
    {
        core::Incidents::OpenRequest request;
        request.title = u"Slow search"_s;
        request.severity = Severity::P2;
        auto id = m_incidents->open(request, u"sam"_s);
        VERIFY_OK(id);
        auto incident = m_incidents->repository().get(*id).value();
        incident.severity = Severity::P1;
        incident.commander = u"kim"_s;
        VERIFY_OK(m_incidents->edit(incident, u"sam"_s));
        QCOMPARE(m_incidents->repository().get(*id)->severity, Severity::P1);
        auto audit = m_ws->audit().entries();
        const auto last = audit->constLast();
        QCOMPARE(last.action, u"incident.edited"_s);
        QCOMPARE(last.details.value(u"severity"_s).toObject().value(u"to"_s).toString(), u"P1"_s);
        QCOMPARE(last.details.value(u"commander"_s).toObject().value(u"from"_s).toString(), u"sam"_s);
        QVERIFY(!last.details.contains(u"title"_s));
    }

    void automaticRollbackOpensOneIncident()
    {
        testsupport::HistoryBuilder h(*m_ws);
        const auto service = h.service(u"shop"_s);
        const auto prod = h.environment(service, u"production"_s, 1);
        const auto failed = h.deployment(prod, u"v2.0.0"_s, DeploymentKind::Deploy, DeploymentStatus::Failed,
                                         at(0), at(9), std::nullopt, std::nullopt, u"monitor"_s);
        h.step(failed, 1, u"switch"_s, at(5), at(6));
        h.step(failed, 2, u"monitor"_s, at(6), at(9), false);
        const auto rollback =
            h.deployment(prod, u"v1.9.0"_s, DeploymentKind::Rollback, DeploymentStatus::Succeeded, at(9),
                         at(10), std::nullopt, failed, u"switch"_s);

        auto id = m_incidents->openForAutomaticRollback(rollback, u"error rate 12 % over 5 min"_s);
        VERIFY_OK(id);
        auto incident = m_incidents->repository().get(*id);
        VERIFY_OK(incident);
        QVERIFY(incident->automatic);
        QCOMPARE(incident->severity, Severity::P1);
        QCOMPARE(incident->environments, QStringList{u"production"_s});
        QCOMPARE(incident->services, QStringList{u"shop"_s});
        QCOMPARE(incident->startedAt, at(6));  // traffic reached v2.0.0
        QCOMPARE(incident->detectedAt, at(9)); // monitoring failed
        QCOMPARE(incident->mitigatedAt, at(10));
        QCOMPARE(incident->status, IncidentStatus::Monitoring);
        QCOMPARE(incident->links.size(), 2);
        QCOMPARE(incident->links.at(0).relation, u"cause"_s);
        QCOMPARE(incident->links.at(1).relation, u"rollback"_s);

        // Called again (a retry of the trigger engine): same incident.
        auto again = m_incidents->openForAutomaticRollback(rollback, u"again"_s);
        VERIFY_OK(again);
        QCOMPARE(*again, *id);
        QCOMPARE(m_incidents->repository().list().value().size(), 1);

        // A deployment that is not a rollback is refused.
        QCOMPARE(m_incidents->openForAutomaticRollback(failed, u"x"_s).error().code, u"incident.bad_input"_s);
    }

    void postmortemRoundTrip()
    {
        core::Incidents::OpenRequest request;
        request.title = u"Login down"_s;
        auto id = m_incidents->open(request, u"sam"_s);
        VERIFY_OK(id);
        core::Postmortem p;
        p.incidentId = *id;
        p.rootCause = u"An expired certificate."_s;
        p.wentWell = u"Rollback in 40 s."_s;
        p.wentWrong = u"Nobody watched the expiry."_s;
        p.actions = {{u"Alert 14 days before expiry"_s, u"kim"_s, at(60 * 24 * 7), false},
                     {u"Runbook entry"_s, u"sam"_s, {}, true}};
        VERIFY_OK(m_incidents->savePostmortem(p, u"sam"_s));
        auto loaded = m_incidents->repository().postmortem(*id);
        VERIFY_OK(loaded);
        QVERIFY(loaded->has_value());
        QCOMPARE((*loaded)->rootCause, p.rootCause);
        QCOMPARE((*loaded)->actions.size(), 2);
        QCOMPARE((*loaded)->actions.at(0).owner, u"kim"_s);
        QCOMPARE((*loaded)->actions.at(0).due, at(60 * 24 * 7));
        QVERIFY((*loaded)->actions.at(1).done);

        // Saving again replaces it; an action without an owner is refused.
        p.actions = {{u"Rotate automatically"_s, u""_s, {}, false}};
        QCOMPARE(m_incidents->savePostmortem(p, u"sam"_s).error().code, u"incident.bad_input"_s);
        p.actions = {{u"Rotate automatically"_s, u"lee"_s, {}, false}};
        VERIFY_OK(m_incidents->savePostmortem(p, u"sam"_s));
        QCOMPARE(m_incidents->repository().postmortem(*id).value()->actions.size(), 1);
    }

    void templatesRenderAndPreview()
    {
        core::Incidents::OpenRequest request;
        request.title = u"Checkout errors"_s;
        request.severity = Severity::P1;
        request.services = {u"shop"_s};
        request.environments = {u"production"_s};
        auto id = m_incidents->open(request, u"sam"_s);
        VERIFY_OK(id);
        const auto incident = m_incidents->repository().get(*id).value();
        core::CommunicationTemplates templates(m_incidents->repository());

        auto preview = templates.preview(incident, IncidentStatus::Identified, {{u"eta"_s, u"14:30 UTC"_s}});
        VERIFY_OK(preview);
        QCOMPARE(preview->text,
                 u"[P1] We've identified the issue affecting shop (production) and are working on "
                 "a fix. Next update by 14:30 UTC."_s);
        QVERIFY(preview->unknownPlaceholders.isEmpty());

        // A workspace template overrides the built-in one; unknown placeholders are reported, not dropped.
        VERIFY_OK(m_incidents->repository().setTemplate(
            IncidentStatus::Resolved, u"{service}/{environment} back to normal ({status}) {typo}"_s));
        auto resolved = templates.preview(incident, IncidentStatus::Resolved, {{u"message"_s, u"Thanks!"_s}});
        VERIFY_OK(resolved);
        QCOMPARE(resolved->text, u"shop/production back to normal (Resolved) {typo}\nThanks!"_s);
        QCOMPARE(resolved->unknownPlaceholders, QStringList{u"typo"_s});
        // Preview changes nothing.
        QCOMPARE(m_incidents->repository().get(*id)->status, IncidentStatus::Investigating);
        QCOMPARE(m_incidents->repository().communications(*id)->size(), 0);
    }

    void durationsAcrossIncidents()
    {
        QList<core::Incident> list;
        for (int i = 0; i < 3; ++i) {
            core::Incident incident;
            incident.startedAt = at(0);
            incident.detectedAt = at(2 * (i + 1));   // 2, 4, 6 min
            incident.mitigatedAt = at(10 * (i + 1)); // 10, 20, 30
            if (i < 2)
                incident.resolvedAt = at(60 * (i + 1)); // 60, 120
            incident.status = i < 2 ? IncidentStatus::Resolved : IncidentStatus::Monitoring;
            list << incident;
        }
        const auto s = core::IncidentMetrics::across(list);
        QCOMPARE(s.incidents, 3);
        QCOMPARE(s.resolved, 2);
        QCOMPARE(s.meanTtdMs, std::optional<qint64>(4 * 60'000));
        QCOMPARE(s.medianTtmMs, std::optional<qint64>(20 * 60'000));
        QCOMPARE(s.meanTtrMs, std::optional<qint64>(90 * 60'000));
        QCOMPARE(s.medianTtrMs, std::optional<qint64>(90 * 60'000));
        QCOMPARE(core::IncidentMetrics::formatDuration(std::optional<qint64>(3'900'000)), u"1 h 05 min"_s);
        QCOMPARE(core::IncidentMetrics::formatDuration(std::nullopt), u"—"_s);
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "TestIncidents.moc"
