// The leadership view on five years of history: 50,000 deployments (with their steps), 2,000
// incidents with timelines (status changes, notes, linked deployments, communications). Generates
// the workspace in one transaction, then measures the GUI from process start to the leadership
// window's first paint, and the process's peak memory. Goal: under 1 s and 200 MB.
// Runs on the X server in $DISPLAY (xvfb-run) if there is one, else on the offscreen platform.
#include <tuple>
#include <utility>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "BenchUtil.h"
#include "NginxSandbox.h"
#include "core/incidents/DoraReport.h"
#include "core/incidents/Incidents.h"
#include "core/incidents/LeadershipSummary.h"
#include "core/incidents/Timeline.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kDeployments = 50000;
constexpr int kIncidents = 2000;
constexpr int kDays = 5 * 365;

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    bench::print(u"insert failed: "_s + q.lastError().text());
    return false;
}

// Fills the workspace: one service, development → staging → production, one release per cycle.
bool generate(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return false;
    const qint64 dayMs = 86'400'000;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - kDays * dayMs;
    q.exec(u"INSERT INTO services (name, description, created_at) VALUES ('shop', '', %1)"_s.arg(start));
    const QStringList envNames{u"development"_s, u"staging"_s, u"production"_s};
    for (int e = 0; e < 3; ++e) {
        q.exec(u"INSERT INTO environments (service_id, name, position, router_kind, created_at) "
               "VALUES (1, '%1', %2, 'nginx', %3)"_s.arg(envNames.at(e))
                   .arg(e)
                   .arg(start));
        for (const QString &slot : {u"blue"_s, u"green"_s}) {
            q.exec(u"INSERT INTO slots (environment_id, name, role, version, health_url, upstream) VALUES "
                   "(%1, '%2', '%3', 'v1.0.0', 'http://127.0.0.1:1/health', '127.0.0.1:1')"_s.arg(e + 1)
                       .arg(slot, slot == u"blue" ? u"live"_s : u"standby"_s));
        }
    }
    QSqlQuery release(db), deployment(db), step(db), incident(db), entry(db), link(db), comm(db), attempt(db);
    release.prepare(u"INSERT INTO releases (id, service_id, version, commit_sha, digest, created_at) "
                    "VALUES (?, 1, ?, 'c0ffee', 'digest', ?)"_s);
    deployment.prepare(
        u"INSERT INTO deployments (id, environment_id, release_id, version, kind, status, from_slot, "
        "to_slot, plan_digest, plan, requested_by, rollback_of, started_at, finished_at, current_step) "
        "VALUES (?, ?, ?, ?, ?, ?, 'blue', 'green', 'digest', '{}', 'alex', ?, ?, ?, ?)"_s);
    step.prepare(
        u"INSERT INTO step_records (deployment_id, seq, name, attempt, status, started_at, finished_at) "
        "VALUES (?, ?, ?, 1, ?, ?, ?)"_s);
    incident.prepare(
        u"INSERT INTO incidents (id, title, severity, status, services, environments, commander, "
        "opened_by, automatic, started_at, detected_at, mitigated_at, resolved_at, created_at) "
        "VALUES (?, ?, ?, ?, '[\"shop\"]', '[\"production\"]', 'sam', 'sam', 1, ?, ?, ?, ?, ?)"_s);
    entry.prepare(
        u"INSERT INTO incident_entries (incident_id, at, kind, author, status, body) VALUES (?, ?, ?, 'sam', ?, ?)"_s);
    link.prepare(
        u"INSERT INTO incident_deployments (incident_id, deployment_id, relation) VALUES (?, ?, ?)"_s);
    comm.prepare(
        u"INSERT INTO incident_communications (id, incident_id, channel, status, body, author, state, "
        u"attempts, "
        "max_attempts, created_at, sent_at) VALUES (?, ?, ?, ?, 'We are investigating.', 'sam', 'sent', 1, 5, ?, ?)"_s);
    attempt.prepare(
        u"INSERT INTO incident_communication_attempts (communication_id, at, ok, http_status, message) "
        "VALUES (?, ?, 1, 200, 'accepted')"_s);
    const QStringList steps{u"preflight"_s, u"deploy-standby"_s, u"verify-standby"_s,
                            u"switch"_s,    u"monitor"_s,        u"finalize"_s};
    QRandomGenerator rng(7);
    const qint64 spacing = kDays * dayMs / kDeployments;
    qint64 id = 0;
    qint64 releaseId = 0;
    qint64 incidentId = 0;
    qint64 commId = 0;
    // Production failures that become incidents: every 25th production deploy fails in monitoring and is
    // rolled back automatically; roughly 2,000 of them.
    while (id < kDeployments) {
        const qint64 t0 = start + id * spacing;
        ++releaseId;
        release.addBindValue(releaseId);
        release.addBindValue(u"v%1.%2.0"_s.arg(releaseId / 100 + 1).arg(releaseId % 100));
        release.addBindValue(t0 - 3'600'000);
        if (!exec(release))
            return false;
        for (int env = 1; env <= 3 && id < kDeployments; ++env) {
            const qint64 d = ++id;
            const qint64 started = start + d * spacing;
            const bool fails = env == 3 && releaseId % 8 == 0 && incidentId < kIncidents;
            const qint64 finished = started + 240'000 + rng.bounded(120'000);
            deployment.addBindValue(d);
            deployment.addBindValue(env);
            deployment.addBindValue(releaseId);
            deployment.addBindValue(u"v%1.%2.0"_s.arg(releaseId / 100 + 1).arg(releaseId % 100));
            deployment.addBindValue(u"deploy"_s);
            deployment.addBindValue(fails ? u"failed"_s : u"succeeded"_s);
            deployment.addBindValue(QVariant(QMetaType::fromType<qint64>()));
            deployment.addBindValue(started);
            deployment.addBindValue(finished);
            deployment.addBindValue(fails ? u"monitor"_s : u"finalize"_s);
            if (!exec(deployment))
                return false;
            for (int s = 0; s < steps.size(); ++s) {
                const qint64 s0 = started + s * 40'000;
                step.addBindValue(d);
                step.addBindValue(s + 1);
                step.addBindValue(steps.at(s));
                step.addBindValue(fails && s == 4 ? u"failed"_s : u"succeeded"_s);
                step.addBindValue(s0);
                step.addBindValue(s0 + 39'000);
                if (!exec(step))
                    return false;
                if (fails && s == 4)
                    break;
            }
            if (!fails || id >= kDeployments)
                continue;
            // The automatic rollback and its incident.
            const qint64 rb = ++id;
            deployment.addBindValue(rb);
            deployment.addBindValue(env);
            deployment.addBindValue(QVariant(QMetaType::fromType<qint64>()));
            deployment.addBindValue(u"v1.0.0"_s);
            deployment.addBindValue(u"rollback"_s);
            deployment.addBindValue(u"succeeded"_s);
            deployment.addBindValue(d);
            deployment.addBindValue(finished);
            deployment.addBindValue(finished + 30'000);
            deployment.addBindValue(u"switch"_s);
            if (!exec(deployment))
                return false;
            const qint64 inc = ++incidentId;
            const qint64 impact = started + 160'000;
            const bool open = inc > kIncidents - 3;
            incident.addBindValue(inc);
            incident.addBindValue(u"Automatic rollback of release %1 in production"_s.arg(releaseId));
            incident.addBindValue(inc % 10 == 0 ? u"P0"_s : (inc % 3 == 0 ? u"P2"_s : u"P1"_s));
            incident.addBindValue(open ? u"investigating"_s : u"resolved"_s);
            incident.addBindValue(impact);
            incident.addBindValue(finished);
            incident.addBindValue(finished + 30'000);
            incident.addBindValue(open ? QVariant(QMetaType::fromType<qint64>())
                                       : QVariant(finished + 3'600'000));
            incident.addBindValue(finished);
            if (!exec(incident))
                return false;
            for (const auto &[relation, dep] : {std::pair{u"cause"_s, d}, std::pair{u"rollback"_s, rb}}) {
                link.addBindValue(inc);
                link.addBindValue(dep);
                link.addBindValue(relation);
                if (!exec(link))
                    return false;
            }
            const QList<std::tuple<qint64, QString, QString, QString>> entries{
                {finished, u"status"_s, u"investigating"_s, u"error rate over 5 %"_s},
                {finished + 30'000, u"status"_s, u"monitoring"_s, u"traffic back on the old slot"_s},
                {finished + 600'000, u"note"_s, u""_s, u"root cause looks like a cache key"_s},
                {finished + 3'600'000, u"status"_s, u"resolved"_s, u"all clear"_s},
            };
            for (const auto &[at, kind, status, body] : entries) {
                if (open && status == u"resolved")
                    continue;
                entry.addBindValue(inc);
                entry.addBindValue(at);
                entry.addBindValue(kind);
                entry.addBindValue(status);
                entry.addBindValue(body);
                if (!exec(entry))
                    return false;
            }
            for (const QString &channel : {u"slack"_s, u"statuspage"_s}) {
                const qint64 c = ++commId;
                comm.addBindValue(c);
                comm.addBindValue(inc);
                comm.addBindValue(channel);
                comm.addBindValue(u"investigating"_s);
                comm.addBindValue(finished + 60'000);
                comm.addBindValue(finished + 61'000);
                if (!exec(comm))
                    return false;
                attempt.addBindValue(c);
                attempt.addBindValue(finished + 61'000);
                if (!exec(attempt))
                    return false;
            }
        }
    }
    bench::print(
        u"generated %1 deployments, %2 releases, %3 incidents"_s.arg(id).arg(releaseId).arg(incidentId));
    return q.exec(u"COMMIT"_s) && q.exec(u"ANALYZE"_s);
}

// The machine's load (1, 5, 15 minutes), as `uptime` shows it.
QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

// "key_ms=12" → 12 in a child's report line; -1 if missing.
double field(const QString &line, const QString &key)
{
    const QString value = line.section(key + u'=', 1).section(u' ', 0, 0);
    bool ok = false;
    const double v = value.toDouble(&ok);
    return ok ? v : -1;
}

// Whether `path` already holds the generated history (SWITCHYARD_BENCH_KEEP reuses it: generation is slow).
bool hasHistory(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    auto ws = core::Workspace::open(path);
    if (!ws.ok())
        return false;
    QSqlQuery q((*ws)->database());
    return q.exec(u"SELECT (SELECT COUNT(*) FROM deployments), (SELECT COUNT(*) FROM incidents)"_s) &&
           q.next() && q.value(0).toInt() == kDeployments && q.value(1).toInt() == kIncidents;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5;
    QTemporaryDir dir;
    // SWITCHYARD_BENCH_KEEP=FILE keeps the generated workspace there and reuses it on the next run.
    const QString keep = qEnvironmentVariable("SWITCHYARD_BENCH_KEEP");
    const QString path = keep.isEmpty() ? dir.filePath(u"history.sqlite"_s) : keep;
    if (!keep.isEmpty() && hasHistory(path)) {
        bench::print(u"reusing the history in %1"_s.arg(path));
    } else {
        QFile::remove(path);
        auto ws = core::Workspace::open(path);
        if (!ws.ok()) {
            bench::print(u"workspace: "_s + ws.error().toString());
            return 1;
        }
        QElapsedTimer t;
        t.start();
        if (!generate((*ws)->database()))
            return 1;
        bench::print(u"history_generation_ms %1 (one transaction, prepared statements)"_s.arg(t.elapsed()));
    }
    {
        // What the view loads before its first paint, without Qt's start-up: aggregates, DORA, one timeline.
        QElapsedTimer t;
        t.start();
        auto ws = core::Workspace::open(path);
        if (!ws.ok())
            return 1;
        core::Incidents incidents(**ws);
        auto summary = core::LeadershipSummary::load(**ws, incidents.repository());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto dora = core::DoraReport::compute((*ws)->database(), now.addDays(-30), now);
        auto timeline = core::Timeline::standard(**ws, incidents.repository());
        if (!summary.ok() || !dora.ok() || summary->incidents.isEmpty())
            return 1;
        auto events = timeline->assemble(summary->incidents.first());
        if (!events.ok())
            return 1;
        bench::print(u"leadership_data_load_ms %1 (%2 incidents listed, %3 timeline events, in process)"_s
                         .arg(t.elapsed())
                         .arg(summary->incidents.size())
                         .arg(events->size()));
    }
    const QString exe = NginxSandbox::binDir() + u"/switchyard"_s;
    const QString loadBefore = loadAverage();
    QList<double> times, user, sys, memory, workspace, built, painted;
    for (int i = 0; i < rounds; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SWITCHYARD_BENCH_STARTUP"_s, u"1"_s);
        if (!env.contains(u"DISPLAY"_s))
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        // Wall time from the process's start (fork + exec + dynamic linking + QApplication) to its report,
        // which it prints right after the first paint that shows the loaded data.
        QElapsedTimer t;
        t.start();
        p.start(exe, {u"--workspace"_s, path, u"--leadership"_s});
        p.waitForReadyRead(30000);
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        const QString line = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        p.waitForFinished(10000);
        if (!line.startsWith(u"shown"_s)) {
            bench::print(u"the leadership view did not report being shown: "_s + line +
                         QString::fromUtf8(p.readAllStandardError()));
            return 1;
        }
        times << ms;
        user << field(line, u"cpu_user_ms"_s);
        sys << field(line, u"cpu_sys_ms"_s);
        memory << field(line, u"peak_rss_kb"_s) / 1024.0;
        workspace << field(line, u"workspace_open_ms"_s);
        built << field(line, u"window_built_ms"_s);
        painted << field(line, u"painted_ms"_s);
    }
    QList<double> cpu;
    for (int i = 0; i < user.size(); ++i)
        cpu << user.at(i) + sys.at(i);
    auto median = [](const QList<double> &v) { return bench::percentile(v, 0.5); };
    bench::print(
        u"leadership_first_paint_ms median=%1 max=%2 (wall, process start to the first paint with data; "
        "n=%3, platform %4; goal < 1000)"_s.arg(median(times), 0, 'f', 0)
            .arg(bench::percentile(times, 1.0), 0, 'f', 0)
            .arg(rounds)
            .arg(qEnvironmentVariableIsSet("DISPLAY") ? u"xcb"_s : u"offscreen"_s));
    bench::print(u"leadership_first_paint_cpu_ms median=%1 max=%2 (user %3 + sys %4, getrusage of the view's "
                 "process at that paint)"_s.arg(median(cpu), 0, 'f', 0)
                     .arg(bench::percentile(cpu, 1.0), 0, 'f', 0)
                     .arg(median(user), 0, 'f', 0)
                     .arg(median(sys), 0, 'f', 0));
    bench::print(
        u"leadership_phases_ms median: workspace open %1, window built %2, painted %3 (from QApplication "
        "constructed)"_s.arg(median(workspace), 0, 'f', 0)
            .arg(median(built), 0, 'f', 0)
            .arg(median(painted), 0, 'f', 0));
    bench::print(u"leadership_peak_rss_mb    median=%1 max=%2 (goal < 200)"_s.arg(median(memory), 0, 'f', 1)
                     .arg(bench::percentile(memory, 1.0), 0, 'f', 1));
    bench::print(u"load average before %1, after %2 (2 cores, shared)"_s.arg(loadBefore, loadAverage()));
    return 0;
}
