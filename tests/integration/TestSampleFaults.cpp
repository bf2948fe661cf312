#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include "NginxSandbox.h"
#include "SampleFaultClient.h"
#include "core/providers/HealthProbe.h"
#include "core/providers/Ports.h"
#include "core/providers/SampleServiceControl.h"

using namespace Qt::StringLiterals;
using core::SampleServiceControl;
using core::Status;

// Fault injection of the sample service: at start-up (flags) and at run time (POST /__faults), on the
// health routes and the normal routes.
class TestSampleFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void errorRateFromFlag();
    void errorRateAtRunTime_data();
    void errorRateAtRunTime();
    void addedLatency();
    void degradedStatus();
    void wrongVersion();
    void resetAndPartialUpdates();
    void badFaultDocuments_data();
    void badFaultDocuments();
    void onlyFromLoopback();

private:
    [[nodiscard]] Status start(const QStringList &extraArgs = {}, const QString &bind = u"127.0.0.1"_s)
    {
        return SampleServiceControl::replace(m_binary, pidFile(), m_dir->filePath(u"sample.log"_s), m_port,
                                             u"v1.0.0"_s, u"blue"_s,
                                             QStringList{u"--bind"_s, bind} + extraArgs);
    }
    [[nodiscard]] QString pidFile() const { return m_dir->filePath(u"sample.pid"_s); }
    // GETs `path` n times in a row; the HTTP status of each.
    QList<int> statuses(const QString &path, int n);
    int get(const QString &path, QByteArray *body = nullptr, const QString &host = u"127.0.0.1"_s);
    int post(const QByteArray &body, QByteArray *answer = nullptr, const QString &host = u"127.0.0.1"_s);

    QString m_binary;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
};

void TestSampleFaults::initTestCase()
{
    m_binary = NginxSandbox::binDir() + u"/switchyard-sample"_s;
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(u"not built: "_s + m_binary));
}

void TestSampleFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_port = core::findFreeLoopbackPort();
    QVERIFY(m_port != 0);
}

void TestSampleFaults::cleanup()
{
    const Status stopped = SampleServiceControl::stop(m_binary, pidFile());
    QVERIFY2(stopped.ok(), qPrintable(stopped.ok() ? QString() : stopped.error().toString()));
    m_dir.reset();
}

int TestSampleFaults::get(const QString &path, QByteArray *body, const QString &host)
{
    QNetworkRequest request(QUrl(u"http://%1:%2%3"_s.arg(host).arg(m_port).arg(path)));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_nam.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 6000))
        return -1;
    reply->deleteLater();
    if (body)
        *body = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int TestSampleFaults::post(const QByteArray &body, QByteArray *answer, const QString &host)
{
    QNetworkRequest request(QUrl(u"http://%1:%2/__faults"_s.arg(host).arg(m_port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_nam.post(request, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 6000))
        return -1;
    reply->deleteLater();
    if (answer)
        *answer = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QList<int> TestSampleFaults::statuses(const QString &path, int n)
{
    QList<int> out;
    for (int i = 0; i < n; ++i)
        out << get(path);
    return out;
}

void TestSampleFaults::errorRateFromFlag()
{
    const Status started = start({u"--error-rate"_s, u"0.3"_s});
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    // --replace polled /api/hello until it answered: setting the rate again restarts the count.
    QCOMPARE(post(R"({"errorRate": 0.3})"), 200);
    // Exactly 3 of every 10, spread evenly: requests 4, 7 and 10 fail (floor(k * 0.3) steps up).
    const QList<int> expected{200, 200, 200, 500, 200, 200, 500, 200, 200, 500};
    QCOMPARE(statuses(u"/api/health/system"_s, 10), expected);
    QCOMPARE(statuses(u"/"_s, 10), expected);
    QCOMPARE(statuses(u"/api/hello"_s, 10), expected);
}

void TestSampleFaults::errorRateAtRunTime_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("failures"); // of 20 health requests
    QTest::newRow("none") << 0.0 << 0;
    QTest::newRow("5 percent") << 0.05 << 1;
    QTest::newRow("30 percent") << 0.3 << 6;
    QTest::newRow("half") << 0.5 << 10;
    QTest::newRow("all") << 1.0 << 20;
}

void TestSampleFaults::errorRateAtRunTime()
{
    QFETCH(double, rate);
    QFETCH(int, failures);
    QVERIFY(start().ok());
    const auto set = testsupport::setSampleFaults(m_nam, m_port, QJsonObject{{u"errorRate"_s, rate}});
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
    QCOMPARE(set->value(u"errorRate"_s).toDouble(), rate);
    const QList<int> health = statuses(u"/api/health/system"_s, 20);
    QCOMPARE(health.count(500), failures);
    QCOMPARE(health.count(200), 20 - failures);
    // The control route itself is never faulted.
    QByteArray body;
    QCOMPARE(get(u"/__faults"_s, &body), 200);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(u"errorRate"_s).toDouble(), rate);
    // A failed health answer is what a probe counts as a failure.
    if (rate == 1.0) {
        std::optional<core::ProbeOutcome> outcome;
        core::HealthProbe probe(&m_nam);
        probe.probe(QUrl(u"http://127.0.0.1:%1/api/health/system"_s.arg(m_port)), 3000, this,
                    [&outcome](const core::ProbeOutcome &o) { outcome = o; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->httpStatus, 500);
        QVERIFY(!outcome->isHealthy());
    }
}

void TestSampleFaults::addedLatency()
{
    QVERIFY(start().ok());
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(u"/api/health/system"_s), 200);
    const qint64 before = timer.elapsed();
    QVERIFY(testsupport::setSampleFaults(m_nam, m_port, QJsonObject{{u"latencyMs"_s, 400}}).ok());
    timer.restart();
    QCOMPARE(get(u"/api/health/system"_s), 200);
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
    timer.restart();
    QCOMPARE(get(u"/"_s), 200);
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(before < 400);
    // Flag at start-up.
    QVERIFY(start({u"--latency-ms"_s, u"300"_s}).ok());
    timer.restart();
    QCOMPARE(get(u"/api/hello"_s), 200);
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
}

void TestSampleFaults::degradedStatus()
{
    QVERIFY(start().ok());
    QVERIFY(testsupport::setSampleFaults(m_nam, m_port, QJsonObject{{u"degraded"_s, true}}).ok());
    std::optional<core::ProbeOutcome> outcome;
    core::HealthProbe probe(&m_nam);
    probe.probe(QUrl(u"http://127.0.0.1:%1/api/health/system"_s.arg(m_port)), 3000, this,
                [&outcome](const core::ProbeOutcome &o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->httpStatus, 206);
    QVERIFY2(outcome->report.ok(),
             qPrintable(outcome->report.ok() ? QString() : outcome->report.error().message));
    QCOMPARE(outcome->report->status, core::HealthStatus::Degraded);
    // Normal routes still answer.
    QCOMPARE(get(u"/"_s), 200);
}

void TestSampleFaults::wrongVersion()
{
    QVERIFY(start({u"--wrong-version"_s, u"v0.0.1"_s}).ok());
    QByteArray body;
    QCOMPARE(get(u"/api/health/system"_s, &body), 200);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(u"version"_s).toString(), u"v0.0.1"_s);
    QVERIFY(testsupport::setSampleFaults(m_nam, m_port, QJsonObject{{u"wrongVersion"_s, u"v9.9.9"_s}}).ok());
    QCOMPARE(get(u"/api/health/system"_s, &body), 200);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(u"version"_s).toString(), u"v9.9.9"_s);
    QCOMPARE(get(u"/api/hello"_s, &body), 200);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(u"version"_s).toString(), u"v9.9.9"_s);
    QCOMPARE(get(u"/diag-health"_s, &body), 200);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(u"version"_s).toString(), u"v9.9.9"_s);
    // An empty wrong version reports the real one again.
    QVERIFY(testsupport::setSampleFaults(m_nam, m_port, QJsonObject{{u"wrongVersion"_s, u""_s}}).ok());
    QCOMPARE(get(u"/api/health/system"_s, &body), 200);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(u"version"_s).toString(), u"v1.0.0"_s);
}

void TestSampleFaults::resetAndPartialUpdates()
{
    QVERIFY(start().ok());
    auto set =
        testsupport::setSampleFaults(m_nam, m_port, QJsonObject{{u"errorRate"_s, 1.0}, {u"latencyMs"_s, 10}});
    QVERIFY(set.ok());
    // A partial update keeps the other faults.
    set = testsupport::setSampleFaults(m_nam, m_port, QJsonObject{{u"degraded"_s, true}});
    QVERIFY(set.ok());
    QCOMPARE(set->value(u"errorRate"_s).toDouble(), 1.0);
    QCOMPARE(set->value(u"latencyMs"_s).toInt(), 10);
    QCOMPARE(set->value(u"degraded"_s).toBool(), true);
    QCOMPARE(get(u"/api/health/system"_s), 500);
    set = testsupport::setSampleFaults(m_nam, m_port, QJsonObject{{u"reset"_s, true}});
    QVERIFY(set.ok());
    QCOMPARE(set->value(u"errorRate"_s).toDouble(), 0.0);
    QCOMPARE(set->value(u"latencyMs"_s).toInt(), 0);
    QCOMPARE(set->value(u"degraded"_s).toBool(), false);
    QCOMPARE(get(u"/api/health/system"_s), 200);
}

void TestSampleFaults::badFaultDocuments_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("errorRate=1") << u"JSON object"_s;
    QTest::newRow("array") << QByteArray("[1]") << u"JSON object"_s;
    QTest::newRow("unknown fault") << QByteArray(R"({"explode": true})") << u"explode"_s;
    QTest::newRow("rate above 1") << QByteArray(R"({"errorRate": 1.5})") << u"errorRate"_s;
    QTest::newRow("negative rate") << QByteArray(R"({"errorRate": -0.1})") << u"errorRate"_s;
    QTest::newRow("rate as text") << QByteArray(R"({"errorRate": "0.3"})") << u"errorRate"_s;
    QTest::newRow("fractional latency") << QByteArray(R"({"latencyMs": 1.5})") << u"latencyMs"_s;
    QTest::newRow("degraded as text") << QByteArray(R"({"degraded": "yes"})") << u"degraded"_s;
    QTest::newRow("version as number") << QByteArray(R"({"wrongVersion": 2})") << u"wrongVersion"_s;
}

void TestSampleFaults::badFaultDocuments()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QVERIFY(start().ok());
    QByteArray answer;
    QCOMPARE(post(body, &answer), 400);
    QVERIFY2(QString::fromUtf8(answer).contains(mentions), answer.constData());
    // Nothing changed.
    QCOMPARE(get(u"/__faults"_s, &answer), 200);
    QCOMPARE(QJsonDocument::fromJson(answer).object().value(u"errorRate"_s).toDouble(), 0.0);
    QCOMPARE(statuses(u"/api/health/system"_s, 5), QList<int>(5, 200));
}

void TestSampleFaults::onlyFromLoopback()
{
    QString external;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            external = address.toString();
            break;
        }
    }
    if (external.isEmpty())
        QSKIP("no non-loopback IPv4 address on this machine");
    QVERIFY(start({}, u"0.0.0.0"_s).ok());
    QByteArray answer;
    QCOMPARE(post(R"({"errorRate": 1})", &answer, external), 403);
    QVERIFY2(QString::fromUtf8(answer).contains(u"loopback"_s), answer.constData());
    QCOMPARE(get(u"/api/health/system"_s, nullptr, external), 200);
    // Loopback may.
    QCOMPARE(post(R"({"errorRate": 1})"), 200);
}

QTEST_GUILESS_MAIN(TestSampleFaults)
#include "TestSampleFaults.moc"
