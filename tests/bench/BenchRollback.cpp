// Rollback latency: `switchyard rollback` end to end (process start to verified switch) against
// the raw floor of the same work (write the include file, nginx -s reload, requests until one
// proves the switch), in the same run, on the same nginx and slots.
#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QProcess>
#include <QSaveFile>
#include <QThread>

#include "BenchUtil.h"
#include "EngineFixture.h"
#include "core/providers/NginxConfig.h"
#include "core/providers/ProcessIds.h"

using namespace Qt::StringLiterals;

namespace {

QString routerSlot(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Connection", "close");
    request.setTransferTimeout(2000);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QString slot = QString::fromLatin1(reply->rawHeader("X-Switchyard-Slot"));
    reply->deleteLater();
    return slot;
}

QList<qint64> acceptingWorkers(const core::NginxRouterConfig &router)
{
    QList<qint64> workers;
    if (const auto master = core::readPidFile(router.effectivePidFile())) {
        for (const qint64 pid : core::childProcesses(*master)) {
            const QString title = core::processCommandLine(pid);
            if (title.contains(u"worker process"_s) && !title.contains(u"shutting down"_s))
                workers << pid;
        }
    }
    return workers;
}

// The bare switch: write the include, nginx -s reload, requests until one shows the new slot;
// with `complete`, also until nginx's previous workers stop taking connections.
QList<double> floorRuns(EngineFixture &f, int rounds, bool complete)
{
    QList<double> runs;
    const core::NginxRouterConfig router = f.sandbox().routerConfig();
    QString slot = routerSlot(*f.nam(), f.sandbox().routerHealthUrl());
    for (int i = 0; i < rounds; ++i) {
        const QString target = slot == u"blue" ? u"green"_s : u"blue"_s;
        QElapsedTimer t;
        t.start();
        const QList<qint64> before = acceptingWorkers(router);
        QSaveFile include(router.includeFile);
        include.open(QIODevice::WriteOnly);
        include.write(core::NginxConfig::renderUpstream(
                          router.upstreamName, target, f.sandbox().upstreamOf(target), router.environmentName)
                          .toUtf8());
        include.commit();
        QProcess reload;
        reload.start(u"nginx"_s, router.commandArgs() + QStringList{u"-s"_s, u"reload"_s});
        reload.waitForFinished(10000);
        while (routerSlot(*f.nam(), f.sandbox().routerHealthUrl()) != target) {
        }
        while (complete) {
            const QList<qint64> now = acceptingWorkers(router);
            if (std::none_of(before.begin(), before.end(), [&now](qint64 pid) { return now.contains(pid); }))
                break;
            QThread::msleep(2);
        }
        runs << static_cast<double>(t.nsecsElapsed()) / 1e6;
        slot = target;
        QThread::msleep(200); // let the previous generation finish before the next round
    }
    return runs;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    EngineFixture f;
    if (auto started = f.start(); !started.ok()) {
        bench::print(u"setup failed: "_s + started.error().toString());
        return 1;
    }
    const QString ws = f.workspacePath();
    f.closeWorkspace();
    const QString cli = NginxSandbox::binDir() + u"/switchyard"_s;

    QList<double> full;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(cli, {u"--workspace"_s, ws, u"rollback"_s, u"--env"_s, u"sandbox"_s});
        p.waitForFinished(60000);
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (p.exitCode() != 0) {
            bench::print(u"rollback %1 failed: %2"_s.arg(i).arg(QString::fromUtf8(p.readAllStandardError())));
            return 1;
        }
        full << ms;
    }

    // The floors: the same switch done by hand, no checks, no journal.
    const QList<double> floor = floorRuns(f, rounds, false);
    const QList<double> completeFloor = floorRuns(f, rounds, true);

    const double fullMedian = bench::percentile(full, 0.5);
    const double floorMedian = bench::percentile(floor, 0.5);
    bench::print(u"rollback_end_to_end_ms median=%1 p90=%2 (n=%3)"_s.arg(fullMedian, 0, 'f', 1)
                     .arg(bench::percentile(full, 0.9), 0, 'f', 1)
                     .arg(rounds));
    bench::print(
        u"raw_floor_ms          median=%1 p90=%2 (write include + nginx -s reload + first proving request)"_s
            .arg(floorMedian, 0, 'f', 1)
            .arg(bench::percentile(floor, 0.9), 0, 'f', 1));
    const double completeMedian = bench::percentile(completeFloor, 0.5);
    bench::print(
        u"complete_floor_ms     median=%1 p90=%2 (the same + until nginx's previous workers stop taking connections)"_s
            .arg(completeMedian, 0, 'f', 1)
            .arg(bench::percentile(completeFloor, 0.9), 0, 'f', 1));
    bench::print(u"ratio vs raw floor      %1x  (goal <= 1.5x)"_s.arg(fullMedian / floorMedian, 0, 'f', 2));
    bench::print(u"ratio vs complete floor %1x"_s.arg(fullMedian / completeMedian, 0, 'f', 2));
    return 0;
}
