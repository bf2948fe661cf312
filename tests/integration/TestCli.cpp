// The command line as a CI pipeline uses it: exit codes, --json documents, --dry-run changing
// nothing, clear errors for bad input — against the real binary, nginx and sample slots.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "EngineFixture.h"

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    EngineFixture m_fixture;
    QString m_ws;

    Run cli(const QStringList &args, const QString &workspace = {})
    {
        QProcess p;
        p.start(NginxSandbox::binDir() + u"/switchyard"_s,
                QStringList{u"--workspace"_s, workspace.isEmpty() ? m_ws : workspace} + args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        m_ws = m_fixture.workspacePath();
        m_fixture.closeWorkspace();
    }

    void badInputExitsWithTwoAndSaysWhat_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown environment")
            << QStringList{u"deploy"_s, u"--env"_s, u"prod"_s, u"--version"_s, u"v1.2.0"_s}
            << u"shop/sandbox"_s;
        QTest::newRow("unknown version")
            << QStringList{u"deploy"_s, u"--env"_s, u"sandbox"_s, u"--version"_s, u"v9"_s}
            << u"v1.0.0, v1.1.0, v1.2.0"_s;
        QTest::newRow("missing --version")
            << QStringList{u"deploy"_s, u"--env"_s, u"sandbox"_s} << u"--version"_s;
        QTest::newRow("unknown command") << QStringList{u"deplyo"_s} << u"Unknown command"_s;
        QTest::newRow("unknown option") << QStringList{u"history"_s, u"--colour"_s} << u"colour"_s;
        QTest::newRow("resume without a number") << QStringList{u"resume"_s, u"x"_s} << u"number"_s;
        QTest::newRow("resume of a finished deployment") << QStringList{u"resume"_s, u"999"_s} << u"#999"_s;
    }

    void badInputExitsWithTwoAndSaysWhat()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    void damagedWorkspaceIsRefusedUntouched()
    {
        const QString damaged = m_fixture.sandbox().path(u"damaged.sqlite"_s);
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, 'x'));
        f.close();
        const QByteArray before = fileHash(damaged);
        const Run r = cli({u"status"_s}, damaged);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not an SQLite database"_s), qPrintable(r.err));
        QCOMPARE(fileHash(damaged), before);
    }

    void dryRunPrintsEveryActionAndChangesNothing()
    {
        const QByteArray wsBefore = fileHash(m_ws);
        const QByteArray includeBefore = fileHash(m_fixture.sandbox().includeFile());
        const Run r =
            cli({u"deploy"_s, u"--env"_s, u"sandbox"_s, u"--version"_s, u"v1.2.0"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString &part : {u"Plan digest: "_s, u"--replace"_s, u"nginx -t"_s, u"-s reload"_s,
                                    u"X-Switchyard-Slot: green"_s, u"preflight passed"_s})
            QVERIFY2(r.out.contains(part), qPrintable(part + u" missing in:\n"_s + r.out));
        QCOMPARE(fileHash(m_fixture.sandbox().includeFile()), includeBefore);
        QCOMPARE(fileHash(m_ws), wsBefore);
        QCOMPARE(m_fixture.servedByThroughRouter(), u"blue"_s);
        const Run history = cli({u"history"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(history.out.toUtf8()).array().size(), 0);
    }

    void deployAndRollbackAsJson()
    {
        const Run deployed =
            cli({u"deploy"_s, u"--env"_s, u"sandbox"_s, u"--version"_s, u"v1.2.0"_s, u"--json"_s});
        QCOMPARE(deployed.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(deployed.out.toUtf8()).object();
        QCOMPARE(doc.value(u"status"_s).toString(), u"succeeded"_s);
        QCOMPARE(doc.value(u"steps"_s).toArray().size(), 6);
        QVERIFY2(deployed.err.contains(u"switch: succeeded"_s),
                 qPrintable(deployed.err)); // progress on stderr
        QCOMPARE(m_fixture.servedByThroughRouter(), u"green"_s);

        const Run again = cli({u"deploy"_s, u"--env"_s, u"sandbox"_s, u"--version"_s, u"v1.2.0"_s});
        QCOMPARE(again.exitCode, 0); // already live: nothing to do, and nothing done
        QVERIFY2(again.out.contains(u"already live"_s), qPrintable(again.out));

        const Run rolledBack = cli({u"rollback"_s, u"--env"_s, u"sandbox"_s, u"--json"_s});
        QCOMPARE(rolledBack.exitCode, 0);
        QCOMPARE(m_fixture.servedByThroughRouter(), u"blue"_s);

        const QJsonArray history =
            QJsonDocument::fromJson(cli({u"history"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).toObject().value(u"kind"_s).toString(), u"rollback"_s);
        QCOMPARE(history.at(1).toObject().value(u"version"_s).toString(), u"v1.2.0"_s);

        const QJsonObject status =
            QJsonDocument::fromJson(cli({u"status"_s, u"--json"_s}).out.toUtf8()).object();
        const QJsonObject env = status.value(u"environments"_s).toArray().first().toObject();
        QCOMPARE(env.value(u"router_slot"_s).toString(), u"blue"_s);
        QCOMPARE(status.value(u"interrupted"_s).toArray().size(), 0);

        const Run audit = cli({u"audit"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(audit.out.toUtf8()).object().value(u"intact"_s).toBool());
    }

    void releaseAddRegistersAndRefusesDuplicates()
    {
        QCOMPARE(cli({u"release"_s, u"add"_s, u"--version"_s, u"v2.0.0"_s, u"--commit"_s, u"abc"_s}).exitCode,
                 0);
        const Run duplicate = cli({u"release"_s, u"add"_s, u"--version"_s, u"v2.0.0"_s});
        QCOMPARE(duplicate.exitCode, 2);
        QVERIFY2(duplicate.err.contains(u"already registered"_s), qPrintable(duplicate.err));
        const Run dry =
            cli({u"deploy"_s, u"--env"_s, u"sandbox"_s, u"--version"_s, u"v2.0.0"_s, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
    }

    void everyCommandHasHelp()
    {
        for (const QString &command : {u"status"_s, u"deploy"_s, u"rollback"_s, u"resume"_s, u"history"_s,
                                       u"audit"_s, u"release"_s, u"demo"_s}) {
            const Run r = cli({command, u"--help"_s});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(u"Usage: switchyard "_s + command), qPrintable(r.out));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
