// kill -9 of the real CLI in the middle of the switch step: `status` must report the interrupted
// deployment, a new deploy must be refused, and both resume and rollback must bring the
// environment to a consistent state, verified through nginx.
#include <QFile>
#include <QProcess>
#include <QTest>

#include "EngineFixture.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

    QString cli() const { return NginxSandbox::binDir() + u"/switchyard"_s; }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run runCli(const QString &workspace, const QStringList &args)
    {
        QProcess p;
        p.start(cli(), QStringList{u"--workspace"_s, workspace} + args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timed out"_s;
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(cli()), qPrintable(u"no CLI at "_s + cli())); }

    void killedDuringSwitch_data()
    {
        QTest::addColumn<QString>("recovery");
        QTest::addColumn<QString>("expectedSlot");
        QTest::newRow("resume") << u"resume"_s << u"green"_s;
        QTest::newRow("rollback") << u"rollback"_s << u"blue"_s;
    }

    void killedDuringSwitch()
    {
        QFETCH(QString, recovery);
        QFETCH(QString, expectedSlot);
        EngineFixture f;
        // A real nginx, slowed down so that the switch takes long enough to be killed in.
        const QString slowNginx = f.sandbox().path(u"slow-nginx"_s);
        {
            QFile script(slowNginx);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\ncase \"$*\" in *-t*|*reload*) sleep 1;; esac\nexec nginx \"$@\"\n");
            script.close();
            script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        }
        EngineFixture::Options options;
        options.nginxBinary = slowNginx;
        auto started = f.start(options);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        const QString ws = f.workspacePath();
        f.closeWorkspace();

        QProcess deploy;
        deploy.start(cli(), {u"--workspace"_s, ws, u"deploy"_s, u"--env"_s, u"sandbox"_s, u"--version"_s,
                             u"v1.2.0"_s});
        QVERIFY(deploy.waitForStarted());
        QString seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            (seen += QString::fromUtf8(deploy.readAllStandardOutput()), seen.contains(u"switch: running"_s)),
            30000);
        QTest::qWait(300); // inside the switch: the include is written, nginx -t is running
        deploy.kill();     // SIGKILL: no clean-up of any kind
        QVERIFY(deploy.waitForFinished());
        QCOMPARE(deploy.exitStatus(), QProcess::CrashExit);

        const Run status = runCli(ws, {u"status"_s});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(u"INTERRUPTED: deployment #1"_s), qPrintable(status.out));
        QVERIFY2(status.out.contains(u"step switch"_s), qPrintable(status.out));

        const Run blocked = runCli(ws, {u"deploy"_s, u"--env"_s, u"sandbox"_s, u"--version"_s, u"v1.1.0"_s});
        QCOMPARE(blocked.exitCode, 3);
        QVERIFY2(blocked.err.contains(u"interrupted"_s), qPrintable(blocked.err));

        const Run recovered = recovery == u"resume" ? runCli(ws, {u"resume"_s, u"1"_s})
                                                    : runCli(ws, {u"rollback"_s, u"--env"_s, u"sandbox"_s});
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.out + recovered.err));

        QCOMPARE(f.servedByThroughRouter(), expectedSlot);
        const Run after = runCli(ws, {u"status"_s, u"--json"_s});
        QCOMPARE(after.exitCode, 0);
        QVERIFY2(!after.out.contains(u"\"step\""_s), qPrintable(after.out)); // nothing interrupted any more
        QVERIFY2(after.out.contains(u"\"router_slot\": \"%1\""_s.arg(expectedSlot)), qPrintable(after.out));

        auto reopened = core::Workspace::open(ws);
        QVERIFY(reopened.ok());
        core::Workspace &w = **reopened;
        const core::Deployment first = w.deployments().get(1).value();
        QCOMPARE(first.status,
                 recovery == u"resume" ? core::DeploymentStatus::Succeeded : core::DeploymentStatus::Aborted);
        QCOMPARE(w.environments().slot(first.environmentId, expectedSlot)->role, core::SlotRole::Live);
        QVERIFY(!w.deployments().lock(first.environmentId)->has_value());
        // The killed attempt is in the journal as what it was.
        bool sawInterruptedAttempt = false;
        for (const core::StepRecord &r : w.deployments().steps(1).value())
            sawInterruptedAttempt |= r.name == u"switch" && r.attempt == 1 &&
                                     r.status == core::StepStatus::Failed &&
                                     r.message.contains(u"Interrupted"_s);
        QVERIFY(sawInterruptedAttempt);
        QCOMPARE(runCli(ws, {u"audit"_s, u"verify"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
