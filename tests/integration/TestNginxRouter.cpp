#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "NginxSandbox.h"
#include "core/providers/HealthProbe.h"
#include "core/providers/NginxConfig.h"
#include "core/providers/NginxRouter.h"

using namespace Qt::StringLiterals;
using core::NginxRouter;
using core::ProbeOutcome;
using core::Status;
using core::SwitchTarget;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Lets a test wait for a callback in a real event loop (QSignalSpy::wait), so timings are not
// quantised by QTRY's 10 ms sleeps.
class Callback : public QObject
{
    Q_OBJECT

signals:
    void called();
};

class TestNginxRouter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void switchToGreenAndBack();
    void switchToCurrentSlotIsIdempotent();
    void rejectedConfigKeepsTraffic();
    void slotDownRollsBack();
    void wrongVersionRollsBack();
    void invalidTargetIsRefused();
    void describeSwitchChangesNothing();
    void verifyWithoutSwitching();

private:
    SwitchTarget target(const QString &slot, const QString &version) const
    {
        return {slot, m_sandbox->upstreamOf(slot), version};
    }
    void switchTo(const SwitchTarget &target, int verifyTimeoutMs, std::optional<Status> &result);
    // One request through the router on a new connection, as a new client would make it.
    void fetch(std::optional<ProbeOutcome> &outcome);
    // Polls through the router until `slot` answers (a reload takes effect asynchronously).
    void expectServedBy(const QString &slot);

    QNetworkAccessManager m_nam;
    std::unique_ptr<NginxSandbox> m_sandbox;
    std::unique_ptr<NginxRouter> m_router;
};

void TestNginxRouter::init()
{
    m_sandbox = std::make_unique<NginxSandbox>();
    const Status started = m_sandbox->start(u"v1.0.0"_s, u"v1.1.0"_s);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    m_router = std::make_unique<NginxRouter>(m_sandbox->routerConfig(), &m_nam);
}

void TestNginxRouter::cleanup()
{
    m_router.reset();
    m_sandbox.reset();
}

void TestNginxRouter::switchTo(const SwitchTarget &target, int verifyTimeoutMs, std::optional<Status> &result)
{
    QElapsedTimer elapsed;
    elapsed.start();
    Callback callback;
    QSignalSpy called(&callback, &Callback::called);
    m_router->switchTo(target, verifyTimeoutMs, this, [&result, &callback](const Status &status) {
        result = status;
        emit callback.called();
    });
    QVERIFY(called.wait(verifyTimeoutMs + 30000));
    qInfo() << "switch to" << target.slot << "took" << elapsed.elapsed() << "ms";
}

void TestNginxRouter::fetch(std::optional<ProbeOutcome> &outcome)
{
    core::HealthProbe probe(&m_nam);
    probe.probe(
        m_sandbox->routerHealthUrl(), 3000, this, [&outcome](const ProbeOutcome &o) { outcome = o; },
        core::ProbeConnection::Fresh);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
}

void TestNginxRouter::expectServedBy(const QString &slot)
{
    // After a reload nginx keeps its old workers accepting for about 100 ms: wait until `slot` answers
    // kSettled times in a row, each on a new connection.
    constexpr int kSettled = 10;
    const QDeadlineTimer deadline(5000);
    int inARow = 0;
    std::optional<ProbeOutcome> outcome;
    while (inARow < kSettled && !deadline.hasExpired()) {
        outcome.reset();
        fetch(outcome);
        if (QTest::currentTestFailed())
            return;
        inARow = outcome->servedBy == slot && outcome->routerSlot == slot ? inARow + 1 : 0;
    }
    QCOMPARE(outcome->routerSlot, slot);
    QCOMPARE(outcome->servedBy, slot);
    QCOMPARE(inARow, kSettled);
}

void TestNginxRouter::switchToGreenAndBack()
{
    QCOMPARE(m_router->configuredSlot(), std::optional<QString>(u"blue"_s));
    expectServedBy(u"blue"_s);
    const QByteArray blueInclude = readAll(m_sandbox->includeFile());

    QSignalSpy progress(m_router.get(), &core::Router::progress);
    std::optional<Status> result;
    switchTo(target(u"green"_s, u"v1.1.0"_s), 5000, result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
    QVERIFY(progress.size() >= 4);

    // Verified before reporting success: new clients reach green, version v1.1.0, through the router.
    expectServedBy(u"green"_s);
    std::optional<ProbeOutcome> outcome;
    fetch(outcome);
    QVERIFY(outcome->isHealthy());
    QCOMPARE(outcome->report->version, u"v1.1.0"_s);
    QCOMPARE(m_router->configuredSlot(), std::optional<QString>(u"green"_s));
    QVERIFY(readAll(m_sandbox->includeFile()).contains(m_sandbox->upstreamOf(u"green"_s).toUtf8()));
    QCOMPARE(readAll(m_sandbox->includeFile() + u".previous"_s), blueInclude);

    result.reset();
    switchTo(target(u"blue"_s, u"1.0.0"_s), 5000, result); // the 'v' is insignificant
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
    expectServedBy(u"blue"_s);
    outcome.reset();
    fetch(outcome);
    QCOMPARE(outcome->report->version, u"v1.0.0"_s);
    QCOMPARE(readAll(m_sandbox->includeFile()), blueInclude);
}

void TestNginxRouter::switchToCurrentSlotIsIdempotent()
{
    for (int i = 0; i < 2; ++i) {
        std::optional<Status> result;
        switchTo(target(u"blue"_s, u"v1.0.0"_s), 5000, result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
        QCOMPARE(m_router->configuredSlot(), std::optional<QString>(u"blue"_s));
    }
    expectServedBy(u"blue"_s);
}

void TestNginxRouter::rejectedConfigKeepsTraffic()
{
    const QByteArray before = readAll(m_sandbox->includeFile());
    QFile conf(m_sandbox->nginx().confPath());
    QVERIFY(conf.open(QIODevice::Append));
    conf.write("switchyard_broken_directive on;\n");
    conf.close();

    std::optional<Status> result;
    switchTo(target(u"green"_s, u"v1.1.0"_s), 5000, result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, u"router.config_invalid"_s);
    QVERIFY2(result->error().message.contains(u"switchyard_broken_directive"_s),
             qPrintable(result->error().message));
    QCOMPARE(readAll(m_sandbox->includeFile()), before);
    QCOMPARE(m_router->configuredSlot(), std::optional<QString>(u"blue"_s));
    std::optional<ProbeOutcome> outcome;
    fetch(outcome);
    QCOMPARE(outcome->servedBy, u"blue"_s);
    QCOMPARE(outcome->routerSlot, u"blue"_s);
}

void TestNginxRouter::slotDownRollsBack()
{
    const QByteArray before = readAll(m_sandbox->includeFile());
    const Status stopped = m_sandbox->stopSlot(u"green"_s);
    QVERIFY2(stopped.ok(), qPrintable(stopped.ok() ? QString() : stopped.error().toString()));

    std::optional<Status> result;
    switchTo(target(u"green"_s, u"v1.1.0"_s), 1500, result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, u"router.verify_failed"_s);
    // What was last seen: nginx answered for green, but green's upstream is down.
    QVERIFY2(result->error().message.contains(u"HTTP 502"_s), qPrintable(result->error().message));
    QVERIFY2(result->error().message.contains(u"\"green\""_s), qPrintable(result->error().message));
    QCOMPARE(readAll(m_sandbox->includeFile()), before);
    expectServedBy(u"blue"_s);
}

void TestNginxRouter::wrongVersionRollsBack()
{
    std::optional<Status> result;
    switchTo(target(u"green"_s, u"v9.9.9"_s), 1000, result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, u"router.verify_failed"_s);
    QVERIFY2(result->error().message.contains(u"v1.1.0"_s), qPrintable(result->error().message));
    QCOMPARE(m_router->configuredSlot(), std::optional<QString>(u"blue"_s));
    expectServedBy(u"blue"_s);
}

void TestNginxRouter::invalidTargetIsRefused()
{
    const QByteArray before = readAll(m_sandbox->includeFile());
    std::optional<Status> result;
    switchTo({u"green; }"_s, m_sandbox->upstreamOf(u"green"_s), {}}, 1000, result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, u"router.invalid_target"_s);
    result.reset();
    switchTo({u"green"_s, u"127.0.0.1:1; } server {"_s, {}}, 1000, result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, u"router.invalid_target"_s);
    QCOMPARE(readAll(m_sandbox->includeFile()), before);
}

void TestNginxRouter::describeSwitchChangesNothing()
{
    const QDir conf(QFileInfo(m_sandbox->includeFile()).absolutePath());
    const QStringList filesBefore = conf.entryList(QDir::Files);
    const QByteArray before = readAll(m_sandbox->includeFile());

    const QStringList lines = m_router->describeSwitch(target(u"green"_s, u"v1.1.0"_s));
    QVERIFY2(lines.size() >= 4, qPrintable(lines.join(u'\n')));
    const QString text = lines.join(u'\n');
    const QStringList expected{m_sandbox->includeFile(),
                               m_sandbox->upstreamOf(u"green"_s),
                               u"nginx -t -q"_s,
                               u"-s reload"_s,
                               u"-c "_s + m_sandbox->nginx().confPath(),
                               m_sandbox->routerHealthUrl().toString(),
                               u"X-Switchyard-Slot: green"_s,
                               u"v1.1.0"_s};
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(part, text)));

    QCOMPARE(conf.entryList(QDir::Files), filesBefore);
    QCOMPARE(readAll(m_sandbox->includeFile()), before);
    expectServedBy(u"blue"_s);
}

void TestNginxRouter::verifyWithoutSwitching()
{
    std::optional<Status> ok;
    m_router->verify(target(u"blue"_s, u"v1.0.0"_s), 3000, this, [&ok](const Status &s) { ok = s; });
    QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 10000);
    QVERIFY(ok->ok());

    std::optional<Status> wrong;
    m_router->verify(target(u"green"_s, {}), 300, this, [&wrong](const Status &s) { wrong = s; });
    QTRY_VERIFY_WITH_TIMEOUT(wrong.has_value(), 10000);
    QVERIFY(!wrong->ok());
    QCOMPARE(wrong->error().code, u"router.verify_failed"_s);
    QVERIFY2(wrong->error().message.contains(u"\"blue\""_s), qPrintable(wrong->error().message));
}

QTEST_GUILESS_MAIN(TestNginxRouter)
#include "TestNginxRouter.moc"
