// While wrk loads nginx, the engine switches traffic back and forth 20 times (each switch a real
// rollback deployment: include rewritten, nginx -t, reload, verified). Every request must succeed.
// wrk opens a new connection per request (Connection: close), as TOOLCHAIN.md recommends: a
// keep-alive client can see a reset on an idle connection that an old worker closes at reload
// (browsers retry those); that case is measured by the benchmark, not asserted here.
#include <QTest>

#include "EngineFixture.h"
#include "WrkLoad.h"

using namespace Qt::StringLiterals;

class TestZeroDowntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twentySwitchesUnderLoadLoseNoRequest()
    {
        EngineFixture f;
        auto started = f.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));

        WrkLoad load;
        QString why;
        QVERIFY2(load.start(f.sandbox().routerUrl(u"/api/hello"_s), false, &why), qPrintable(why));
        QTest::qWait(500);

        QStringList servedBy;
        for (int i = 0; i < 20; ++i) {
            auto switched = f.rollback();
            QVERIFY2(switched.ok(), qPrintable(u"switch %1: "_s.arg(i + 1) +
                                               (switched.ok() ? QString() : switched.error().toString())));
            servedBy << f.servedByThroughRouter();
        }
        QTest::qWait(300);
        const WrkLoad::Report report = load.stop();
        qInfo().noquote() << report.raw;

        // The switches really alternated.
        QStringList expected;
        for (int i = 0; i < servedBy.size(); ++i)
            expected << (i % 2 == 0 ? u"green"_s : u"blue"_s);
        QCOMPARE(servedBy, expected);
        QVERIFY2(report.requests > 500, qPrintable(report.raw));
        QCOMPARE(report.non2xx, 0);
        QCOMPARE(report.connectErrors + report.readErrors + report.writeErrors + report.timeouts, 0);
    }
};

QTEST_GUILESS_MAIN(TestZeroDowntime)
#include "TestZeroDowntime.moc"
