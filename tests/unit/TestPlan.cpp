// A plan's digest is what approvers sign: it must survive storage unchanged and change whenever
// anything that will run changes.
#include <QTest>

#include "core/engine/Plan.h"

using namespace Qt::StringLiterals;
using core::Plan;

class TestPlan : public QObject
{
    Q_OBJECT

    static Plan basePlan()
    {
        Plan p;
        p.service = u"shop"_s;
        p.environment = u"production"_s;
        p.environmentId = 2;
        p.releaseId = 7;
        p.version = u"v1.1.0"_s;
        p.commit = u"abc123"_s;
        p.releaseDigest = u"d1"_s;
        p.fromSlot = u"blue"_s;
        p.toSlot = u"green"_s;
        p.fromVersion = u"v1.0.0"_s;
        p.steps = {{u"preflight"_s, u"check"_s, {u"check config"_s}},
                   {u"deploy-standby"_s, u"deploy"_s, {u"run deploy.sh v1.1.0"_s}},
                   {u"switch"_s, u"switch"_s, {u"write upstream"_s, u"nginx -t"_s, u"nginx -s reload"_s}}};
        return p;
    }

private Q_SLOTS:
    void digestSurvivesStorage()
    {
        const Plan p = basePlan();
        auto restored = Plan::fromJson(p.toJson());
        QVERIFY(restored.ok());
        QCOMPARE(restored->digest(), p.digest());
        QCOMPARE(restored->steps.size(), 3);
        QCOMPARE(restored->indexOf(u"switch"_s), 2);
        QCOMPARE(p.digest().size(), 64);
    }

    void anyChangeChangesTheDigest_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("version") << 0;
        QTest::newRow("target slot") << 1;
        QTest::newRow("one action of one step") << 2;
        QTest::newRow("step order") << 3;
        QTest::newRow("environment") << 4;
        QTest::newRow("release digest") << 5;
    }

    void anyChangeChangesTheDigest()
    {
        QFETCH(int, change);
        Plan p = basePlan();
        const QString before = p.digest();
        switch (change) {
        case 0:
            p.version = u"v1.1.1"_s;
            break;
        case 1:
            p.toSlot = u"blue"_s;
            break;
        case 2:
            p.steps[1].actions[0] = u"run deploy.sh v1.1.0 --force"_s;
            break;
        case 3:
            p.steps.swapItemsAt(1, 2);
            break;
        case 4:
            p.environment = u"staging"_s;
            break;
        case 5:
            p.releaseDigest = u"d2"_s;
            break;
        }
        QVERIFY(p.digest() != before);
    }

    void incompletePlansAreRefused()
    {
        QJsonObject json = basePlan().toJson();
        json.remove(u"steps"_s);
        auto restored = Plan::fromJson(json);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().code, u"plan.invalid"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "TestPlan.moc"
