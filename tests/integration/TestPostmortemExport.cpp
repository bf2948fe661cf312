// Postmortem export: Markdown and PDF with the timeline. The PDF is read back with pdftotext
// (poppler-utils) to prove it opens and holds the timeline.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "IncidentHistory.h"
#include "core/incidents/IncidentRepository.h"
#include "core/incidents/Incidents.h"
#include "core/incidents/PostmortemReport.h"
#include "core/incidents/Timeline.h"
#include "core/store/Workspace.h"
#include "report/PostmortemPdf.h"

using namespace Qt::StringLiterals;
using core::DeploymentKind;
using core::DeploymentStatus;
using testsupport::at;

class TestPostmortemExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    std::unique_ptr<core::Incidents> m_incidents;
    core::IncidentId m_id = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString why;
        m_ws = testsupport::openTestWorkspace(m_dir, u"sqlite"_s, &why);
        QVERIFY2(m_ws, qPrintable(why));
        m_incidents = std::make_unique<core::Incidents>(*m_ws);
        testsupport::HistoryBuilder h(*m_ws);
        const auto shop = h.service(u"shop"_s);
        const auto prod = h.environment(shop, u"production"_s, 1);
        const auto failed = h.deployment(prod, u"v2.0.0"_s, DeploymentKind::Deploy, DeploymentStatus::Failed,
                                         at(0), at(9), std::nullopt, std::nullopt, u"monitor"_s);
        h.step(failed, 1, u"switch"_s, at(5), at(6));
        h.step(failed, 2, u"monitor"_s, at(6), at(9), false);
        const auto rollback =
            h.deployment(prod, u"v1.9.0"_s, DeploymentKind::Rollback, DeploymentStatus::Succeeded, at(9),
                         at(10), std::nullopt, failed, u"switch"_s);
        auto id = m_incidents->openForAutomaticRollback(rollback, u"error rate 12 % over 5 min"_s,
                                                        core::Severity::P0);
        QVERIFY(id.ok());
        m_id = *id;
        QVERIFY(m_incidents->addNote(m_id, u"kim"_s, u"Payments | failing for EU customers"_s, at(12)).ok());
        QVERIFY(
            m_incidents->changeStatus(m_id, core::IncidentStatus::Resolved, u"sam"_s, u"all clear"_s, at(45))
                .ok());
        core::Postmortem p;
        p.incidentId = m_id;
        p.rootCause = u"A cache key collision in v2.0.0."_s;
        p.wentWell = u"Automatic rollback within a minute."_s;
        p.wentWrong = u"Customers told us before the dashboard did."_s;
        p.actions = {{u"Add a cache key test"_s, u"kim"_s, at(60 * 24 * 7), false}};
        QVERIFY(m_incidents->savePostmortem(p, u"sam"_s).ok());
    }
    void cleanupTestCase()
    {
        m_incidents.reset();
        m_ws.reset();
    }

    void markdownHasEverySection()
    {
        auto timeline = core::Timeline::standard(*m_ws, m_incidents->repository());
        auto report = core::PostmortemReport::load(*m_incidents, *timeline, m_id);
        QVERIFY(report.ok());
        const QString md = report->toMarkdown();
        for (const QString &needle :
             {u"# Incident #1: Automatic rollback of v2.0.0 in production"_s,
              u"| Severity | P0 — Complete service outage |"_s, u"(TTD 3 min 00 s)"_s, u"(TTR 39 min 00 s)"_s,
              u"### Root cause\n\nA cache key collision in v2.0.0."_s,
              u"- [ ] Add a cache key test — owner: kim, due 2026-03-09"_s, u"## Timeline"_s,
              u"| 2026-03-02 00:00:00 | Deployment | Deployment #1 of v2.0.0 (failed) |"_s,
              u"| 2026-03-02 00:09:00 | Rollback | Automatic rollback #2 to v1.9.0 (succeeded) |"_s,
              u"Payments \\| failing for EU customers"_s, u"Status: Resolved"_s}) {
            QVERIFY2(md.contains(needle), qPrintable(u"missing: "_s + needle + u"\n"_s + md));
        }
    }

    void pdfOpensAndHoldsTheTimeline()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils (scripts/setup.sh does)");
        auto timeline = core::Timeline::standard(*m_ws, m_incidents->repository());
        auto report = core::PostmortemReport::load(*m_incidents, *timeline, m_id);
        QVERIFY(report.ok());
        const QString pdf = m_dir.filePath(u"postmortem.pdf"_s);
        const auto written = report::PostmortemPdf::write(*report, pdf);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        QProcess p;
        p.start(pdftotext, {pdf, u"-"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        // Table cells wrap (and pdftotext reads wrapped rows line by line): short needles, no white space.
        QString text = QString::fromUtf8(p.readAllStandardOutput());
        text.remove(QRegularExpression(u"\\s+"_s));
        for (const QString &needle :
             {u"Incident #1: Automatic rollback of v2.0.0 in production"_s, u"Root cause"_s,
              u"A cache key collision in v2.0.0."_s, u"Timeline"_s, u"Deployment #1 of v2.0.0"_s,
              u"#1 switch: succeeded"_s, u"Automatic rollback #2 to v1.9.0"_s, u"Status: Resolved"_s,
              u"Add a cache key test"_s}) {
            QString squeezed = needle;
            squeezed.remove(u' ');
            QVERIFY2(text.contains(squeezed),
                     qPrintable(u"missing in the PDF: "_s + needle + u"\n"_s + text));
        }
    }

    void unwritablePathIsAnError()
    {
        auto timeline = core::Timeline::standard(*m_ws, m_incidents->repository());
        auto report = core::PostmortemReport::load(*m_incidents, *timeline, m_id);
        QVERIFY(report.ok());
        const auto written = report::PostmortemPdf::write(*report, u"/nonexistent-dir/x.pdf"_s);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, u"report.unwritable"_s);
    }
};

QTEST_MAIN(TestPostmortemExport)
#include "TestPostmortemExport.moc"
