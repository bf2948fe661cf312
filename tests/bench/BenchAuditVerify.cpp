// `switchyard audit verify` over a workspace of N audit entries (default 1,000,000; every 100th
// signed by its actor), against the floor of hashing the same bytes with `sha256sum` in one run
// (goal: within 3x), and Ed25519 signature checks per second.
//   BenchAuditVerify [entries]
#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include "BenchUtil.h"
#include "core/crypto/AuditSignature.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Ed25519.h"
#include "core/model/AuditEntry.h"
#include "core/store/AuditLog.h"
#include "core/store/IdentityRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace {

QString binDir()
{
    const QString fromEnv = qEnvironmentVariable("SWITCHYARD_BIN_DIR");
    return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() + u"/../bin"_s : fromEnv;
}

// CPU seconds (user + system) of the children waited for so far.
double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto seconds = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : u"?"_s;
}

double runTimed(const QString &program, const QStringList &args, QString *out, double *cpuSeconds)
{
    const double cpuBefore = childCpuSeconds();
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        bench::print(u"FAILED: %1 %2: %3"_s.arg(program, args.join(u' '),
                                                QString::fromUtf8(p.readAllStandardError())));
        return -1;
    }
    const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    *cpuSeconds = childCpuSeconds() - cpuBefore;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 entries = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    // SWITCHYARD_BENCH_KEEP=1 keeps the workspace (its path is printed) for profiling.
    dir.setAutoRemove(qEnvironmentVariableIntValue("SWITCHYARD_BENCH_KEEP") == 0);
    const QString path = dir.filePath(u"audit.sqlite"_s);
    const QString floorPath = dir.filePath(u"hashed-bytes.bin"_s);

    auto key = core::Ed25519::generate();
    {
        auto ws = core::Workspace::open(path);
        if (!ws.ok() || !key.ok()) {
            bench::print(u"FAILED: cannot create the workspace"_s);
            return 1;
        }
        core::IdentityRepository ids((*ws)->database(), (*ws)->dialect());
        if (!ids.create(u"release-bot"_s, key->publicKey(), {}).ok()) {
            bench::print(u"FAILED: cannot register the signer"_s);
            return 1;
        }
    }

    // Write the log directly (one transaction), exactly as AuditLog::append would, and the bytes
    // verify hashes (previous hash, newline, canonical entry) to one file for the floor.
    QElapsedTimer fill;
    fill.start();
    qint64 signedEntries = 0;
    qint64 hashedBytes = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench"_s);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode = WAL"_s);
        q.exec(u"PRAGMA synchronous = OFF"_s);
        q.exec(u"BEGIN"_s);
        q.prepare(u"INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QFile floor(floorPath);
        floor.open(QIODevice::WriteOnly);
        QString previous = QString::fromLatin1(core::AuditLog::kGenesisHash);
        const qint64 t0 = 1764547200000; // 2025-12-01T00:00:00Z
        for (qint64 i = 1; i <= entries; ++i) {
            core::AuditEntry e;
            e.seq = i;
            e.at = QDateTime::fromMSecsSinceEpoch(t0 + i * 250, Qt::UTC);
            e.actor = u"release-bot"_s;
            e.action = i % 7 == 0 ? u"deployment.succeeded"_s : u"deployment.step"_s;
            e.subject = u"deployment/%1"_s.arg(i / 7 + 1);
            e.details = QJsonObject{{u"environment"_s, u"production"_s},
                                    {u"step"_s, u"verify-standby"_s},
                                    {u"version"_s, u"v1.%1.0"_s.arg(i % 50)}};
            if (i % 100 == 0) {
                e.details = core::auditsig::sign(*key, e.actor, e.action, e.subject, e.details);
                ++signedEntries;
            }
            const QByteArray canonical = e.canonical();
            const QByteArray hashed = previous.toLatin1() + '\n' + canonical;
            floor.write(hashed);
            hashedBytes += hashed.size();
            e.prevHash = previous;
            e.hash = core::chainHash(previous, canonical);
            q.addBindValue(e.seq);
            q.addBindValue(e.at.toMSecsSinceEpoch());
            q.addBindValue(e.actor);
            q.addBindValue(e.action);
            q.addBindValue(e.subject);
            q.addBindValue(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
            q.addBindValue(e.prevHash);
            q.addBindValue(e.hash);
            if (!q.exec()) {
                bench::print(u"FAILED: insert: "_s + q.lastError().text());
                return 1;
            }
            previous = e.hash;
        }
        q.exec(u"COMMIT"_s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench"_s);
    if (!dir.autoRemove())
        bench::print(u"kept: "_s + path);
    bench::print(u"workspace: %1 entries (%2 signed), %3 MB hashed, written in %4 s"_s.arg(entries)
                     .arg(signedEntries)
                     .arg(static_cast<double>(hashedBytes) / 1e6, 0, 'f', 1)
                     .arg(static_cast<double>(fill.elapsed()) / 1000.0, 0, 'f', 1));

    QString verifyOut;
    const QString loadBefore = loadAverage();
    double verifyCpu = 0;
    double floorCpu = 0;
    const double verify =
        runTimed(binDir() + u"/switchyard"_s, {u"--workspace"_s, path, u"audit"_s, u"verify"_s, u"--json"_s},
                 &verifyOut, &verifyCpu);
    const double floorSeconds = runTimed(u"sha256sum"_s, {floorPath}, nullptr, &floorCpu);
    if (verify < 0 || floorSeconds < 0)
        return 1;
    const QJsonObject report = QJsonDocument::fromJson(verifyOut.toUtf8()).object();
    if (!report.value(u"intact"_s).toBool() || report.value(u"entries"_s).toInteger() != entries) {
        bench::print(u"FAILED: verify did not confirm the log: "_s + verifyOut);
        return 1;
    }

    // Signature checks per second, in-process (the Ed25519 cost alone).
    const QByteArray message = QByteArray(200, 'x');
    const QByteArray signature = key->sign(message);
    const int checks = 20000;
    QElapsedTimer sigTimer;
    sigTimer.start();
    int good = 0;
    for (int i = 0; i < checks; ++i)
        good += core::Ed25519::verify(key->publicKey(), message, signature) ? 1 : 0;
    const double sigSeconds = static_cast<double>(sigTimer.nsecsElapsed()) / 1e9;

    bench::print(
        u"switchyard audit verify: %1 s (%2 entries/s, %3 signatures checked)"_s.arg(verify, 0, 'f', 2)
            .arg(static_cast<double>(entries) / verify, 0, 'f', 0)
            .arg(report.value(u"signatures"_s).toInteger()));
    bench::print(u"sha256sum of the same %1 MB: %2 s"_s.arg(static_cast<double>(hashedBytes) / 1e6, 0, 'f', 1)
                     .arg(floorSeconds, 0, 'f', 2));
    bench::print(u"ratio verify / sha256sum floor: %1x (goal <= 3x)"_s.arg(verify / floorSeconds, 0, 'f', 2));
    bench::print(
        u"CPU time (user + system): verify %1 s, sha256sum %2 s, ratio %3x"_s.arg(verifyCpu, 0, 'f', 2)
            .arg(floorCpu, 0, 'f', 2)
            .arg(verifyCpu / floorCpu, 0, 'f', 2));
    bench::print(u"load average before / after: %1 / %2 (%3 cores)"_s.arg(loadBefore, loadAverage())
                     .arg(QThread::idealThreadCount()));
    bench::print(u"Ed25519 signature checks: %1 per second (%2 of %3 valid)"_s
                     .arg(static_cast<double>(checks) / sigSeconds, 0, 'f', 0)
                     .arg(good)
                     .arg(checks));
    return 0;
}
