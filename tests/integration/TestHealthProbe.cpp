#include <memory>
#include <vector>

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include "core/providers/HealthProbe.h"
#include "core/providers/Ports.h"

using namespace Qt::StringLiterals;
using core::HealthStatus;
using core::ProbeOutcome;

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

// A health endpoint that misbehaves on demand, in this process.
class FakeHealthServer final
{
public:
    FakeHealthServer()
    {
        const auto answer = [this](const QByteArray &body, HttpStatus status, bool withHeaders) {
            return [this, body, status, withHeaders](const QHttpServerRequest &request,
                                                     QHttpServerResponder &&r) {
                record(request);
                QHttpServerResponse response("application/json"_ba, body, status);
                if (withHeaders) {
                    response.setHeader("X-Switchyard-Slot"_ba, "green"_ba);
                    response.setHeader("X-Served-By"_ba, "green-1"_ba);
                }
                response.write(std::move(r));
            };
        };
        m_server.route(u"/healthy"_s, answer(healthyBody(), HttpStatus::Ok, true));
        m_server.route(u"/degraded"_s,
                       answer(R"({"status":"degraded","checks":[{"name":"cache","status":"degraded"}]})"_ba,
                              HttpStatus::PartialContent, false));
        m_server.route(u"/unhealthy"_s, answer(R"({"status":"unhealthy","checks":[]})"_ba,
                                               HttpStatus::ServiceUnavailable, false));
        m_server.route(u"/malformed"_s, answer(R"({"status": "heal)"_ba, HttpStatus::Ok, false));
        m_server.route(u"/never"_s, [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            record(request);
            m_held.push_back(std::make_unique<QHttpServerResponder>(std::move(r)));
        });
        m_server.route(u"/late"_s, [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            record(request);
            const int delayMs = request.query().queryItemValue(u"ms"_s).toInt();
            auto pending = std::make_shared<QHttpServerResponder>(std::move(r));
            QTimer::singleShot(delayMs, &m_server, [pending] {
                QHttpServerResponse("application/json"_ba, healthyBody(), HttpStatus::Ok)
                    .write(std::move(*pending));
            });
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    ~FakeHealthServer()
    {
        // Held responders may point at sockets the server already closed: never destroy them.
        for (auto &responder : m_held)
            static_cast<void>(responder.release());
    }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery));
    }
    [[nodiscard]] QByteArray lastHeader(const QByteArray &name) const
    {
        return m_lastHeaders.value(name.toLower());
    }
    [[nodiscard]] bool lastHasHeader(const QByteArray &name) const
    {
        return m_lastHeaders.contains(name.toLower());
    }

    static QByteArray healthyBody()
    {
        return R"({"status":"healthy","checks":[{"name":"db","status":"healthy","latency":2}],"uptime":5,"version":"v3.1.0"})"_ba;
    }

private:
    void record(const QHttpServerRequest &request)
    {
        m_lastHeaders.clear();
        for (const auto &[name, value] : request.headers())
            m_lastHeaders.insert(name.toLower(), value);
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QByteArray, QByteArray> m_lastHeaders;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_held;
};

} // namespace

class TestHealthProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outcome_data();
    void outcome();
    void connectionRefused();
    void requestHeaders();
    void destroyedContextIsNotCalled();

private:
    void probeOnce(const QUrl &url, int timeoutMs, std::optional<ProbeOutcome> &result);

    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeHealthServer> m_server;
};

void TestHealthProbe::initTestCase()
{
    m_server = std::make_unique<FakeHealthServer>();
    QVERIFY2(m_server->port() != 0, "the fake health server could not listen on 127.0.0.1");
}

void TestHealthProbe::probeOnce(const QUrl &url, int timeoutMs, std::optional<ProbeOutcome> &result)
{
    core::HealthProbe probe(&m_nam);
    probe.probe(url, timeoutMs, this, [&result](const ProbeOutcome &outcome) { result = outcome; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), timeoutMs + 5000);
}

void TestHealthProbe::outcome_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("errorCode"); // empty: a report
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("healthy");
    QTest::addColumn<QString>("routerSlot");
    QTest::addColumn<QString>("servedBy");

    const int healthy = int(HealthStatus::Healthy);
    QTest::newRow("healthy") << u"/healthy"_s << 3000 << 200 << QString() << healthy << true << u"green"_s
                             << u"green-1"_s;
    QTest::newRow("answers late, within the timeout")
        << u"/late?ms=150"_s << 3000 << 200 << QString() << healthy << true << QString() << QString();
    QTest::newRow("degraded 206") << u"/degraded"_s << 3000 << 206 << QString() << int(HealthStatus::Degraded)
                                  << false << QString() << QString();
    QTest::newRow("unhealthy 503") << u"/unhealthy"_s << 3000 << 503 << QString()
                                   << int(HealthStatus::Unhealthy) << false << QString() << QString();
    QTest::newRow("malformed") << u"/malformed"_s << 3000 << 200 << u"health.malformed"_s << 0 << false
                               << QString() << QString();
    QTest::newRow("no such route") << u"/nope"_s << 3000 << 404 << u"health.http"_s << 0 << false << QString()
                                   << QString();
    QTest::newRow("slower than the timeout")
        << u"/never"_s << 300 << 0 << u"health.timeout"_s << 0 << false << QString() << QString();
}

void TestHealthProbe::outcome()
{
    QFETCH(QString, path);
    QFETCH(int, timeoutMs);
    QFETCH(int, httpStatus);
    QFETCH(QString, errorCode);
    QFETCH(int, status);
    QFETCH(bool, healthy);
    QFETCH(QString, routerSlot);
    QFETCH(QString, servedBy);

    const QUrl url = m_server->url(path);
    std::optional<ProbeOutcome> outcome;
    probeOnce(url, timeoutMs, outcome);
    QVERIFY(outcome);
    QCOMPARE(outcome->url, url);
    QCOMPARE(outcome->httpStatus, httpStatus);
    QCOMPARE(outcome->isHealthy(), healthy);
    QCOMPARE(outcome->routerSlot, routerSlot);
    QCOMPARE(outcome->servedBy, servedBy);
    QVERIFY(outcome->at.isValid());
    if (errorCode.isEmpty()) {
        QVERIFY2(outcome->report.ok(),
                 qPrintable(outcome->report ? QString() : outcome->report.error().toString()));
        QCOMPARE(int(outcome->report->status), status);
    } else {
        QVERIFY(!outcome->report.ok());
        QCOMPARE(outcome->report.error().code, errorCode);
    }
    if (errorCode == u"health.timeout"_s) {
        QVERIFY2(outcome->latencyMs >= timeoutMs - 50, qPrintable(QString::number(outcome->latencyMs)));
        QVERIFY2(outcome->latencyMs < timeoutMs + 3000, qPrintable(QString::number(outcome->latencyMs)));
        QVERIFY(outcome->report.error().message.contains(QString::number(timeoutMs)));
    }
    if (path.startsWith(u"/late"_s))
        QVERIFY2(outcome->latencyMs >= 140, qPrintable(QString::number(outcome->latencyMs)));
}

void TestHealthProbe::connectionRefused()
{
    const quint16 port = core::findFreeLoopbackPort(); // nothing listens there
    QVERIFY(port != 0);
    const QUrl url(u"http://127.0.0.1:%1/api/health/system"_s.arg(port));
    std::optional<ProbeOutcome> outcome;
    probeOnce(url, 3000, outcome);
    QVERIFY(outcome);
    QCOMPARE(outcome->httpStatus, 0);
    QVERIFY(!outcome->isHealthy());
    QVERIFY(!outcome->report.ok());
    QCOMPARE(outcome->report.error().code, u"health.unreachable"_s);
    QVERIFY2(outcome->report.error().message.contains(url.toDisplayString()),
             qPrintable(outcome->report.error().message));
}

void TestHealthProbe::requestHeaders()
{
    std::optional<ProbeOutcome> outcome;
    probeOnce(m_server->url(u"/healthy"_s), 3000, outcome);
    QVERIFY(outcome);
    QCOMPARE(m_server->lastHeader("Cache-Control"), "no-cache"_ba);
    QVERIFY2(m_server->lastHeader("Connection").toLower() != "close",
             "the probe asked to close the connection");
}

void TestHealthProbe::destroyedContextIsNotCalled()
{
    core::HealthProbe probe(&m_nam);
    auto *doomed = new QObject;
    bool doomedCalled = false;
    bool aliveCalled = false;
    probe.probe(m_server->url(u"/late?ms=50"_s), 3000, doomed,
                [&](const ProbeOutcome &) { doomedCalled = true; });
    delete doomed;
    // Answered after the first one: once it arrives, the first callback has had its chance.
    probe.probe(m_server->url(u"/late?ms=400"_s), 3000, this,
                [&](const ProbeOutcome &) { aliveCalled = true; });
    QTRY_VERIFY_WITH_TIMEOUT(aliveCalled, 5000);
    QVERIFY(!doomedCalled);
}

QTEST_GUILESS_MAIN(TestHealthProbe)
#include "TestHealthProbe.moc"
