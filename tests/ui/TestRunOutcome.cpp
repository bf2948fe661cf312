// What the wizard's result page and the run dialog say about how a run ended.
#include <QTest>

#include "ui/RunOutcome.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ui::RunOutcome)

class TestRunOutcome : public QObject
{
    Q_OBJECT

private:
    static ui::RunOutcome deploy()
    {
        ui::RunOutcome o;
        o.kind = core::DeploymentKind::Deploy;
        o.environment = u"production"_s;
        o.version = u"v1.1.0"_s;
        o.fromSlot = u"blue"_s;
        o.toSlot = u"green"_s;
        o.deploymentId = 12;
        o.finished = true;
        return o;
    }

private Q_SLOTS:
    void saysHowItEnded_data()
    {
        QTest::addColumn<ui::RunOutcome>("outcome");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QStringList>("detailsContain");

        ui::RunOutcome o = deploy();
        o.succeeded = true;
        QTest::newRow("deploy succeeded")
            << o << u"Succeeded: v1.1.0 is live in production on green."_s
            << QStringList{u"from blue to green"_s, u"blue stays as hot standby"_s};

        o = deploy();
        o.kind = core::DeploymentKind::Rollback;
        o.version = u"v1.0.0"_s;
        o.fromSlot = u"green"_s;
        o.toSlot = u"blue"_s;
        o.succeeded = true;
        QTest::newRow("rollback succeeded") << o << u"Rolled back: production is on blue (v1.0.0) again."_s
                                            << QStringList{u"from green to blue"_s};

        o = deploy();
        o.deploymentId = 0;
        o.error = u"Environment production is being deployed by deployment #11."_s;
        QTest::newRow("could not start")
            << o << u"The deployment to production could not start."_s
            << QStringList{u"Cause: Environment production is being deployed"_s, u"stays on blue"_s};

        o = deploy();
        o.failedStep = u"verify-standby"_s;
        o.error = u"green answered v1.0.9"_s;
        QTest::newRow("failed before the switch")
            << o << u"Deployment #12 to production failed in step “verify-standby”."_s
            << QStringList{u"Cause: green answered v1.0.9"_s, u"Traffic was not moved: it stays on blue."_s};

        o = deploy();
        o.failedStep = u"monitor"_s;
        o.error = u"the router still serves blue"_s;
        QTest::newRow("failed after the switch, no rollback")
            << o << u"Deployment #12 to production failed in step “monitor”."_s
            << QStringList{u"Traffic may already be on green: check production now."_s};

        o = deploy();
        o.failedStep = u"monitor"_s;
        o.error = u"3 probes failed"_s;
        o.rollbackId = 13;
        o.rollbackSucceeded = true;
        QTest::newRow("automatic rollback succeeded")
            << o << u"Deployment #12 to production failed in step “monitor”."_s
            << QStringList{
                   u"Switchyard rolled back automatically (rollback #13): traffic is back on blue."_s};

        o.rollbackSucceeded = false;
        o.rollbackError = u"nginx -t failed."_s;
        QTest::newRow("automatic rollback failed")
            << o << u"Deployment #12 to production failed in step “monitor”."_s
            << QStringList{
                   u"The automatic rollback #13 failed too: nginx -t failed. Check production now."_s};
    }

    void saysHowItEnded()
    {
        QFETCH(ui::RunOutcome, outcome);
        QFETCH(QString, headline);
        QFETCH(QStringList, detailsContain);
        QCOMPARE(outcome.headline(), headline);
        const QString details = outcome.details();
        for (const QString &part : detailsContain)
            QVERIFY2(details.contains(part), qPrintable(details));
    }

    void saysNothingFinalWhileRunning()
    {
        ui::RunOutcome o = deploy();
        o.finished = false;
        QCOMPARE(o.headline(), u"Running…"_s);
        QVERIFY(o.details().isEmpty());
    }
};

QTEST_MAIN(TestRunOutcome)
#include "TestRunOutcome.moc"
