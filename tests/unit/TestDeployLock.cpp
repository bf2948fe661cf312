// One deployment per environment: the lock is a row whose primary key is the environment.
#include <QTemporaryDir>
#include <QTest>

#include "core/model/Environment.h"
#include "core/model/Service.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

class TestDeployLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    core::EnvironmentId m_env = 0;
    core::DeploymentId m_d1 = 0;
    core::DeploymentId m_d2 = 0;

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto ws = core::Workspace::open(m_dir.filePath(u"lock-%1.sqlite"_s.arg(++n)));
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        auto service = m_ws->services().create(core::Service{0, u"shop"_s, {}});
        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        m_env = m_ws->environments().create(env).value();
        core::Deployment d;
        d.environmentId = m_env;
        d.version = u"v1"_s;
        d.status = core::DeploymentStatus::Running;
        d.fromSlot = u"blue"_s;
        d.toSlot = u"green"_s;
        d.planDigest = u"x"_s;
        d.requestedBy = u"t"_s;
        m_d1 = m_ws->deployments().create(d).value();
        m_d2 = m_ws->deployments().create(d).value();
    }

    void secondHolderIsRefused()
    {
        QVERIFY(m_ws->deployments().acquireLock(m_env, m_d1, u"host:1:1"_s).ok());
        auto second = m_ws->deployments().acquireLock(m_env, m_d2, u"host:2:2"_s);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, u"deploy.locked"_s);
        QVERIFY2(second.error().message.contains(u"#%1"_s.arg(m_d1)), qPrintable(second.error().message));
        auto held = m_ws->deployments().lock(m_env);
        QVERIFY(held.ok() && held->has_value());
        QCOMPARE((*held)->deploymentId, m_d1);
    }

    void releaseOnlyByTheHolder()
    {
        QVERIFY(m_ws->deployments().acquireLock(m_env, m_d1, u"host:1:1"_s).ok());
        QVERIFY(m_ws->deployments().releaseLock(m_env, u"host:2:2"_s).ok());
        QVERIFY(m_ws->deployments().lock(m_env)->has_value());
        QVERIFY(m_ws->deployments().releaseLock(m_env, u"host:1:1"_s).ok());
        QVERIFY(!m_ws->deployments().lock(m_env)->has_value());
        QVERIFY(m_ws->deployments().acquireLock(m_env, m_d2, u"host:2:2"_s).ok());
    }

    void takeOverIsCompareAndSet()
    {
        QVERIFY(m_ws->deployments().acquireLock(m_env, m_d1, u"host:1:1"_s).ok());
        const core::DeployLock stale = m_ws->deployments().lock(m_env)->value();
        QVERIFY(m_ws->deployments().takeOverLock(stale, m_d2, u"host:2:2"_s).ok());
        // A second taker with the same stale view loses.
        auto late = m_ws->deployments().takeOverLock(stale, m_d1, u"host:3:3"_s);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, u"deploy.locked"_s);
        QCOMPARE(m_ws->deployments().lock(m_env)->value().holder, u"host:2:2"_s);
    }

    void journalRecordsAttempts()
    {
        auto first = m_ws->deployments().beginStep(m_d1, 3, u"switch"_s);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QCOMPARE(m_ws->deployments().get(m_d1)->currentStep, u"switch"_s);
        auto again = m_ws->deployments().beginStep(m_d1, 3, u"switch"_s);
        QVERIFY(again.ok());
        QVERIFY(m_ws->deployments().finishStep(*again, core::StepStatus::Succeeded).ok());
        const auto steps = m_ws->deployments().steps(m_d1).value();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).attempt, 1);
        QCOMPARE(steps.at(0).status, core::StepStatus::Running);
        QCOMPARE(steps.at(1).attempt, 2);
        QCOMPARE(steps.at(1).status, core::StepStatus::Succeeded);
        QVERIFY(steps.at(1).finishedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestDeployLock)
#include "TestDeployLock.moc"
