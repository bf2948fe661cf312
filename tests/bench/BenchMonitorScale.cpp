// Monitor scale: Switchyard's health monitor probing N loopback endpoints once a second, against Debian's
// prometheus-blackbox-exporter probing the same endpoints at the same rate, in one run. Prints the CPU time
// per probe of each and the ratio (goal: Switchyard <= the exporter).
//
// The endpoints: one private nginx listening on N loopback ports, each answering a static health document.
// Switchyard: HealthMonitor on a real SQLite workspace of N/2 environments x 2 slots, storing every sample
//   (as in production); CPU = getrusage(RUSAGE_SELF) over the measured seconds, so the monitor's parsing,
//   windows and batched SQLite writes all count.
// Exporter: `prometheus-blackbox-exporter` (module http_2xx) driven like Prometheus scrapes it: a GET of
//   /probe?module=http_2xx&target=… per endpoint per second, from this process; CPU = utime + stime of the
//   exporter's process from /proc/PID/stat (the driver's own CPU is not counted).
// Phases run one after the other so they do not compete for the CPU, in rounds that alternate which goes
// first, so a change in the machine's load hits both alike; the ratio is taken within each round. Prints
// each phase (with the load average), then the median and best over the rounds.
// Usage: BenchMonitorScale [N=1000] [seconds per phase=10] [rounds=3]
#include <algorithm>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "BenchUtil.h"
#include "core/health/HealthMonitor.h"
#include "core/model/Service.h"
#include "core/providers/Ports.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/HealthSampleRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace {

double cpuSecondsSelf()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// utime + stime of a process (and its threads), in seconds.
double cpuSecondsOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which is in parentheses and may hold spaces).
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after "pid (comm) ".
    const double ticks = static_cast<double>(fields.value(11).toLongLong() + fields.value(12).toLongLong());
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

QList<quint16> freePorts(int n)
{
    QSet<quint16> seen;
    QList<quint16> ports;
    while (ports.size() < n) {
        const quint16 port = core::findFreeLoopbackPort(20000, 32000);
        if (port == 0)
            qFatal("no free port");
        if (!seen.contains(port)) {
            seen.insert(port);
            ports << port;
        }
    }
    return ports;
}

bool waitForPort(quint16 port, int timeoutMs)
{
    QNetworkAccessManager nam;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
        request.setTransferTimeout(500);
        QNetworkReply *reply = nam.get(request);
        static_cast<void>(QTest::qWaitFor([reply] { return reply->isFinished(); }, 1000));
        const bool ok = reply->error() == QNetworkReply::NoError ||
                        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0;
        reply->deleteLater();
        if (ok)
            return true;
        QTest::qWait(50);
    }
    return false;
}

struct Figures
{
    qint64 probes = 0;   // successful probes in the measured seconds
    qint64 answered = 0; // all that ended in them (failures and timeouts too)
    double cpuSeconds = 0;
    double seconds = 0;
    [[nodiscard]] double microsPerProbe() const
    {
        return probes > 0 ? cpuSeconds * 1e6 / static_cast<double>(probes) : 0;
    }
    // Per request that ended, failed or not (a timeout costs CPU too): the fairer figure on a saturated
    // machine, where many probes time out.
    [[nodiscard]] double microsPerAnswer() const
    {
        return answered > 0 ? cpuSeconds * 1e6 / static_cast<double>(answered) : 0;
    }
};

// One phase: what succeeded and failed, CPU per probe, the CPU share, and the load average at its end.
void printPhase(const QString &who, const Figures &f, const QString &extra)
{
    bench::print(
        u"  %1: %2 successful probes in %3 s (%4/s), %5 failed or timed out; CPU %6 µs per successful "
        u"probe, %7 µs per answer, %8 % of a CPU%9; %10"_s.arg(who.leftJustified(10))
            .arg(f.probes)
            .arg(f.seconds, 0, 'f', 1)
            .arg(static_cast<double>(f.probes) / f.seconds, 0, 'f', 0)
            .arg(f.answered - f.probes)
            .arg(f.microsPerProbe(), 0, 'f', 1)
            .arg(f.microsPerAnswer(), 0, 'f', 1)
            .arg(100.0 * f.cpuSeconds / f.seconds, 0, 'f', 0)
            .arg(extra.isEmpty() ? QString() : u"; "_s + extra, bench::loadAverage()));
}

// A workspace of N/2 environments x 2 slots, one slot per endpoint.
std::unique_ptr<core::Workspace> makeWorkspace(const QString &dir, const QList<quint16> &ports)
{
    auto opened = core::Workspace::open(dir + u"/bench.sqlite"_s);
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.error().toString()));
    core::Workspace &ws = **opened;
    const auto service = ws.services().create(core::Service{0, u"bench"_s, {}}).value();
    for (int i = 0; i < ports.size() / 2; ++i) {
        core::Environment env;
        env.serviceId = service;
        env.name = u"env%1"_s.arg(i);
        env.position = i;
        env.routerKind = u"nginx"_s;
        const auto id = ws.environments().create(env).value();
        for (int s = 0; s < 2; ++s) {
            core::Slot slot;
            slot.environmentId = id;
            slot.name = s == 0 ? u"blue"_s : u"green"_s;
            slot.role = s == 0 ? core::SlotRole::Live : core::SlotRole::Standby;
            slot.version = u"v1"_s;
            const quint16 port = ports.at(2 * i + s);
            slot.healthUrl = u"http://127.0.0.1:%1/api/health/system"_s.arg(port);
            slot.upstream = u"127.0.0.1:%1"_s.arg(port);
            if (!ws.environments().addSlot(slot).ok())
                qFatal("addSlot");
        }
    }
    return std::move(*opened);
}

Figures runSwitchyard(core::Workspace &ws, int seconds, int warmupS)
{
    QNetworkAccessManager nam;
    core::HealthMonitor monitor(ws, &nam);
    core::HealthMonitor::Options options;
    options.intervalMs = 1000;
    options.probeRouters = false; // no router in this workspace: slot probes only
    monitor.setOptions(options);
    qint64 answered = 0;
    qint64 failed = 0;
    QMap<QString, int> reasons;
    QObject::connect(&monitor, &core::HealthMonitor::sampled, &monitor, [&](const core::HealthSample &s) {
        ++answered;
        if (s.isFailure()) {
            ++failed;
            ++reasons[s.error.section(u':', 0, 0).left(60)];
        }
    });
    monitor.start();
    QTest::qWait(warmupS * 1000);
    const qint64 before = answered;
    const qint64 failedBefore = failed;
    const double cpuBefore = cpuSecondsSelf();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(seconds * 1000);
    Figures f;
    f.cpuSeconds = cpuSecondsSelf() - cpuBefore;
    f.answered = answered - before;
    f.probes = f.answered - (failed - failedBefore); // successful probes
    f.seconds = static_cast<double>(wall.elapsed()) / 1000.0;
    monitor.stop();
    printPhase(u"switchyard"_s, f, u"%1 samples stored in all"_s.arg(ws.healthSamples().rawCount().value()));
    return f;
}

// prometheus-blackbox-exporter, started once; each phase scrapes it for a while.
class Exporter
{
public:
    bool start(const QString &dir)
    {
        const QString binary = QStandardPaths::findExecutable(u"prometheus-blackbox-exporter"_s);
        if (binary.isEmpty()) {
            bench::print(u"prometheus-blackbox-exporter not installed (apt-get install "
                         u"prometheus-blackbox-exporter)"_s);
            return false;
        }
        QFile config(dir + u"/blackbox.yml"_s);
        if (!config.open(QIODevice::WriteOnly))
            qFatal("cannot write blackbox.yml");
        config.write("modules:\n"
                     "  http_2xx:\n"
                     "    prober: http\n"
                     "    timeout: 5s\n"
                     "    http:\n"
                     "      preferred_ip_protocol: ip4\n"
                     "      valid_status_codes: [200]\n");
        config.close();
        m_port = core::findFreeLoopbackPort(20000, 32000);
        m_process.setProgram(binary);
        m_process.setArguments({u"--config.file="_s + config.fileName(),
                                u"--web.listen-address=127.0.0.1:%1"_s.arg(m_port), u"--log.level=warn"_s});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start();
        if (!m_process.waitForStarted(5000) || !waitForPort(m_port, 10000)) {
            bench::print(u"prometheus-blackbox-exporter did not start"_s);
            return false;
        }
        return true;
    }

    ~Exporter()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
    }

    // Scrapes it like Prometheus with a 1 s interval: every second one /probe request per endpoint.
    Figures run(const QList<quint16> &ports, int seconds, int warmupS)
    {
        // Qt opens at most 6 connections per host and manager: several managers, so the scraper is never
        // the bottleneck (Prometheus scrapes each target on its own connection).
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        for (int i = 0; i < 32; ++i)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkAccessManager &nam = *managers.front();
        qint64 answered = 0;
        qint64 succeeded = 0;
        qint64 scraped = 0;
        QString firstFailure;
        QTimer tick;
        tick.setInterval(1000);
        auto scrape = [&] {
            std::size_t next = 0;
            for (quint16 target : ports) {
                QNetworkAccessManager &manager = *managers[next++ % managers.size()];
                QNetworkRequest request(QUrl(
                    u"http://127.0.0.1:%1/probe?module=http_2xx&target=http://127.0.0.1:%2/api/health/system"_s
                        .arg(m_port)
                        .arg(target)));
                request.setTransferTimeout(5000);
                QNetworkReply *reply = manager.get(request);
                ++scraped;
                QObject::connect(reply, &QNetworkReply::finished, &manager, [&, reply] {
                    reply->deleteLater();
                    ++answered;
                    const QByteArray body =
                        reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
                    if (reply->error() == QNetworkReply::NoError && body.contains("\nprobe_success 1"))
                        ++succeeded;
                    else if (firstFailure.isEmpty())
                        firstFailure = reply->errorString() + u" "_s + QString::fromUtf8(body.left(200));
                });
            }
        };
        QObject::connect(&tick, &QTimer::timeout, &nam, scrape);
        tick.start();
        scrape();
        QTest::qWait(warmupS * 1000);
        const qint64 before = answered;
        const qint64 succeededBefore = succeeded;
        const double cpuBefore = cpuSecondsOf(m_process.processId());
        QElapsedTimer wall;
        wall.start();
        QTest::qWait(seconds * 1000);
        Figures f;
        f.cpuSeconds = cpuSecondsOf(m_process.processId()) - cpuBefore;
        f.answered = answered - before;
        f.probes = succeeded - succeededBefore; // probe_success 1
        f.seconds = static_cast<double>(wall.elapsed()) / 1000.0;
        tick.stop();
        // Let the last scrapes (and the exporter's probes behind them) end before the managers go and the
        // next phase starts (not measured).
        static_cast<void>(QTest::qWaitFor([&] { return answered >= scraped; }, 7000));
        printPhase(u"exporter"_s, f,
                   firstFailure.isEmpty() ? QString() : u"first failure: "_s + firstFailure.simplified());
        return f;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Debug lines (one per probe) would measure the terminal, not the monitor.
    QLoggingCategory::setFilterRules(u"*.debug=false\nswitchyard.*.info=false"_s);
    const int endpoints = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int seconds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10;
    const int rounds = argc > 3 ? std::max(1, QString::fromLocal8Bit(argv[3]).toInt()) : 3;
    const int warmupS = 2;
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);

    QTemporaryDir dir;
    const QList<quint16> ports = freePorts(endpoints);
    // nginx: one server listening on every port, a static health document on each.
    QDir().mkpath(dir.filePath(u"nginx/logs"_s));
    QDir().mkpath(dir.filePath(u"nginx/conf"_s));
    QDir().mkpath(dir.filePath(u"nginx/tmp"_s));
    QString listens;
    for (quint16 port : ports)
        listens += u"        listen 127.0.0.1:%1;\n"_s.arg(port);
    const QString prefix = dir.filePath(u"nginx"_s);
    const QString conf = uR"(worker_processes 1;
worker_rlimit_nofile 65536;
daemon off;
pid %1/nginx.pid;
error_log %1/logs/error.log warn;
events { worker_connections 16384; }
http {
    access_log off;
    client_body_temp_path %1/tmp/body;
    proxy_temp_path %1/tmp/proxy;
    fastcgi_temp_path %1/tmp/fastcgi;
    uwsgi_temp_path %1/tmp/uwsgi;
    scgi_temp_path %1/tmp/scgi;
    keepalive_requests 1000000;
    server {
%2        default_type application/json;
        location / { return 200 '{"status":"healthy","checks":[{"name":"database","status":"healthy"}],"uptime":1,"version":"v1"}'; }
    }
}
)"_s.arg(prefix, listens);
    QFile confFile(prefix + u"/conf/nginx.conf"_s);
    if (!confFile.open(QIODevice::WriteOnly))
        qFatal("cannot write nginx.conf");
    confFile.write(conf.toUtf8());
    confFile.close();
    QProcess nginx;
    nginx.start(u"nginx"_s, {u"-p"_s, prefix + u"/"_s, u"-c"_s, confFile.fileName(), u"-e"_s,
                             prefix + u"/logs/error.log"_s});
    if (!nginx.waitForStarted(5000) || !waitForPort(ports.first(), 10000) ||
        !waitForPort(ports.last(), 10000)) {
        bench::print(u"nginx did not start: "_s + QString::fromUtf8(nginx.readAllStandardError()));
        return 1;
    }

    bench::print(
        u"monitor scale: %1 loopback endpoints, once a second; %2 rounds, each one phase of Switchyard "
        u"and one of the exporter (alternating which goes first), %3 s measured after %4 s warm-up "
        u"per phase; CPU = the prober's own process CPU time"_s.arg(endpoints)
            .arg(rounds)
            .arg(seconds)
            .arg(warmupS));
    bench::print(u"before: "_s + bench::loadAverage());
    const std::unique_ptr<core::Workspace> ws = makeWorkspace(dir.path(), ports);
    Exporter exporter;
    const bool haveExporter = exporter.start(dir.path());
    QList<double> oursPerProbe, theirsPerProbe, ratios, answerRatios, oursRate, theirsRate;
    // Between phases: nothing runs for a moment, so one phase's stragglers do not land in the next.
    const auto coolDown = [] { QTest::qWait(3000); };
    for (int round = 0; round < rounds; ++round) {
        bench::print(u"round %1:"_s.arg(round + 1));
        Figures ours;
        Figures theirs;
        if (round % 2 == 1 && haveExporter) {
            theirs = exporter.run(ports, seconds, warmupS);
            coolDown();
        }
        ours = runSwitchyard(*ws, seconds, warmupS);
        coolDown();
        if (round % 2 == 0 && haveExporter) {
            theirs = exporter.run(ports, seconds, warmupS);
            coolDown();
        }
        oursPerProbe << ours.microsPerProbe();
        oursRate << static_cast<double>(ours.probes) / ours.seconds;
        if (theirs.probes > 0) {
            theirsPerProbe << theirs.microsPerProbe();
            theirsRate << static_cast<double>(theirs.probes) / theirs.seconds;
            ratios << ours.microsPerProbe() / theirs.microsPerProbe();
            answerRatios << ours.microsPerAnswer() / theirs.microsPerAnswer();
        }
    }
    nginx.terminate();
    nginx.waitForFinished(5000);

    const auto best = [](const QList<double> &values) {
        return values.isEmpty() ? 0.0 : *std::min_element(values.cbegin(), values.cend());
    };
    bench::print(u"switchyard HealthMonitor:     CPU per probe median %1 µs (best %2), %3 probes/s median"_s
                     .arg(bench::percentile(oursPerProbe, 0.5), 0, 'f', 1)
                     .arg(best(oursPerProbe), 0, 'f', 1)
                     .arg(bench::percentile(oursRate, 0.5), 0, 'f', 0));
    if (!theirsPerProbe.isEmpty()) {
        bench::print(
            u"prometheus-blackbox-exporter: CPU per probe median %1 µs (best %2), %3 probes/s median"_s
                .arg(bench::percentile(theirsPerProbe, 0.5), 0, 'f', 1)
                .arg(best(theirsPerProbe), 0, 'f', 1)
                .arg(bench::percentile(theirsRate, 0.5), 0, 'f', 0));
        QStringList each;
        for (double r : std::as_const(ratios))
            each << QString::number(r, 'f', 2);
        bench::print(
            u"ratio switchyard / exporter (same round): median %1, best %2, per round %3 (goal <= 1)"_s
                .arg(bench::percentile(ratios, 0.5), 0, 'f', 2)
                .arg(best(ratios), 0, 'f', 2)
                .arg(each.join(u", "_s)));
    }
    bench::print(u"after: "_s + bench::loadAverage());
    return 0;
}
