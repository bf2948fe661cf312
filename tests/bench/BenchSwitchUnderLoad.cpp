// Requests lost during 50 switches under load (goal: 0). Each switch is a real rollback
// deployment through the engine. Measured twice: with a new connection per request (what
// load balancers and most API clients do) and with keep-alive connections.
#include <QCoreApplication>
#include <QElapsedTimer>

#include "BenchUtil.h"
#include "EngineFixture.h"
#include "WrkLoad.h"

using namespace Qt::StringLiterals;

namespace {

int runOnce(bool keepAlive, int switches)
{
    EngineFixture f;
    if (auto started = f.start(); !started.ok()) {
        bench::print(u"setup failed: "_s + started.error().toString());
        return 1;
    }
    WrkLoad load;
    QString why;
    if (!load.start(f.sandbox().routerUrl(u"/api/hello"_s), keepAlive, &why)) {
        bench::print(why);
        return 1;
    }
    QElapsedTimer t;
    t.start();
    int failedSwitches = 0;
    for (int i = 0; i < switches; ++i) {
        if (!f.rollback().ok())
            ++failedSwitches;
    }
    const double seconds = static_cast<double>(t.elapsed()) / 1000.0;
    const WrkLoad::Report r = load.stop();
    bench::print(
        u"%1: %2 switches in %3 s (%4 failed), %5 requests, lost %6 (non-2xx %7, connect %8, read %9, "
        "write %10, timeout %11)"_s.arg(keepAlive ? u"keep-alive      "_s : u"connection-close"_s)
            .arg(switches)
            .arg(seconds, 0, 'f', 1)
            .arg(failedSwitches)
            .arg(r.requests)
            .arg(r.failed())
            .arg(r.non2xx)
            .arg(r.connectErrors)
            .arg(r.readErrors)
            .arg(r.writeErrors)
            .arg(r.timeouts));
    return failedSwitches == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int switches = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50;
    const int a = runOnce(false, switches);
    const int b = runOnce(true, switches);
    return a | b;
}
