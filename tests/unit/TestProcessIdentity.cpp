// Telling a live lock holder from a dead one: the basis of crash detection.
#include <QProcess>
#include <QSysInfo>
#include <QTest>

#include "core/engine/ProcessIdentity.h"

using namespace Qt::StringLiterals;
using core::ProcessIdentity;

class TestProcessIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thisProcessIsAlive()
    {
        const QString me = ProcessIdentity::current();
        QVERIFY(ProcessIdentity::isAlive(me));
        QCOMPARE(ProcessIdentity::pidOf(me), QCoreApplication::applicationPid());
    }

    void aKilledProcessIsNot()
    {
        QProcess child;
        child.start(u"sleep"_s, {u"30"_s});
        QVERIFY(child.waitForStarted());
        const QString identity =
            ProcessIdentity::current().section(u':', 0, 0) + u':' + QString::number(child.processId()) + u':';
        QVERIFY(ProcessIdentity::isAlive(identity));
        child.kill();
        QVERIFY(child.waitForFinished());
        QVERIFY(!ProcessIdentity::isAlive(identity));
    }

    void aRecycledPidIsNotTheHolder()
    {
        // Same pid (ours), different start time: another process that got the pid later.
        const QString me = ProcessIdentity::current();
        const QString recycled = me.section(u':', 0, 1) + u":1";
        QVERIFY(me != recycled);
        QVERIFY(!ProcessIdentity::isAlive(recycled));
    }

    void malformedIsDeadAndOtherHostsAreAssumedAlive()
    {
        QVERIFY(!ProcessIdentity::isAlive(QSysInfo::machineHostName() + u":notapid:"_s));
        QVERIFY(ProcessIdentity::isAlive(u"some-other-host.example:1234:99"_s));
    }
};

QTEST_GUILESS_MAIN(TestProcessIdentity)
#include "TestProcessIdentity.moc"
