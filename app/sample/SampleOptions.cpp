#include "SampleOptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace app {

std::optional<SampleOptions> SampleOptions::parse(const QStringList &arguments, QString &error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A small HTTP service for blue-green deployment demos and tests."));
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, tr("Port to listen on."), u"port"_s);
    const QCommandLineOption bind(u"bind"_s, tr("Address to listen on."), u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption version(u"version"_s, tr("Version to report."), u"version"_s);
    const QCommandLineOption slot(u"slot"_s, tr("Slot name to report (X-Served-By)."), u"slot"_s);
    const QCommandLineOption commit(u"commit"_s, tr("Commit SHA to report."), u"sha"_s, u"0000000"_s);
    const QCommandLineOption health(u"health"_s, tr("healthy, degraded, unhealthy, malformed or hang."),
                                    u"mode"_s, u"healthy"_s);
    const QCommandLineOption delay(u"health-delay-ms"_s, tr("Delay health answers by this long."), u"ms"_s,
                                   u"0"_s);
    const QCommandLineOption replace(u"replace"_s,
                                     tr("Stop the instance in --pidfile, start a new one detached."));
    const QCommandLineOption stop(u"stop"_s, tr("Stop the instance in --pidfile."));
    const QCommandLineOption pidFile(u"pidfile"_s, tr("Pid file of the instance to control."), u"file"_s);
    const QCommandLineOption logFile(u"log"_s, tr("Where the detached instance writes its output."),
                                     u"file"_s);
    const QCommandLineOption failAfter(u"health-fail-after"_s,
                                       tr("Answer unhealthy (503) after this many health requests."), u"n"_s,
                                       u"0"_s);
    const QCommandLineOption errorRate(u"error-rate"_s,
                                       tr("Answer this fraction (0 to 1) of requests with HTTP 500 (fault)."),
                                       u"fraction"_s, u"0"_s);
    const QCommandLineOption latency(u"latency-ms"_s, tr("Add this delay to every answer (fault)."), u"ms"_s,
                                     u"0"_s);
    const QCommandLineOption wrongVersion(u"wrong-version"_s, tr("Report this version instead (fault)."),
                                          u"version"_s);
    parser.addOptions({port, bind, version, slot, commit, health, delay, failAfter, replace, stop, pidFile,
                       logFile, errorRate, latency, wrongVersion});
    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);

    SampleOptions options;
    options.mode = parser.isSet(stop) ? Mode::Stop : parser.isSet(replace) ? Mode::Replace : Mode::Run;
    options.pidFile = parser.value(pidFile);
    options.logFile = parser.value(logFile);
    if (options.mode != Mode::Run && options.pidFile.isEmpty()) {
        error = tr("--replace and --stop need --pidfile.");
        return std::nullopt;
    }
    if (options.mode == Mode::Stop)
        return options;

    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber == 0 || portNumber > 65535) {
        error = tr("--port must be a number from 1 to 65535.");
        return std::nullopt;
    }
    options.port = quint16(portNumber);
    options.bind = parser.value(bind);
    options.version = parser.value(version);
    options.slot = parser.value(slot);
    options.commit = parser.value(commit);
    options.health = parser.value(health);
    options.healthDelayMs = parser.value(delay).toInt(&ok);
    if (options.version.isEmpty() || options.slot.isEmpty()) {
        error = tr("--version and --slot are required.");
        return std::nullopt;
    }
    static const QStringList modes{u"healthy"_s, u"degraded"_s, u"unhealthy"_s, u"malformed"_s, u"hang"_s};
    if (!modes.contains(options.health)) {
        error = tr("--health must be one of: %1.").arg(modes.join(u", "_s));
        return std::nullopt;
    }
    if (!ok || options.healthDelayMs < 0) {
        error = tr("--health-delay-ms must be a number of milliseconds.");
        return std::nullopt;
    }
    options.healthFailAfter = parser.value(failAfter).toInt(&ok);
    if (!ok || options.healthFailAfter < 0) {
        error = tr("--health-fail-after must be a number of requests.");
        return std::nullopt;
    }
    options.faults.errorRate = parser.value(errorRate).toDouble(&ok);
    if (!ok || options.faults.errorRate < 0.0 || options.faults.errorRate > 1.0) {
        error = tr("--error-rate must be a number from 0 to 1.");
        return std::nullopt;
    }
    options.faults.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.faults.latencyMs < 0) {
        error = tr("--latency-ms must be a number of milliseconds.");
        return std::nullopt;
    }
    options.faults.wrongVersion = parser.value(wrongVersion);
    return options;
}

QStringList SampleOptions::runArguments() const
{
    QStringList arguments{u"--port"_s,
                          QString::number(port),
                          u"--bind"_s,
                          bind,
                          u"--version"_s,
                          version,
                          u"--slot"_s,
                          slot,
                          u"--commit"_s,
                          commit,
                          u"--health"_s,
                          health,
                          u"--health-delay-ms"_s,
                          QString::number(healthDelayMs),
                          u"--health-fail-after"_s,
                          QString::number(healthFailAfter),
                          u"--error-rate"_s,
                          QString::number(faults.errorRate),
                          u"--latency-ms"_s,
                          QString::number(faults.latencyMs)};
    if (!faults.wrongVersion.isEmpty())
        arguments << u"--wrong-version"_s << faults.wrongVersion;
    return arguments;
}

} // namespace app
