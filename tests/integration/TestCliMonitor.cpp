// `switchyard monitor`, the headless watch mode, against the nginx sandbox: a sick live slot is rolled back
// by the real binary; bad input exits 2.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "EngineFixture.h"
#include "SampleFaultClient.h"
#include "core/store/AuditLog.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/RollbackTriggerRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

class TestCliMonitor : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QList<QJsonObject> events;
        QString err;
    };

    Run monitor(const QString &workspace, const QStringList &args)
    {
        QProcess p;
        p.start(NginxSandbox::binDir() + u"/switchyard"_s,
                QStringList{u"--workspace"_s, workspace, u"monitor"_s} + args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                r.events << QJsonDocument::fromJson(line).object();
        }
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void rollsBackASickLiveSlot()
    {
        EngineFixture f;
        auto started = f.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        core::RollbackTrigger fast;
        fast.metric = core::TriggerMetric::ErrorRate;
        fast.threshold = 0.05;
        fast.windowMs = 3000;
        fast.minSamples = 10;
        fast.action = core::TriggerAction::RollBackNow;
        fast.cooldownMs = 60000;
        QVERIFY(f.workspace().triggers().replace(f.environmentId(), {fast}).ok());
        QVERIFY(f.deploy(u"v1.2.0"_s).ok());
        QCOMPARE(f.liveSlot(), u"green"_s);
        QVERIFY(testsupport::setSampleFaults(*f.nam(), f.sandbox().slotPort(u"green"_s),
                                             QJsonObject{{u"errorRate"_s, 0.3}})
                    .ok());
        const QString path = f.workspacePath();
        f.closeWorkspace();

        const Run r = monitor(path, {u"--env"_s, u"sandbox"_s, u"--interval-ms"_s, u"100"_s,
                                     u"--duration-s"_s, u"8"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList kinds;
        for (const QJsonObject &e : r.events)
            kinds << e.value(u"event"_s).toString();
        QVERIFY2(kinds.startsWith(u"trigger_fired"_s), qPrintable(kinds.join(u' ')));
        QCOMPARE(kinds.count(u"trigger_fired"_s), 1);
        QVERIFY(kinds.contains(u"rollback_started"_s));
        QCOMPARE(kinds.constLast(), u"stopped"_s);
        const QJsonObject fired = r.events.first().value(u"detail"_s).toObject();
        QCOMPARE(fired.value(u"slot"_s).toString(), u"green"_s);
        QVERIFY(fired.value(u"value"_s).toDouble() > 0.05);
        QJsonObject finished;
        for (const QJsonObject &e : r.events) {
            if (e.value(u"event"_s).toString() == u"rollback_finished")
                finished = e;
        }
        QCOMPARE(finished.value(u"status"_s).toString(), u"succeeded"_s);
        QVERIFY(r.events.constLast().value(u"samples_stored"_s).toInt() > 20);

        auto ws = core::Workspace::open(path);
        QVERIFY(ws.ok());
        QCOMPARE((*ws)->environments().slot(f.environmentId(), u"blue"_s).value().role, core::SlotRole::Live);
        QVERIFY((*ws)->audit().verify().value().intact());
    }

    void badInputExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown environment") << QStringList{u"--env"_s, u"nosuch"_s} << u"nosuch"_s;
        QTest::newRow("interval too short") << QStringList{u"--interval-ms"_s, u"5"_s} << u"--interval-ms"_s;
        QTest::newRow("duration not a number")
            << QStringList{u"--duration-s"_s, u"soon"_s} << u"--duration-s"_s;
        QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    }

    void badInputExitsWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const Run r = monitor(dir.filePath(u"w.sqlite"_s), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliMonitor)
#include "TestCliMonitor.moc"
