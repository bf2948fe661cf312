// The engine end to end on real parts: a private nginx, real sample-service slots, a real
// workspace. Each fault ends with a clear message naming the step, traffic on the slot it was
// on, and a journal that tells the truth.
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include "EngineFixture.h"
#include "core/engine/DeploymentSession.h"
#include "core/engine/Planner.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

class TestDeployEngine : public QObject
{
    Q_OBJECT

    static QStringList stepNames(core::Workspace &ws, core::DeploymentId id, core::StepStatus status)
    {
        QStringList names;
        for (const core::StepRecord &r : ws.deployments().steps(id).value()) {
            if (r.status == status)
                names << r.name;
        }
        return names;
    }

private Q_SLOTS:
    void deploySwitchesTrafficAndRollbackBringsItBack()
    {
        EngineFixture f;
        auto started = f.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        QCOMPARE(f.servedByThroughRouter(), u"blue"_s);

        core::DeploymentId id = 0;
        auto deployed = f.deploy(u"v1.2.0"_s, &id);
        QVERIFY2(deployed.ok(), qPrintable(deployed.ok() ? QString() : deployed.error().toString()));
        QCOMPARE(f.servedByThroughRouter(), u"green"_s);
        QCOMPARE(f.liveSlot(), u"green"_s);
        const core::Deployment d = f.workspace().deployments().get(id).value();
        QCOMPARE(d.status, core::DeploymentStatus::Succeeded);
        QCOMPARE(d.version, u"v1.2.0"_s);
        QCOMPARE(stepNames(f.workspace(), id, core::StepStatus::Succeeded),
                 (QStringList{u"preflight"_s, u"deploy-standby"_s, u"verify-standby"_s, u"switch"_s,
                              u"monitor"_s, u"finalize"_s}));
        QVERIFY(!f.workspace().deployments().lock(f.environmentId())->has_value());
        // The deploy command's output was streamed into the log.
        bool sawCommandOutput = false;
        for (const core::LogLine &l : f.workspace().deployments().log(id).value())
            sawCommandOutput |=
                l.step == u"deploy-standby" && l.stream == u"out" && l.line.contains(u"v1.2.0"_s);
        QVERIFY(sawCommandOutput);

        core::DeploymentId rollbackId = 0;
        auto rolledBack = f.rollback(&rollbackId);
        QVERIFY2(rolledBack.ok(), qPrintable(rolledBack.ok() ? QString() : rolledBack.error().toString()));
        QCOMPARE(f.servedByThroughRouter(), u"blue"_s);
        QCOMPARE(f.liveSlot(), u"blue"_s);
        const core::Deployment r = f.workspace().deployments().get(rollbackId).value();
        QCOMPARE(r.kind, core::DeploymentKind::Rollback);
        QCOMPARE(r.version, u"v1.0.0"_s);
        QCOMPARE(r.rollbackOf.value_or(0), id);
        QVERIFY(f.workspace().audit().verify()->intact());
        QVERIFY(f.workspace().audit().entries()->size() >= 6);
    }

    void faultsLeaveTrafficWhereItWas_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("failedStep");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("standby answers 503") << u"unhealthy"_s << u"verify-standby"_s << u"503"_s;
        QTest::newRow("standby answers malformed JSON") << u"malformed"_s << u"verify-standby"_s << u"JSON"_s;
        QTest::newRow("standby health hangs")
            << u"hang"_s << u"verify-standby"_s << u"did not prove healthy"_s;
        QTest::newRow("standby reports the wrong version")
            << u"wrong-version"_s << u"verify-standby"_s << u"expected “v1.2.0”"_s;
        QTest::newRow("standby down") << u"down"_s << u"verify-standby"_s << u"did not prove healthy"_s;
        QTest::newRow("deploy command fails") << u"command-fails"_s << u"deploy-standby"_s << u"7"_s;
        QTest::newRow("deploy command hangs")
            << u"command-hangs"_s << u"deploy-standby"_s << u"did not finish within"_s;
        QTest::newRow("nginx -t fails") << u"nginx-t"_s << u"switch"_s << u"nginx"_s;
    }

    void faultsLeaveTrafficWhereItWas()
    {
        QFETCH(QString, fault);
        QFETCH(QString, failedStep);
        QFETCH(QString, messagePart);
        EngineFixture f;
        EngineFixture::Options options;
        options.settings.healthTimeoutMs = 1500;
        options.settings.commandTimeoutMs = 1500;
        if (fault == u"unhealthy" || fault == u"malformed" || fault == u"hang")
            options.sampleExtraArgs = {u"--health"_s, fault};
        else if (fault == u"wrong-version")
            options.deployCommand = f.sampleDeployCommand(); // with a fixed version, below
        else if (fault == u"down")
            options.deployCommand = {f.sandbox().sampleBinary(), u"--stop"_s, u"--pidfile"_s,
                                     f.sandbox().path(u"{slot}.pid"_s)};
        else if (fault == u"command-fails")
            options.deployCommand = {u"sh"_s, u"-c"_s, u"echo building {version}; echo broken >&2; exit 7"_s};
        else if (fault == u"command-hangs")
            options.deployCommand = {u"sleep"_s, u"30"_s};
        if (fault == u"wrong-version") {
            const qsizetype i = options.deployCommand.indexOf(u"{version}"_s);
            QVERIFY(i > 0);
            options.deployCommand[i] = u"v1.1.9"_s;
        }
        auto started = f.start(options);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        QByteArray includeBefore;
        if (fault == u"nginx-t") {
            QFile include(f.sandbox().includeFile());
            QVERIFY(include.open(QIODevice::ReadOnly));
            includeBefore = include.readAll();
            // Somebody broke the main configuration: nginx -t refuses it, the running nginx still serves.
            QFile conf(f.sandbox().nginx().confPath());
            QVERIFY(conf.open(QIODevice::Append));
            conf.write("\nthis is not a directive;\n");
        }

        core::DeploymentId id = 0;
        auto outcome = f.deploy(u"v1.2.0"_s, &id);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(failedStep), qPrintable(outcome.error().message));
        QVERIFY2(outcome.error().message.contains(messagePart), qPrintable(outcome.error().message));

        // Traffic stayed on blue, and the workspace says so.
        QCOMPARE(f.servedByThroughRouter(), u"blue"_s);
        QCOMPARE(f.liveSlot(), u"blue"_s);
        // The journal tells the truth: the failed step is recorded failed, nothing after it ran.
        const core::Deployment d = f.workspace().deployments().get(id).value();
        QCOMPARE(d.status, core::DeploymentStatus::Failed);
        QVERIFY(d.error.contains(messagePart));
        QCOMPARE(stepNames(f.workspace(), id, core::StepStatus::Failed), QStringList{failedStep});
        const QStringList ran = stepNames(f.workspace(), id, core::StepStatus::Succeeded);
        QVERIFY(!ran.contains(u"switch"_s) && !ran.contains(u"monitor"_s));
        QVERIFY(!f.workspace().deployments().lock(f.environmentId())->has_value());
        if (fault == u"nginx-t") {
            QFile include(f.sandbox().includeFile());
            QVERIFY(include.open(QIODevice::ReadOnly));
            QCOMPARE(include.readAll(), includeBefore);
        }
        QVERIFY(f.workspace().audit().verify()->intact());
    }

    void secondDeployToABusyEnvironmentIsBlocked()
    {
        EngineFixture f;
        EngineFixture::Options options;
        QStringList slow{u"sh"_s, u"-c"_s, u"sleep 1.5; exec \"$0\" \"$@\""_s};
        options.deployCommand = slow + f.sampleDeployCommand();
        auto started = f.start(options);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));

        core::Planner planner(f.workspace(), f.nam());
        auto plan = planner.planDeploy(QString::fromLatin1(NginxSandbox::kEnvironment), u"v1.2.0"_s);
        QVERIFY(plan.ok());
        core::DeploymentSession first(f.workspace(), f.nam(), u"alex"_s);
        QSignalSpy firstDone(&first, &core::DeploymentSession::finished);
        QSignalSpy stepStarted(&first, &core::DeploymentSession::stepStarted);
        first.deploy(*plan);
        QTRY_VERIFY(stepStarted.size() >= 2); // in deploy-standby now

        core::DeploymentSession second(f.workspace(), f.nam(), u"sam"_s);
        QSignalSpy secondDone(&second, &core::DeploymentSession::finished);
        second.deploy(*plan);
        QTRY_COMPARE(secondDone.size(), 1);
        const core::Status refused = secondDone.first().first().value<core::Status>();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"deploy.locked"_s);
        QVERIFY2(refused.error().message.contains(u"#%1"_s.arg(first.deploymentId())),
                 qPrintable(refused.error().message));
        QCOMPARE(f.workspace().deployments().get(second.deploymentId())->status,
                 core::DeploymentStatus::Failed);

        QVERIFY(firstDone.size() == 1 || firstDone.wait(30000));
        const core::Status firstOutcome = firstDone.first().first().value<core::Status>();
        QVERIFY2(firstOutcome.ok(),
                 qPrintable(firstOutcome.ok() ? QString() : firstOutcome.error().toString()));
        QCOMPARE(f.servedByThroughRouter(), u"green"_s);
    }

    void failedMonitoringRollsBackAutomatically()
    {
        EngineFixture f;
        EngineFixture::Options options;
        // Healthy for the first 3 health requests (verify-standby, the router's own check, one
        // monitor probe), unhealthy after that: a release that breaks under traffic.
        options.sampleExtraArgs = {u"--health-fail-after"_s, u"3"_s};
        options.settings.monitorProbes = 4;
        auto started = f.start(options);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));

        core::Planner planner(f.workspace(), f.nam());
        auto plan = planner.planDeploy(QString::fromLatin1(NginxSandbox::kEnvironment), u"v1.2.0"_s);
        QVERIFY(plan.ok());
        core::DeploymentSession session(f.workspace(), f.nam(), u"alex"_s);
        QSignalSpy done(&session, &core::DeploymentSession::finished);
        QSignalSpy rolledBack(&session, &core::DeploymentSession::rolledBack);
        session.deploy(*plan);
        QVERIFY(done.wait(30000));
        const core::Status outcome = done.first().first().value<core::Status>();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, u"monitor.failed"_s);
        QCOMPARE(rolledBack.size(), 1);
        QVERIFY(rolledBack.first().at(1).value<core::Status>().ok());

        QCOMPARE(f.servedByThroughRouter(), u"blue"_s);
        QCOMPARE(f.liveSlot(), u"blue"_s);
        const core::Deployment rollback = f.workspace().deployments().get(session.rollbackId()).value();
        QCOMPARE(rollback.kind, core::DeploymentKind::Rollback);
        QCOMPARE(rollback.rollbackOf.value_or(0), session.deploymentId());
        QCOMPARE(rollback.status, core::DeploymentStatus::Succeeded);
        QCOMPARE(f.workspace().deployments().get(session.deploymentId())->status,
                 core::DeploymentStatus::Failed);
    }

    void planningRefusesBadInput_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown environment") << u"prod"_s << u"v1.2.0"_s << u"environment.unknown"_s;
        QTest::newRow("unknown version") << u"sandbox"_s << u"v9.9.9"_s << u"release.unknown"_s;
        QTest::newRow("already live") << u"sandbox"_s << u"v1.0.0"_s << u"deploy.noop"_s;
    }

    void planningRefusesBadInput()
    {
        QFETCH(QString, environment);
        QFETCH(QString, version);
        QFETCH(QString, code);
        EngineFixture f;
        QVERIFY(f.start().ok());
        auto plan = core::Planner(f.workspace(), f.nam()).planDeploy(environment, version);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, code);
        QVERIFY(f.workspace().deployments().list()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeployEngine)
#include "TestDeployEngine.moc"
