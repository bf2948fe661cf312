// `switchyard incident …` against the real binary: open, list, update (status, note, preview, notify
// Slack through a local fake with a failure then a retry), show with the timeline, export Markdown and
// PDF, and bad input (exit code 2).
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "IncidentHistory.h"
#include "NginxSandbox.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::DeploymentKind;
using core::DeploymentStatus;

class TestCliIncidents : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_ws;
    QHttpServer m_slack;
    quint16 m_port = 0;
    QList<int> m_script;
    int m_requests = 0;
    QStringList m_texts;

    // Runs the CLI without blocking the event loop (the fake Slack answers from this process).
    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SWITCHYARD_WORKSPACE"_s, m_ws);
        p.setProcessEnvironment(env);
        p.start(NginxSandbox::binDir() + u"/switchyard"_s, args);
        if (!p.waitForStarted(10000))
            return {};
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        Run r;
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_slack.route(u"/services/T1/B1/<arg>"_s, [this](const QString &, const QHttpServerRequest &req) {
            ++m_requests;
            m_texts << QJsonDocument::fromJson(req.body()).object().value(u"text"_s).toString();
            const int code = m_script.isEmpty() ? 200 : m_script.takeFirst();
            return QHttpServerResponse("text/plain"_ba, code == 200 ? "ok"_ba : "rollup_error"_ba,
                                       static_cast<QHttpServerResponse::StatusCode>(code));
        });
        m_port = m_slack.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);

        m_ws = m_dir.filePath(u"cli.sqlite"_s);
        auto ws = core::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        testsupport::HistoryBuilder h(**ws);
        const auto shop = h.service(u"shop"_s);
        const auto prod = h.environment(shop, u"production"_s, 1);
        const auto failed =
            h.deployment(prod, u"v2.0.0"_s, DeploymentKind::Deploy, DeploymentStatus::Failed,
                         testsupport::at(0), testsupport::at(9), std::nullopt, std::nullopt, u"monitor"_s);
        h.step(failed, 1, u"switch"_s, testsupport::at(5), testsupport::at(6));
    }

    void openListUpdateShow()
    {
        Run r = cli({u"incident"_s, u"open"_s, u"--title"_s, u"Checkout down"_s, u"--severity"_s, u"P0"_s,
                     u"--service"_s, u"shop"_s, u"--env"_s, u"production"_s, u"--deployment"_s, u"1"_s,
                     u"--started"_s, u"2026-03-02T00:06:00Z"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject opened = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(opened.value(u"id"_s).toInt(), 1);
        QCOMPARE(opened.value(u"severity"_s).toString(), u"P0"_s);
        QCOMPARE(opened.value(u"status"_s).toString(), u"investigating"_s);

        r = cli({u"incident"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        r = cli({u"incident"_s, u"list"_s});
        QVERIFY2(r.out.contains(u"#1  P0  Investigating"_s), qPrintable(r.out));

        r = cli({u"incident"_s, u"update"_s, u"1"_s, u"--status"_s, u"identified"_s, u"--message"_s,
                 u"a cache key collision"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Identified"_s), qPrintable(r.out));

        // Preview changes nothing and shows the template filled in.
        r = cli({u"incident"_s, u"update"_s, u"1"_s, u"--status"_s, u"resolved"_s, u"--preview"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            r.out.trimmed(),
            u"The issue with shop (production) has been resolved. We apologize for any inconvenience."_s);

        r = cli({u"incident"_s, u"show"_s, u"1"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(u"status"_s).toString(), u"identified"_s);
        QStringList kinds;
        for (const auto &e : shown.value(u"timeline"_s).toArray())
            kinds << e.toObject().value(u"kind"_s).toString();
        QVERIFY2(kinds.contains(u"deployment"_s) && kinds.contains(u"step"_s) && kinds.contains(u"status"_s),
                 qPrintable(kinds.join(u", "_s)));
        r = cli({u"incident"_s, u"show"_s, u"1"_s});
        QVERIFY2(r.out.contains(u"Timeline:"_s) && r.out.contains(u"Deployment #1 of v2.0.0 (failed)"_s),
                 qPrintable(r.out));
    }

    void notifySlackRetriesThenReportsRefusal()
    {
        const QByteArray webhook = u"http://127.0.0.1:%1/services/T1/B1/secretpart"_s.arg(m_port).toUtf8();
        Run r = cli({u"incident"_s, u"channel"_s, u"set"_s, u"slack"_s}, webhook);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_script = {500};
        r = cli({u"incident"_s, u"update"_s, u"1"_s, u"--message"_s, u"rolling back"_s, u"--notify"_s,
                 u"slack"_s, u"--eta"_s, u"15:00 UTC"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_requests, 2);
        QCOMPARE(m_texts.constLast(),
                 u"[P0] We've identified the issue affecting shop (production) and are working "
                 "on a fix. Next update by 15:00 UTC.\nrolling back"_s);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject sent = doc.value(u"communications"_s).toArray().first().toObject();
        QCOMPARE(sent.value(u"state"_s).toString(), u"sent"_s);
        QCOMPARE(sent.value(u"attempts"_s).toInt(), 2);
        QVERIFY(!r.out.contains(u"secretpart"_s) && !r.err.contains(u"secretpart"_s));

        m_script = {403};
        r = cli({u"incident"_s, u"update"_s, u"1"_s, u"--message"_s, u"again"_s, u"--notify"_s, u"slack"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"NOT delivered"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"secretpart"_s));
    }

    void exportMarkdownAndPdf()
    {
        const QString md = m_dir.filePath(u"pm.md"_s);
        const QString pdf = m_dir.filePath(u"pm.pdf"_s);
        const Run r =
            cli({u"incident"_s, u"export"_s, u"1"_s, u"--markdown"_s, md, u"--pdf"_s, pdf, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile m(md);
        QVERIFY(m.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(m.readAll());
        QVERIFY(text.contains(u"## Timeline"_s));
        QVERIFY(text.contains(u"Deployment #1 of v2.0.0 (failed)"_s));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QCOMPARE(p.read(5), "%PDF-"_ba);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"timeline_events"_s).toInt() > 3);
    }

    void badInputExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown incident") << QStringList{u"incident"_s, u"show"_s, u"99"_s} << u"#99"_s;
        QTest::newRow("bad status") << QStringList{u"incident"_s, u"update"_s, u"1"_s, u"--status"_s,
                                                   u"fixed"_s}
                                    << u"--status"_s;
        QTest::newRow("no title") << QStringList{u"incident"_s, u"open"_s} << u"--title"_s;
        QTest::newRow("bad severity")
            << QStringList{u"incident"_s, u"open"_s, u"--title"_s, u"x"_s, u"--severity"_s, u"P7"_s}
            << u"P0, P1 or P2"_s;
        QTest::newRow("export without files")
            << QStringList{u"incident"_s, u"export"_s, u"1"_s} << u"--pdf"_s;
        QTest::newRow("unknown action") << QStringList{u"incident"_s, u"close"_s} << u"list, show"_s;
        QTest::newRow("bad channel") << QStringList{u"incident"_s, u"update"_s, u"1"_s, u"--notify"_s,
                                                    u"email"_s}
                                     << u"slack"_s;
        QTest::newRow("component without id")
            << QStringList{u"incident"_s, u"component"_s, u"set"_s, u"--service"_s, u"shop"_s} << u"--id"_s;
        QTest::newRow("component action")
            << QStringList{u"incident"_s, u"component"_s, u"drop"_s} << u"component list"_s;
    }

    void statuspageComponents()
    {
        Run r = cli({u"incident"_s, u"component"_s, u"set"_s, u"--service"_s, u"shop"_s, u"--env"_s,
                     u"production"_s, u"--id"_s, u"cmp_checkout"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"shop/production set Statuspage component cmp_checkout"_s),
                 qPrintable(r.out));
        r = cli(
            {u"incident"_s, u"component"_s, u"set"_s, u"--service"_s, u"shop"_s, u"--id"_s, u"cmp_shop"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"incident"_s, u"component"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"component"_s).toString(), u"cmp_shop"_s);
        QCOMPARE(rows.at(1).toObject().value(u"env"_s).toString(), u"production"_s);
    }
    void badInputExitsWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    void helpIsThere()
    {
        const Run r = cli({u"incident"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--notify"_s));
        const Run main = cli({u"--help"_s});
        QVERIFY(main.out.contains(u"incident list | show ID"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliIncidents)
#include "TestCliIncidents.moc"
