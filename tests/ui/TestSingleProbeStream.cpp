// One probe stream per open workspace: with the main window open on a real nginx sandbox (two real
// sample-service slots), every request a slot's health endpoint receives is one the window's HealthMonitor
// sent and recorded — its own probes of the slot, plus (for the live slot) its probes of the public URL
// through nginx. Nothing else probes: the cards' dots, their strips, the dashboard and the trigger watcher
// all read that monitor. The sample services count what they serve (GET /__metrics), so a second stream
// (as the old per-card monitor was) shows up as extra requests. The cards still follow the probes: a slot
// made sick at run time turns red on its card and in its strip.
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include "EngineFixture.h"
#include "SampleFaultClient.h"
#include "core/AppContext.h"
#include "core/health/HealthMonitor.h"
#include "core/providers/HealthProbe.h"
#include "core/store/Workspace.h"
#include "ui/EnvironmentCard.h"
#include "ui/MainWindow.h"
#include "ui/health/HealthStrip.h"
#include "ui/health/HealthWatch.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kIntervalMs = 250;
constexpr int kWindowMs = 3000;

qint64 servedRequests(QNetworkAccessManager &nam, quint16 port)
{
    auto metrics = testsupport::sampleMetrics(nam, port);
    if (!metrics.ok()) {
        qWarning() << metrics.error().message;
        return -1;
    }
    return static_cast<qint64>(metrics->value(u"requests"_s).toDouble());
}

} // namespace

class TestSingleProbeStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachSlotIsProbedByOneStream()
    {
        EngineFixture f;
        auto started = f.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        const quint16 bluePort = f.sandbox().slotPort(u"blue"_s);
        const quint16 greenPort = f.sandbox().slotPort(u"green"_s);
        const qint64 blueBefore = servedRequests(*f.nam(), bluePort);
        const qint64 greenBefore = servedRequests(*f.nam(), greenPort);
        QVERIFY(blueBefore >= 0 && greenBefore >= 0);

        core::AppContext context{f.workspace(), f.nam(), u"alice"_s};
        ui::MainWindow window(context);
        core::HealthMonitor &monitor = window.healthMonitor();
        QCOMPARE(&monitor, &window.healthWatch().monitor());
        // Every answer the monitor got, by slot: its own probes, and what the public URL (nginx) served.
        QHash<QString, int> probes;
        QHash<QString, int> throughRouter;
        QObject counting; // goes before the counters
        connect(&monitor, &core::HealthMonitor::sampled, &counting, [&](const core::HealthSample &s) {
            if (s.source == core::HealthSample::Source::Probe)
                ++probes[s.slot];
            else if (s.source == core::HealthSample::Source::Router)
                ++throughRouter[s.slot];
        });
        QSignalSpy probed(&monitor, &core::HealthMonitor::probed);
        QElapsedTimer elapsed;
        elapsed.start();
        core::HealthMonitor::Options options = monitor.options();
        options.intervalMs = kIntervalMs;
        monitor.setOptions(options);
        window.show();

        auto *card = window.findChild<ui::EnvironmentCard *>();
        QVERIFY(card);
        auto *greenHealth = card->findChild<QLabel *>(u"slotHealth_green"_s);
        auto *greenStrip = card->findChild<ui::HealthStrip *>(u"healthStrip_green"_s);
        QVERIFY(greenHealth && greenStrip);
        QTRY_VERIFY2_WITH_TIMEOUT(greenHealth->text().startsWith(u"healthy"_s),
                                  qPrintable(greenHealth->text()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(greenStrip->sampleCount() >= 1, 10000);
        QCOMPARE(greenStrip->text(), u"100 % ok"_s);

        // Green falls sick: its card and strip follow the same stream.
        const auto sick =
            testsupport::setSampleFaults(*f.nam(), greenPort, QJsonObject{{u"errorRate"_s, 1.0}});
        QVERIFY2(sick.ok(), qPrintable(sick.ok() ? QString() : sick.error().message));
        QTRY_VERIFY2_WITH_TIMEOUT(greenHealth->text().contains(u"500"_s), qPrintable(greenHealth->text()),
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(greenStrip->text() != u"100 % ok"_s, 10000);

        if (elapsed.elapsed() < kWindowMs)
            QTest::qWait(int(kWindowMs - elapsed.elapsed()));
        monitor.stop();
        const qint64 windowMs = elapsed.elapsed();
        // Let what is in flight answer (probes time out after at most the environment's request timeout).
        QTest::qWait(EngineFixture::fastSettings().requestTimeoutMs + 500);

        const qint64 blueServed = servedRequests(*f.nam(), bluePort) - blueBefore;
        const qint64 greenServed = servedRequests(*f.nam(), greenPort) - greenBefore;
        qInfo(
            "in %lld ms at %d ms: blue served %lld (probes %d, through nginx %d), green served %lld (probes "
            "%d, through nginx %d)",
            windowMs, kIntervalMs, blueServed, probes.value(u"blue"_s), throughRouter.value(u"blue"_s),
            greenServed, probes.value(u"green"_s), throughRouter.value(u"green"_s));
        // Exactly the monitor's requests, nothing else.
        QCOMPARE(greenServed, qint64(probes.value(u"green"_s) + throughRouter.value(u"green"_s)));
        QCOMPARE(blueServed, qint64(probes.value(u"blue"_s) + throughRouter.value(u"blue"_s)));
        QCOMPARE(throughRouter.value(u"green"_s), 0); // blue is live
        QVERIFY(throughRouter.value(u"blue"_s) >= 1);
        // One stream: at most one probe per slot per round (plus the first round at start), and the card
        // signal counts each of them once.
        const int maxRounds = int(windowMs / kIntervalMs) + 2;
        for (const QString &slot : {u"blue"_s, u"green"_s}) {
            QVERIFY2(
                probes.value(slot) >= 3 && probes.value(slot) <= maxRounds,
                qPrintable(
                    u"%1: %2 probes, at most %3 rounds"_s.arg(slot).arg(probes.value(slot)).arg(maxRounds)));
        }
        QCOMPARE(probed.count(), probes.value(u"blue"_s) + probes.value(u"green"_s));
        QVERIFY(monitor.latestProbe(f.environmentId(), u"green"_s).has_value());
        QCOMPARE(monitor.latestProbe(f.environmentId(), u"green"_s)->httpStatus, 500);
    }
};

QTEST_MAIN(TestSingleProbeStream)
#include "TestSingleProbeStream.moc"
