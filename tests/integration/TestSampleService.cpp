#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "NginxSandbox.h"
#include "core/providers/HealthProbe.h"
#include "core/providers/Ports.h"
#include "core/providers/ProcessIds.h"
#include "core/providers/SampleServiceControl.h"

using namespace Qt::StringLiterals;
using core::HealthStatus;
using core::ProbeOutcome;
using core::SampleServiceControl;
using core::Status;

namespace {

struct Answer
{
    int httpStatus = 0;
    QByteArray servedBy;
    QByteArray body;
};

QString describe(const Status &status)
{
    return status.ok() ? QString() : status.error().toString();
}

} // namespace

class TestSampleService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void replaceStartsIt();
    void replaceSwapsVersion();
    void stopStopsIt();
    void healthModes_data();
    void healthModes();
    void hangingHealth();
    void healthDelay();
    void busyPortFails();
    void sigtermShutsDownCleanly();

private:
    [[nodiscard]] Status replace(const QString &version, const QStringList &extraArgs = {}) const
    {
        return SampleServiceControl::replace(m_binary, pidFile(), m_dir->filePath(u"sample.log"_s), m_port,
                                             version, u"blue"_s, extraArgs);
    }
    [[nodiscard]] QString pidFile() const { return m_dir->filePath(u"sample.pid"_s); }
    [[nodiscard]] QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
    }
    void get(const QString &path, Answer &answer);
    void probe(const QString &path, int timeoutMs, std::optional<ProbeOutcome> &outcome);

    QString m_binary;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
};

void TestSampleService::initTestCase()
{
    m_binary = NginxSandbox::binDir() + u"/switchyard-sample"_s;
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(u"not built: "_s + m_binary));
}

void TestSampleService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_port = core::findFreeLoopbackPort();
    QVERIFY(m_port != 0);
}

void TestSampleService::cleanup()
{
    const Status stopped = SampleServiceControl::stop(m_binary, pidFile());
    QVERIFY2(stopped.ok(), qPrintable(describe(stopped)));
    m_dir.reset();
}

void TestSampleService::get(const QString &path, Answer &answer)
{
    QNetworkRequest request(url(path));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_nam.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.servedBy = reply->rawHeader("X-Served-By");
    answer.body = reply->readAll();
    reply->deleteLater();
}

void TestSampleService::probe(const QString &path, int timeoutMs, std::optional<ProbeOutcome> &outcome)
{
    core::HealthProbe probe(&m_nam);
    probe.probe(url(path), timeoutMs, this, [&outcome](const ProbeOutcome &o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), timeoutMs + 5000);
}

void TestSampleService::replaceStartsIt()
{
    const Status started = replace(u"v1.0.0"_s, {u"--commit"_s, u"abc1234"_s});
    QVERIFY2(started.ok(), qPrintable(describe(started)));
    const auto pid = core::readPidFile(pidFile());
    QVERIFY(pid);
    QVERIFY(core::isProcessAlive(*pid));

    std::optional<ProbeOutcome> system;
    probe(u"/api/health/system"_s, 3000, system);
    QCOMPARE(system->httpStatus, 200);
    QVERIFY(system->isHealthy());
    QCOMPARE(system->report->format, u"system"_s);
    QCOMPARE(system->report->version, u"v1.0.0"_s);
    QVERIFY(system->report->uptimeMs.has_value());
    QVERIFY(!system->report->checks.isEmpty());
    QCOMPARE(system->servedBy, u"blue"_s);

    std::optional<ProbeOutcome> diag;
    probe(u"/diag-health"_s, 3000, diag);
    QVERIFY(diag->isHealthy());
    QCOMPARE(diag->report->format, u"diag"_s);
    QCOMPARE(diag->report->version, u"v1.0.0"_s);
    QCOMPARE(diag->report->commit, u"abc1234"_s);

    Answer page;
    get(u"/"_s, page);
    QCOMPARE(page.httpStatus, 200);
    QVERIFY(page.body.contains("v1.0.0"));
    QVERIFY(page.body.contains("blue"));
    QCOMPARE(page.servedBy, "blue"_ba);

    Answer hello;
    get(u"/api/hello"_s, hello);
    const QJsonObject json = QJsonDocument::fromJson(hello.body).object();
    QCOMPARE(json.value(u"version"_s).toString(), u"v1.0.0"_s);
    QCOMPARE(json.value(u"slot"_s).toString(), u"blue"_s);
    QCOMPARE(json.value(u"pid"_s).toInteger(), *pid);

    Answer missing;
    get(u"/no/such/page"_s, missing);
    QCOMPARE(missing.httpStatus, 404);
    QCOMPARE(missing.servedBy, "blue"_ba);
}

void TestSampleService::replaceSwapsVersion()
{
    Status status = replace(u"v1.0.0"_s);
    QVERIFY2(status.ok(), qPrintable(describe(status)));
    const auto first = core::readPidFile(pidFile());
    QVERIFY(first);

    status = replace(u"v2.0.0"_s);
    QVERIFY2(status.ok(), qPrintable(describe(status)));
    const auto second = core::readPidFile(pidFile());
    QVERIFY(second);
    QVERIFY(*second != *first);
    QVERIFY2(!core::isProcessAlive(*first), "the old instance is still running");

    std::optional<ProbeOutcome> outcome;
    probe(u"/api/health/system"_s, 3000, outcome);
    QVERIFY(outcome->isHealthy());
    QCOMPARE(outcome->report->version, u"v2.0.0"_s);
}

void TestSampleService::stopStopsIt()
{
    const Status started = replace(u"v1.0.0"_s);
    QVERIFY2(started.ok(), qPrintable(describe(started)));
    const auto pid = core::readPidFile(pidFile());
    QVERIFY(pid);

    Status stopped = SampleServiceControl::stop(m_binary, pidFile());
    QVERIFY2(stopped.ok(), qPrintable(describe(stopped)));
    QVERIFY(!core::isProcessAlive(*pid));
    QVERIFY(!QFileInfo::exists(pidFile()));
    std::optional<ProbeOutcome> outcome;
    probe(u"/api/health/system"_s, 2000, outcome);
    QCOMPARE(outcome->report.error().code, u"health.unreachable"_s);

    stopped = SampleServiceControl::stop(m_binary, pidFile()); // nothing running: still fine
    QVERIFY2(stopped.ok(), qPrintable(describe(stopped)));
}

void TestSampleService::healthModes_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("errorCode"); // empty: a report
    QTest::addColumn<int>("status");

    const QString system = u"/api/health/system"_s;
    const QString diag = u"/diag-health"_s;
    QTest::newRow("system healthy") << u"healthy"_s << system << 200 << QString()
                                    << int(HealthStatus::Healthy);
    QTest::newRow("system degraded") << u"degraded"_s << system << 206 << QString()
                                     << int(HealthStatus::Degraded);
    QTest::newRow("system unhealthy")
        << u"unhealthy"_s << system << 503 << QString() << int(HealthStatus::Unhealthy);
    QTest::newRow("system malformed") << u"malformed"_s << system << 200 << u"health.malformed"_s << 0;
    QTest::newRow("diag degraded is ok")
        << u"degraded"_s << diag << 200 << QString() << int(HealthStatus::Healthy);
    QTest::newRow("diag unhealthy") << u"unhealthy"_s << diag << 503 << QString()
                                    << int(HealthStatus::Unhealthy);
    QTest::newRow("diag malformed") << u"malformed"_s << diag << 200 << u"health.malformed"_s << 0;
}

void TestSampleService::healthModes()
{
    QFETCH(QString, mode);
    QFETCH(QString, path);
    QFETCH(int, httpStatus);
    QFETCH(QString, errorCode);
    QFETCH(int, status);

    const Status started = replace(u"v1.0.0"_s, {u"--health"_s, mode});
    QVERIFY2(started.ok(), qPrintable(describe(started)));
    std::optional<ProbeOutcome> outcome;
    probe(path, 3000, outcome);
    QCOMPARE(outcome->httpStatus, httpStatus);
    QCOMPARE(outcome->servedBy, u"blue"_s);
    if (errorCode.isEmpty()) {
        QVERIFY2(outcome->report.ok(),
                 qPrintable(outcome->report ? QString() : outcome->report.error().toString()));
        QCOMPARE(int(outcome->report->status), status);
        QCOMPARE(outcome->report->version, u"v1.0.0"_s);
    } else {
        QVERIFY(!outcome->report.ok());
        QCOMPARE(outcome->report.error().code, errorCode);
    }
}

void TestSampleService::hangingHealth()
{
    const Status started = replace(u"v1.0.0"_s, {u"--health"_s, u"hang"_s});
    QVERIFY2(started.ok(), qPrintable(describe(started)));
    std::optional<ProbeOutcome> outcome;
    probe(u"/api/health/system"_s, 400, outcome);
    QCOMPARE(outcome->report.error().code, u"health.timeout"_s);
    Answer hello; // the rest of the service still answers
    get(u"/api/hello"_s, hello);
    QCOMPARE(hello.httpStatus, 200);
}

void TestSampleService::healthDelay()
{
    const Status started = replace(u"v1.0.0"_s, {u"--health-delay-ms"_s, u"300"_s});
    QVERIFY2(started.ok(), qPrintable(describe(started)));
    std::optional<ProbeOutcome> outcome;
    probe(u"/api/health/system"_s, 5000, outcome);
    QVERIFY(outcome->isHealthy());
    QVERIFY2(outcome->latencyMs >= 290, qPrintable(QString::number(outcome->latencyMs)));
}

void TestSampleService::busyPortFails()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, m_port));
    const Status started = replace(u"v1.0.0"_s);
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, u"sample.failed"_s);
    QVERIFY2(started.error().message.contains(QString::number(m_port)), qPrintable(started.error().message));
    QVERIFY(!QFileInfo::exists(pidFile()));
}

void TestSampleService::sigtermShutsDownCleanly()
{
    QProcess process;
    process.start(m_binary, {u"--port"_s, QString::number(m_port), u"--version"_s, u"v1.0.0"_s, u"--slot"_s,
                             u"green"_s});
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine());
    QVERIFY2(line.contains(u"green"_s) && line.contains(u"v1.0.0"_s), qPrintable(line));
    process.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 5000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSampleService)
#include "TestSampleService.moc"
