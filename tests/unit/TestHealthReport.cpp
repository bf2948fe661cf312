#include <QTest>

#include "core/providers/HealthReport.h"

using namespace Qt::StringLiterals;
using core::HealthReport;
using core::HealthStatus;

namespace {

// The seed's (004) healthy answer.
const QByteArray kSystemHealthy = R"({
  "status": "healthy",
  "checks": [
    {"name": "database", "status": "healthy", "latency": 45},
    {"name": "redis", "status": "healthy", "latency": 12},
    {"name": "ai_service", "status": "healthy"}
  ],
  "uptime": 3600000,
  "version": "1.0.0"
})"_ba;

const QByteArray kSystemDegraded =
    R"({"status": "degraded", "checks": [{"name": "redis", "status": "degraded", "error": "Connection timeout"}]})"_ba;

const QByteArray kSystemUnhealthy =
    R"({"status": "unhealthy", "checks": [{"name": "database", "status": "unhealthy", "error": "Connection refused"}]})"_ba;

// The seed's (000) diag-health answer.
const QByteArray kDiagOk =
    R"({"ok": true, "projectRef": "prod-b", "commitSha": "abc1234", "version": "v2.0.0", "timestamp": "2024-05-01T10:00:00Z"})"_ba;

} // namespace

class TestHealthReport : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void systemDetails();
    void diagDetails();
    void versionMatches_data();
    void versionMatches();
    void statusNames();
};

void TestHealthReport::parse_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode"); // empty: parses
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("messageContains");

    const int healthy = int(HealthStatus::Healthy);
    const int degraded = int(HealthStatus::Degraded);
    const int unhealthy = int(HealthStatus::Unhealthy);
    const QString malformed = u"health.malformed"_s;
    const QString http = u"health.http"_s;

    QTest::newRow("system healthy 200")
        << 200 << kSystemHealthy << QString() << healthy << u"system"_s << QString();
    QTest::newRow("system degraded 206")
        << 206 << kSystemDegraded << QString() << degraded << u"system"_s << QString();
    QTest::newRow("system unhealthy 503")
        << 503 << kSystemUnhealthy << QString() << unhealthy << u"system"_s << QString();
    QTest::newRow("system status case-insensitive") << 200 << R"({"status": "Healthy", "checks": []})"_ba
                                                    << QString() << healthy << u"system"_s << QString();
    QTest::newRow("diag ok 200") << 200 << kDiagOk << QString() << healthy << u"diag"_s << QString();
    QTest::newRow("diag not ok 503") << 503 << R"({"ok": false, "projectRef": "prod-b"})"_ba << QString()
                                     << unhealthy << u"diag"_s << QString();
    QTest::newRow("diag not ok 500") << 500 << R"({"ok": false})"_ba << QString() << unhealthy << u"diag"_s
                                     << QString();

    QTest::newRow("200 but body unhealthy") << 200 << kSystemUnhealthy << malformed << 0 << QString()
                                            << u"HTTP 200 but the health report says \"unhealthy\""_s;
    QTest::newRow("503 but body healthy") << 503 << kSystemHealthy << malformed << 0 << QString()
                                          << u"HTTP 503 but the health report says \"healthy\""_s;
    QTest::newRow("200 but body degraded")
        << 200 << kSystemDegraded << malformed << 0 << QString() << u"expected HTTP 206"_s;
    QTest::newRow("500 with system body")
        << 500 << kSystemUnhealthy << malformed << 0 << QString() << u"expected HTTP 503"_s;
    QTest::newRow("diag ok but 503") << 503 << kDiagOk << malformed << 0 << QString() << u"\"ok\": true"_s;

    QTest::newRow("not json") << 200 << "<html>oops</html>"_ba << malformed << 0 << QString() << u"offset"_s;
    QTest::newRow("truncated json") << 200 << R"({"status": "healthy", "checks": [)"_ba << malformed << 0
                                    << QString() << u"not JSON"_s;
    QTest::newRow("empty body") << 200 << QByteArray() << malformed << 0 << QString() << u"empty body"_s;
    QTest::newRow("json array") << 200 << "[1, 2]"_ba << malformed << 0 << QString() << u"not an object"_s;
    QTest::newRow("neither format") << 200 << R"({"alive": true})"_ba << malformed << 0 << QString()
                                    << u"neither \"status\""_s;

    QTest::newRow("unknown status") << 200 << R"({"status": "fine", "checks": []})"_ba << malformed << 0
                                    << QString() << u"\"fine\", which is not one of"_s;
    QTest::newRow("status not a string") << 200 << R"({"status": 1, "checks": []})"_ba << malformed << 0
                                         << QString() << u"\"status\" must be a string"_s;
    QTest::newRow("checks missing") << 200 << R"({"status": "healthy"})"_ba << malformed << 0 << QString()
                                    << u"no field \"checks\""_s;
    QTest::newRow("checks not an array") << 200 << R"({"status": "healthy", "checks": {}})"_ba << malformed
                                         << 0 << QString() << u"\"checks\" must be an array"_s;
    QTest::newRow("check not an object")
        << 200 << R"({"status": "healthy", "checks": ["db"]})"_ba << malformed << 0 << QString()
        << u"\"checks[0]\" must be an object"_s;
    QTest::newRow("check without name")
        << 200 << R"({"status": "healthy", "checks": [{"status": "healthy"}]})"_ba << malformed << 0
        << QString() << u"no field \"checks[0].name\""_s;
    QTest::newRow("check with unknown status")
        << 200
        << R"({"status": "healthy", "checks": [{"name": "a", "status": "healthy"}, {"name": "b", "status": "meh"}]})"_ba
        << malformed << 0 << QString() << u"\"checks[1].status\" is \"meh\""_s;
    QTest::newRow("check latency not a number")
        << 200
        << R"({"status": "healthy", "checks": [{"name": "a", "status": "healthy", "latency": "5ms"}]})"_ba
        << malformed << 0 << QString() << u"\"checks[0].latency\" must be a number"_s;
    QTest::newRow("uptime not a number") << 200 << R"({"status": "healthy", "checks": [], "uptime": "1h"})"_ba
                                         << malformed << 0 << QString() << u"\"uptime\" must be a number"_s;
    QTest::newRow("uptime negative") << 200 << R"({"status": "healthy", "checks": [], "uptime": -5})"_ba
                                     << malformed << 0 << QString() << u"\"uptime\" is negative"_s;
    QTest::newRow("version not a string")
        << 200 << R"({"status": "healthy", "checks": [], "version": 1.2})"_ba << malformed << 0 << QString()
        << u"\"version\" must be a string"_s;
    QTest::newRow("ok not a boolean") << 200 << R"({"ok": "yes", "version": "1"})"_ba << malformed << 0
                                      << QString() << u"\"ok\" must be true or false"_s;
    QTest::newRow("diag ok without version") << 200 << R"({"ok": true, "commitSha": "abc"})"_ba << malformed
                                             << 0 << QString() << u"no field \"version\""_s;
    QTest::newRow("diag commitSha not a string")
        << 200 << R"({"ok": true, "version": "1", "commitSha": 7})"_ba << malformed << 0 << QString()
        << u"\"commitSha\" must be a string"_s;
    QTest::newRow("diag timestamp wrong type")
        << 200 << R"({"ok": true, "version": "1", "timestamp": [1]})"_ba << malformed << 0 << QString()
        << u"\"timestamp\" must be a string or a number"_s;

    QTest::newRow("404 html page") << 404 << "<html>Not Found</html>"_ba << http << 0 << QString()
                                   << u"HTTP 404"_s;
    QTest::newRow("500 plain text") << 500 << "Internal error"_ba << http << 0 << QString() << u"HTTP 500"_s;
    QTest::newRow("502 empty") << 502 << QByteArray() << http << 0 << QString() << u"HTTP 502"_s;
    QTest::newRow("404 json without report")
        << 404 << R"({"error": "no route"})"_ba << http << 0 << QString() << u"HTTP 404"_s;
}

void TestHealthReport::parse()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    QFETCH(int, status);
    QFETCH(QString, format);
    QFETCH(QString, messageContains);

    const auto report = HealthReport::parse(httpStatus, body);
    if (errorCode.isEmpty()) {
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(int(report->status), status);
        QCOMPARE(report->format, format);
        QCOMPARE(report->httpStatus, httpStatus);
    } else {
        QVERIFY2(!report.ok(), "a broken report was accepted");
        QCOMPARE(report.error().code, errorCode);
        QVERIFY2(report.error().message.contains(messageContains),
                 qPrintable(u"message \"%1\" lacks \"%2\""_s.arg(report.error().message, messageContains)));
    }
}

void TestHealthReport::systemDetails()
{
    const auto healthy = HealthReport::parse(200, kSystemHealthy);
    QVERIFY(healthy.ok());
    QCOMPARE(healthy->version, u"1.0.0"_s);
    QCOMPARE(healthy->uptimeMs, std::optional<qint64>(3600000));
    QCOMPARE(healthy->checks.size(), 3);
    QCOMPARE(healthy->checks.at(0).name, u"database"_s);
    QCOMPARE(healthy->checks.at(0).latencyMs, std::optional<int>(45));
    QCOMPARE(healthy->checks.at(2).latencyMs, std::nullopt);

    const auto degraded = HealthReport::parse(206, kSystemDegraded);
    QVERIFY(degraded.ok());
    QVERIFY(degraded->version.isEmpty());
    QCOMPARE(degraded->uptimeMs, std::nullopt);
    QCOMPARE(degraded->checks.size(), 1);
    QCOMPARE(int(degraded->checks.at(0).status), int(HealthStatus::Degraded));
    QCOMPARE(degraded->checks.at(0).error, u"Connection timeout"_s);
}

void TestHealthReport::diagDetails()
{
    const auto report = HealthReport::parse(200, kDiagOk);
    QVERIFY(report.ok());
    QCOMPARE(report->version, u"v2.0.0"_s);
    QCOMPARE(report->commit, u"abc1234"_s);
    QCOMPARE(report->projectRef, u"prod-b"_s);
    QVERIFY(report->checks.isEmpty());
}

void TestHealthReport::versionMatches_data()
{
    QTest::addColumn<QString>("reported");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << u"1.2.3"_s << u"1.2.3"_s << true;
    QTest::newRow("v reported") << u"v1.2.3"_s << u"1.2.3"_s << true;
    QTest::newRow("v expected") << u"1.2.3"_s << u"v1.2.3"_s << true;
    QTest::newRow("both v") << u"v1.2.3"_s << u"v1.2.3"_s << true;
    QTest::newRow("capital V") << u"V1.2.3"_s << u"v1.2.3"_s << true;
    QTest::newRow("different patch") << u"1.2.3"_s << u"1.2.4"_s << false;
    QTest::newRow("prefix is not a match") << u"1.2.30"_s << u"1.2.3"_s << false;
    QTest::newRow("only one v is insignificant") << u"vv1.2.3"_s << u"1.2.3"_s << false;
    QTest::newRow("empty reported") << QString() << u"1.2.3"_s << false;
    QTest::newRow("both empty") << QString() << QString() << false;
}

void TestHealthReport::versionMatches()
{
    QFETCH(QString, reported);
    QFETCH(QString, expected);
    QFETCH(bool, matches);
    QCOMPARE(HealthReport::versionMatches(reported, expected), matches);
}

void TestHealthReport::statusNames()
{
    QCOMPARE(core::healthStatusToString(HealthStatus::Healthy), u"healthy"_s);
    QCOMPARE(core::healthStatusToString(HealthStatus::Degraded), u"degraded"_s);
    QCOMPARE(core::healthStatusToString(HealthStatus::Unhealthy), u"unhealthy"_s);
}

QTEST_GUILESS_MAIN(TestHealthReport)
#include "TestHealthReport.moc"
