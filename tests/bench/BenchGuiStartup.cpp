// GUI cold start to a shown main window on the demo workspace, and its peak memory.
// Goal: under 0.5 s and 120 MB. Runs on the X server in $DISPLAY (xvfb-run) if there is one,
// else on the offscreen platform.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include "BenchUtil.h"
#include "NginxSandbox.h"
#include "core/demo/DemoSandbox.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 7;
    QTemporaryDir dir;
    core::DemoSandbox sandbox(dir.filePath(u"demo"_s), NginxSandbox::binDir() + u"/switchyard-sample"_s);
    auto info = sandbox.up();
    if (!info.ok()) {
        bench::print(u"demo sandbox failed: "_s + info.error().toString());
        return 1;
    }
    const QString exe = NginxSandbox::binDir() + u"/switchyard"_s;
    QList<double> times;
    QList<double> memory;
    for (int i = 0; i < rounds; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SWITCHYARD_BENCH_STARTUP"_s, u"1"_s);
        if (!env.contains(u"DISPLAY"_s))
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(exe, {u"--workspace"_s, info->workspacePath});
        p.waitForReadyRead(20000);
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        const QString line = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        p.waitForFinished(10000);
        if (!line.startsWith(u"shown"_s)) {
            bench::print(u"the window did not report being shown: "_s + line +
                         QString::fromUtf8(p.readAllStandardError()));
            static_cast<void>(sandbox.down());
            return 1;
        }
        times << ms;
        memory << line.section(u"peak_rss_kb="_s, 1).toDouble() / 1024.0;
    }
    static_cast<void>(sandbox.down());
    bench::print(u"gui_cold_start_ms median=%1 max=%2 (n=%3, platform %4; goal < 500)"_s
                     .arg(bench::percentile(times, 0.5), 0, 'f', 0)
                     .arg(bench::percentile(times, 1.0), 0, 'f', 0)
                     .arg(rounds)
                     .arg(qEnvironmentVariableIsSet("DISPLAY") ? u"xcb"_s : u"offscreen"_s));
    bench::print(
        u"gui_peak_rss_mb   median=%1 max=%2 (goal < 120)"_s.arg(bench::percentile(memory, 0.5), 0, 'f', 1)
            .arg(bench::percentile(memory, 1.0), 0, 'f', 1));
    return 0;
}
