#include "CliMonitor.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include "Cli.h"
#include "CliOutput.h"
#include "UserName.h"
#include "core/health/HealthMonitor.h"
#include "core/incidents/Incidents.h"
#include "core/incidents/TriggerIncidentSink.h"
#include "core/policy/TriggerWatcher.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"
#include "sample/SignalWatcher.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(app::CliMonitor)
};

void jsonLine(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int CliMonitor::run(const QStringList &arguments, const QString &workspaceLocation, const CliOutput &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Watch environments' health and rollback triggers; roll back automatically when one fires."));
    parser.addHelpOption();
    parser.addOption({u"json"_s, Tr::tr("One JSON object per event on stdout.")});
    parser.addOption({u"env"_s, Tr::tr("Environment to watch (repeatable; default: all)."), Tr::tr("name")});
    parser.addOption(
        {u"interval-ms"_s, Tr::tr("Between probe rounds (default 5000)."), Tr::tr("ms"), u"5000"_s});
    parser.addOption(
        {u"duration-s"_s, Tr::tr("Stop after this long (default: until interrupted)."), Tr::tr("s"), u"0"_s});
    if (!parser.parse(QStringList{u"switchyard monitor"_s} + arguments)) {
        out.error(
            Tr::tr("monitor: %1\nRun “switchyard monitor --help” for its options.").arg(parser.errorText()));
        return Cli::BadInput;
    }
    if (parser.isSet(u"help"_s)) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), u"switchyard monitor"_s);
        out.line(help.trimmed());
        return Cli::Done;
    }
    bool ok = false;
    const int intervalMs = parser.value(u"interval-ms"_s).toInt(&ok);
    if (!ok || intervalMs < 100) {
        out.error(Tr::tr("monitor: --interval-ms must be a number of at least 100."));
        return Cli::BadInput;
    }
    const int durationS = parser.value(u"duration-s"_s).toInt(&ok);
    if (!ok || durationS < 0) {
        out.error(Tr::tr("monitor: --duration-s must be a number of seconds."));
        return Cli::BadInput;
    }

    auto opened = core::Workspace::open(workspaceLocation);
    if (!opened.ok()) {
        out.error(opened.error().message);
        return CliOutput::exitCodeFor(opened.error());
    }
    core::Workspace &workspace = **opened;
    QList<core::EnvironmentId> environments;
    QStringList names;
    for (const QString &name : parser.values(u"env"_s)) {
        auto env = workspace.environments().byName(name);
        if (!env.ok()) {
            out.error(env.error().message);
            return Cli::BadInput;
        }
        environments << env->id;
        names << env->name;
    }

    QNetworkAccessManager nam;
    core::HealthMonitor monitor(workspace, &nam);
    core::HealthMonitor::Options options;
    options.intervalMs = intervalMs;
    monitor.setOptions(options);
    monitor.setEnvironments(environments);
    core::TriggerWatcher watcher(workspace, &nam, monitor, currentUserName() + u" (switchyard monitor)"_s);
    watcher.setEnvironments(environments);
    core::Incidents incidents(workspace);
    core::TriggerIncidentSink incidentSink(incidents, currentUserName() + u" (switchyard monitor)"_s);
    watcher.setIncidentSink(&incidentSink);

    int exitCode = Cli::Done;
    const bool json = out.json();
    QObject::connect(
        &watcher, &core::TriggerWatcher::triggerFired, &watcher, [&](const core::TriggerEvent &e) {
            if (json)
                jsonLine(QJsonObject{{u"event"_s, u"trigger_fired"_s}, {u"detail"_s, e.toJson()}});
            else
                out.line(Tr::tr("[%1] trigger fired: %2 on %3 slot %4 (%5)")
                             .arg(e.at.toString(Qt::ISODate), e.summary, e.environment, e.slot, e.version));
        });
    QObject::connect(&watcher, &core::TriggerWatcher::rollbackStarted, &watcher,
                     [&](const core::TriggerEvent &e, core::DeploymentId id) {
                         if (json)
                             jsonLine(QJsonObject{{u"event"_s, u"rollback_started"_s},
                                                  {u"environment"_s, e.environment},
                                                  {u"deployment"_s, id}});
                         else
                             out.line(
                                 Tr::tr("Automatic rollback #%1 of %2 started.").arg(id).arg(e.environment));
                     });
    QObject::connect(
        &watcher, &core::TriggerWatcher::rollbackFinished, &watcher,
        [&](const core::TriggerEvent &e, core::DeploymentId id, const core::Status &status) {
            if (!status.ok())
                exitCode = Cli::Failed;
            if (json) {
                jsonLine(QJsonObject{{u"event"_s, u"rollback_finished"_s},
                                     {u"environment"_s, e.environment},
                                     {u"deployment"_s, id},
                                     {u"status"_s, status.ok() ? u"succeeded"_s : u"failed"_s},
                                     {u"error"_s, status.ok() ? QString() : status.error().message}});
            } else if (status.ok()) {
                out.line(Tr::tr("Automatic rollback #%1 of %2 succeeded.").arg(id).arg(e.environment));
            } else {
                out.error(Tr::tr("Automatic rollback #%1 of %2 FAILED: %3")
                              .arg(id)
                              .arg(e.environment, status.error().message));
            }
        });
    QObject::connect(&watcher, &core::TriggerWatcher::rollbackBlocked, &watcher,
                     [&](const core::TriggerEvent &e, const QString &reason) {
                         if (exitCode == Cli::Done)
                             exitCode = Cli::Blocked;
                         if (json)
                             jsonLine(QJsonObject{{u"event"_s, u"rollback_blocked"_s},
                                                  {u"environment"_s, e.environment},
                                                  {u"reason"_s, reason}});
                         else
                             out.error(reason);
                     });
    QObject::connect(
        &watcher, &core::TriggerWatcher::rollbackProposed, &watcher, [&](const core::TriggerEvent &e) {
            if (json)
                jsonLine(QJsonObject{{u"event"_s, u"rollback_proposed"_s}, {u"detail"_s, e.toJson()}});
            else
                out.line(Tr::tr("Rollback proposed for %1: %2").arg(e.environment, e.summary));
        });

    QEventLoop loop;
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &loop,
                     [&loop](int) { loop.quit(); });
    if (durationS > 0)
        QTimer::singleShot(durationS * 1000, &loop, &QEventLoop::quit);
    if (!json) {
        out.line(Tr::tr("Watching %1 every %2 ms; Ctrl+C stops.")
                     .arg(names.isEmpty() ? Tr::tr("all environments") : names.join(u", "_s))
                     .arg(intervalMs));
    }
    monitor.start();
    watcher.start();
    loop.exec();
    watcher.stop();
    monitor.stop();
    // A rollback in flight is finished before leaving: traffic must not stay half-moved.
    {
        QEventLoop drain;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &drain, [&] {
            auto list = workspace.environments().list();
            bool busy = false;
            if (list.ok()) {
                for (const core::Environment &env : *list)
                    busy = busy || watcher.isRollingBack(env.id);
            }
            if (!busy)
                drain.quit();
        });
        poll.start(100);
        drain.exec();
    }
    if (json)
        jsonLine(QJsonObject{{u"event"_s, u"stopped"_s}, {u"samples_stored"_s, monitor.samplesStored()}});
    else
        out.line(
            Tr::tr("Stopped; %n health samples stored.", nullptr, static_cast<int>(monitor.samplesStored())));
    return exitCode;
}

} // namespace app
