// Rollback through Cloudflare KV: Switchyard's rollback core (write ACTIVE_ENV + read-back verify,
// CloudflareKvRouter::writeAndReadBack) against the floor of the same two requests made with curl,
// against the same spec-checking fake, in one run. Usage: BenchKvRollback [iterations]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryFile>

#include "BenchUtil.h"
#include "FakeCloudflare.h"
#include "core/http/HttpClient.h"
#include "core/providers/cloud/CloudflareKvRouter.h"

using namespace Qt::StringLiterals;
using fakes::FakeCloudflare;

namespace {

core::CloudflareSettings settingsFor(const FakeCloudflare &fake)
{
    core::CloudflareSettings s;
    s.apiBaseUrl = fake.baseUrl();
    s.accountId = QString::fromLatin1(FakeCloudflare::kAccount);
    s.namespaceId = QString::fromLatin1(FakeCloudflare::kNamespace);
    s.publicHealthUrl = fake.edgeUrl();
    return s;
}

enum class Connection
{
    Warm,          // the shared QNAM's open connection
    NewConnection, // the shared QNAM (as in the running app or CLI), its connections closed: a new TCP
                   // connection, as curl opens
    NewManager,    // a QNetworkAccessManager built for this rollback alone
};

// One rollback by Switchyard.
double switchyardOnce(const FakeCloudflare &fake,
                      QNetworkAccessManager *shared,
                      const QString &slot,
                      Connection connection)
{
    std::unique_ptr<QNetworkAccessManager> own;
    QNetworkAccessManager *nam = shared;
    if (connection == Connection::NewManager) {
        own = std::make_unique<QNetworkAccessManager>();
        nam = own.get();
    } else if (connection == Connection::NewConnection) {
        shared->clearConnectionCache();
    }
    core::CloudflareKvRouter router(settingsFor(fake), nam, core::staticToken("cf-test-token"));
    QEventLoop loop;
    bool ok = false;
    QElapsedTimer clock;
    clock.start();
    router.writeAndReadBack(slot, &loop, [&](const core::Status &status) {
        ok = status.ok();
        if (!ok)
            bench::print(u"switchyard failed: "_s + status.error().toString());
        loop.quit();
    });
    loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    return ok ? ms : -1;
}

// The same two requests with one curl process (connection reused between them); the figure is
// curl's own time_total of both, without process start-up.
double curlOnce(const FakeCloudflare &fake, const QString &headerFile, const QString &value)
{
    const QString url =
        fake.baseUrl().toString() +
        u"/accounts/%1/storage/kv/namespaces/%2/values/ACTIVE_ENV"_s.arg(
            QLatin1String(FakeCloudflare::kAccount), QLatin1String(FakeCloudflare::kNamespace));
    const QStringList args{u"-s"_s,
                           u"-o"_s,
                           u"/dev/null"_s,
                           u"-w"_s,
                           u"%{time_total} %{time_connect} %{time_pretransfer} %{time_starttransfer}\\n"_s,
                           u"-X"_s,
                           u"PUT"_s,
                           u"-H"_s,
                           u"@"_s + headerFile,
                           u"-H"_s,
                           u"Content-Type: application/octet-stream"_s,
                           u"--data-binary"_s,
                           value,
                           url,
                           u"--next"_s,
                           u"-s"_s,
                           u"-o"_s,
                           u"/dev/null"_s,
                           u"-w"_s,
                           u"%{time_total} %{time_connect} %{time_pretransfer} %{time_starttransfer}\\n"_s,
                           u"-H"_s,
                           u"@"_s + headerFile,
                           url};
    QProcess curl;
    QEventLoop loop;
    QObject::connect(&curl, &QProcess::finished, &loop, &QEventLoop::quit);
    curl.start(u"curl"_s, args);
    loop.exec();
    double total = 0;
    const QList<QByteArray> lines = curl.readAllStandardOutput().trimmed().split('\n');
    if (curl.exitCode() != 0 || lines.size() != 2)
        return -1;
    for (const QByteArray &line : lines)
        total += line.trimmed().split(' ').first().toDouble() * 1000.0;
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
        bench::print(QString::fromLatin1(lines.join(" | ")));
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // As the switchyard binary runs by default (app/main.cpp): request traces only with --verbose.
    QLoggingCategory::setFilterRules(u"switchyard.*.info=false\nswitchyard.*.debug=false"_s);
    const int iterations = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    FakeCloudflare fake;
    if (!fake.startAll()) {
        bench::print(u"could not start the Cloudflare fake"_s);
        return 1;
    }
    fake.setValue(u"ACTIVE_ENV"_s, "A");
    QTemporaryFile headers; // the token stays off the command line
    if (!headers.open())
        return 1;
    headers.write("Authorization: Bearer cf-test-token\n");
    headers.flush();

    QNetworkAccessManager shared;
    QList<double> cold;
    QList<double> fresh;
    QList<double> warm;
    QList<double> curl;
    switchyardOnce(fake, &shared, u"green"_s, Connection::Warm); // warm-up
    curlOnce(fake, headers.fileName(), u"B"_s);
    for (int i = 0; i < iterations; ++i) {
        const bool even = i % 2 == 0;
        const double c = curlOnce(fake, headers.fileName(), even ? u"A"_s : u"B"_s);
        const double s = switchyardOnce(fake, &shared, even ? u"blue"_s : u"green"_s, Connection::NewManager);
        const double f =
            switchyardOnce(fake, &shared, even ? u"green"_s : u"blue"_s, Connection::NewConnection);
        const double w = switchyardOnce(fake, &shared, even ? u"blue"_s : u"green"_s, Connection::Warm);
        if (c < 0 || s < 0 || f < 0 || w < 0) {
            bench::print(u"a rollback failed; violations: "_s + fake.violations().join(u"; "_s));
            return 1;
        }
        curl << c;
        cold << s;
        fresh << f;
        warm << w;
    }
    if (!fake.violations().isEmpty()) {
        bench::print(u"spec violations: "_s + fake.violations().join(u"; "_s));
        return 1;
    }
    const double curlMedian = bench::percentile(curl, 0.5);
    const double coldMedian = bench::percentile(cold, 0.5);
    const double freshMedian = bench::percentile(fresh, 0.5);
    const double warmMedian = bench::percentile(warm, 0.5);
    bench::print(
        u"KV rollback (PUT ACTIVE_ENV + read-back GET), %1 iterations, median [p90]:"_s.arg(iterations));
    bench::print(u"  curl floor (curl's time_total, both requests, one connection): %1 ms [%2]"_s
                     .arg(curlMedian, 0, 'f', 3)
                     .arg(bench::percentile(curl, 0.9), 0, 'f', 3));
    bench::print(u"  Switchyard, new connection (shared QNAM, connections closed): %1 ms [%2]"_s
                     .arg(freshMedian, 0, 'f', 3)
                     .arg(bench::percentile(fresh, 0.9), 0, 'f', 3));
    bench::print(u"  Switchyard, new QNAM built for this rollback:                 %1 ms [%2]"_s
                     .arg(coldMedian, 0, 'f', 3)
                     .arg(bench::percentile(cold, 0.9), 0, 'f', 3));
    bench::print(u"  Switchyard, warm connection (shared QNAM):                    %1 ms [%2]"_s
                     .arg(warmMedian, 0, 'f', 3)
                     .arg(bench::percentile(warm, 0.9), 0, 'f', 3));
    bench::print(u"  ratio new connection/curl: %1x (goal <= 1.5x); new QNAM/curl: %2x; warm/curl: %3x"_s
                     .arg(freshMedian / curlMedian, 0, 'f', 2)
                     .arg(coldMedian / curlMedian, 0, 'f', 2)
                     .arg(warmMedian / curlMedian, 0, 'f', 2));
    return 0;
}
