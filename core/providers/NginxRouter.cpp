#include "NginxRouter.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

#include "core/Logging.h"
#include "core/providers/CommandRunner.h"
#include "core/providers/HealthProbe.h"
#include "core/providers/NginxConfig.h"
#include "core/providers/NginxInstance.h"
#include "core/providers/ProcessIds.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

const auto kPreviousSuffix = u".previous"_s;

QStringList testArgs()
{
    return {u"-t"_s, u"-q"_s};
}

QStringList reloadArgs()
{
    return {u"-s"_s, u"reload"_s};
}

} // namespace

// One switchTo() in flight.
struct NginxRouter::Switch
{
    SwitchTarget target;
    int verifyTimeoutMs = 0;
    QPointer<QObject> context;
    StatusCallback done;
    std::optional<QByteArray> previous; // the include before the switch; nullopt if there was none
    QElapsedTimer elapsed;
    QList<qint64> oldWorkers; // nginx workers accepting connections before the reload
};

// One verify() in flight: polls until the router answers as expected or the deadline passes.
struct NginxRouter::Verification
{
    SwitchTarget target;
    int timeoutMs = 0;
    QDeadlineTimer deadline;
    StatusCallback done;
    std::optional<ProbeOutcome> last;
    int attempts = 0;
};

NginxRouter::NginxRouter(NginxRouterConfig config, QNetworkAccessManager *nam, QObject *parent)
    : Router(parent)
    , m_config(std::move(config))
    , m_probe(new HealthProbe(nam, this))
{}

NginxRouter::~NginxRouter() = default;

QString NginxRouter::renderInclude(const SwitchTarget &target) const
{
    return NginxConfig::renderUpstream(m_config.upstreamName, target.slot, target.upstream,
                                       m_config.environmentName);
}

QString NginxRouter::nginxCommandLine(const QStringList &extraArgs) const
{
    QStringList parts{m_config.binary};
    for (const QString &arg : extraArgs + m_config.commandArgs())
        parts << (arg.contains(u' ') ? u'"' + arg + u'"' : arg);
    return parts.join(u' ');
}

QStringList NginxRouter::describeSwitch(const SwitchTarget &target) const
{
    const QString url = m_config.verifyUrl.toDisplayString();
    QStringList lines{
        tr("write %1 (upstream %2 → %3, slot %4), keeping the current file as %5")
            .arg(m_config.includeFile, m_config.upstreamName, target.upstream, target.slot,
                 m_config.includeFile + kPreviousSuffix),
        tr("run %1").arg(nginxCommandLine(testArgs())),
        tr("run %1").arg(nginxCommandLine(reloadArgs())),
    };
    if (target.expectedVersion.isEmpty())
        lines << tr("GET %1 until it answers X-Switchyard-Slot: %2 with a healthy report")
                     .arg(url, target.slot);
    else
        lines << tr("GET %1 until it answers X-Switchyard-Slot: %2 with a healthy report of version %3")
                     .arg(url, target.slot, target.expectedVersion);
    lines << tr("on failure: put the previous %1 back and reload nginx").arg(m_config.includeFile);
    return lines;
}

std::optional<QString> NginxRouter::configuredSlot() const
{
    QFile file(m_config.includeFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return NginxConfig::slotOfUpstream(QString::fromUtf8(file.readAll()));
}

Status NginxRouter::writeFile(const QString &path, const QByteArray &contents) const
{
    QSaveFile file(path); // a temporary file in the same folder, renamed over `path` on commit
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return Error{u"router.io"_s, tr("Could not write %1: %2").arg(path, file.errorString()), {}};
    return {};
}

Status NginxRouter::restorePrevious(const Switch &operation) const
{
    if (operation.previous)
        return writeFile(m_config.includeFile, *operation.previous);
    if (QFile::exists(m_config.includeFile) && !QFile::remove(m_config.includeFile))
        return Error{u"router.io"_s, tr("Could not remove %1.").arg(m_config.includeFile), {}};
    return {};
}

void NginxRouter::switchTo(const SwitchTarget &target,
                           int verifyTimeoutMs,
                           QObject *context,
                           std::function<void(const Status &)> done)
{
    auto operation = std::make_shared<Switch>();
    operation->target = target;
    operation->verifyTimeoutMs = verifyTimeoutMs;
    operation->context = context;
    operation->done = std::move(done);
    operation->elapsed.start();
    const auto failEarly = [this, operation](const Error &error) {
        // Nothing changed yet; report asynchronously like every other outcome.
        QTimer::singleShot(0, this, [operation, error] {
            if (operation->context)
                operation->done(error);
        });
    };
    if (m_switching) {
        failEarly(Error{u"router.busy"_s,
                        tr("The router for %1 is already switching.").arg(m_config.environmentName),
                        {}});
        return;
    }
    if (!NginxConfig::isValidSlotName(target.slot) || !NginxConfig::isValidHostPort(target.upstream)) {
        failEarly(Error{u"router.invalid_target"_s,
                        tr("Cannot route to slot \"%1\" at \"%2\": the slot must be a simple name and the "
                           "upstream host:port.")
                            .arg(target.slot, target.upstream),
                        {}});
        return;
    }
    QFile current(m_config.includeFile);
    if (current.exists()) {
        if (!current.open(QIODevice::ReadOnly)) {
            failEarly(Error{u"router.io"_s,
                            tr("Could not read %1: %2").arg(m_config.includeFile, current.errorString()),
                            {}});
            return;
        }
        operation->previous = current.readAll();
        if (auto saved = writeFile(m_config.includeFile + kPreviousSuffix, *operation->previous); !saved) {
            failEarly(saved.error());
            return;
        }
    }
    emit progress(tr("Writing %1: %2 → slot %3 at %4")
                      .arg(m_config.includeFile, m_config.upstreamName, target.slot, target.upstream));
    if (auto written = writeFile(m_config.includeFile, renderInclude(target).toUtf8()); !written) {
        failEarly(written.error());
        return;
    }
    m_switching = true;
    testConfig(operation);
}

void NginxRouter::runNginx(const QStringList &extraArgs,
                           std::function<void(const Status &, const QString &stderrText)> done)
{
    auto *runner = new CommandRunner(this);
    auto output = std::make_shared<QStringList>();
    connect(runner, &CommandRunner::outputLine, runner, [output](const QString &line, bool) {
        if (!line.trimmed().isEmpty())
            output->append(line.trimmed());
    });
    connect(runner, &CommandRunner::finished, this,
            [runner, output, done = std::move(done)](const Status &status) {
                runner->deleteLater();
                done(status, output->join(u'\n'));
            });
    const QString resolved = NginxInstance::resolveBinary(m_config.binary);
    runner->start(resolved.isEmpty() ? m_config.binary : resolved, extraArgs + m_config.commandArgs(),
                  kCommandTimeoutMs);
}

void NginxRouter::testConfig(const std::shared_ptr<Switch> &operation)
{
    emit progress(tr("Testing the configuration: %1").arg(nginxCommandLine(testArgs())));
    runNginx(testArgs(), [this, operation](const Status &status, const QString &output) {
        if (status) {
            reload(operation);
            return;
        }
        const QString reason = output.isEmpty() ? status.error().message : output;
        const Status restored = restorePrevious(*operation);
        QString message =
            restored ? tr("nginx rejected the new configuration; traffic stays where it was: %1").arg(reason)
                     : tr("nginx rejected the new configuration: %1. Putting the previous %2 back failed "
                          "too: %3")
                           .arg(reason, m_config.includeFile, restored.error().message);
        finishSwitch(operation, Error{u"router.config_invalid"_s, message, status.error().message});
    });
}

void NginxRouter::reload(const std::shared_ptr<Switch> &operation)
{
    emit progress(tr("Reloading nginx: %1").arg(nginxCommandLine(reloadArgs())));
    operation->oldWorkers = acceptingWorkers();
    runNginx(reloadArgs(), [this, operation](const Status &status, const QString &output) {
        if (!status) {
            // nginx kept its configuration; put the file back so disk and memory agree.
            if (const Status restored = restorePrevious(*operation); !restored)
                qCWarning(lcProviders).noquote() << restored.error().toString();
            finishSwitch(
                operation,
                Error{
                    u"router.reload_failed"_s,
                    tr("nginx could not reload: %1").arg(output.isEmpty() ? status.error().message : output),
                    status.error().message});
            return;
        }
        auto verification = std::make_shared<Verification>();
        verification->target = operation->target;
        verification->timeoutMs = operation->verifyTimeoutMs;
        verification->deadline = QDeadlineTimer(operation->verifyTimeoutMs);
        verification->done = [this, operation](const Status &verified) {
            if (verified)
                waitForOldWorkers(operation);
            else
                rollBack(operation, verified.error());
        };
        emit progress(tr("Verifying that %1 serves slot %2…")
                          .arg(m_config.verifyUrl.toDisplayString(), operation->target.slot));
        verifyAttempt(verification);
    });
}

QList<qint64> NginxRouter::acceptingWorkers() const
{
    const std::optional<qint64> master = readPidFile(m_config.effectivePidFile());
    if (!master)
        return {};
    QList<qint64> workers;
    for (const qint64 pid : childProcesses(*master)) {
        const QString title = processCommandLine(pid);
        if (title.contains(u"worker process"_s) && !title.contains(u"shutting down"_s))
            workers << pid;
    }
    return workers;
}

void NginxRouter::waitForOldWorkers(const std::shared_ptr<Switch> &operation)
{
    // The master starts the new workers, sleeps ~100 ms, then tells the old ones to quit; until an
    // old worker retitles itself "shutting down" (and closes its listening sockets), new
    // connections may still reach it and the slot it routes to. The switch is done after that.
    const QList<qint64> accepting = acceptingWorkers();
    QStringList still;
    for (const qint64 pid : std::as_const(operation->oldWorkers)) {
        if (accepting.contains(pid))
            still << QString::number(pid);
    }
    if (still.isEmpty()) {
        if (!operation->oldWorkers.isEmpty())
            emit progress(
                tr("nginx's previous workers stopped taking connections %1 ms after the switch began.")
                    .arg(operation->elapsed.elapsed()));
        finishSwitch(operation, Status());
        return;
    }
    if (operation->elapsed.elapsed() > operation->verifyTimeoutMs) {
        rollBack(
            operation,
            Error{u"router.verify_failed"_s,
                  tr("nginx's previous workers (pid %1) still take connections after %2 ms: some users would "
                     "still reach the old slot.")
                      .arg(still.join(u", "_s))
                      .arg(operation->elapsed.elapsed()),
                  {}});
        return;
    }
    QTimer::singleShot(kWorkerPollMs, this, [this, operation] { waitForOldWorkers(operation); });
}

void NginxRouter::rollBack(const std::shared_ptr<Switch> &operation, const Error &cause)
{
    emit progress(tr("Verification failed; putting the previous %1 back and reloading nginx.")
                      .arg(m_config.includeFile));
    if (const Status restored = restorePrevious(*operation); !restored) {
        finishSwitch(operation, Error{cause.code,
                                      tr("%1 Putting the previous %2 back failed: %3")
                                          .arg(cause.message, m_config.includeFile, restored.error().message),
                                      cause.detail});
        return;
    }
    runNginx(reloadArgs(), [this, operation, cause](const Status &status, const QString &output) {
        if (status) {
            emit progress(tr("Traffic is back on the previous upstream."));
            finishSwitch(operation, cause);
            return;
        }
        finishSwitch(operation, Error{cause.code,
                                      tr("%1 Reloading nginx with the previous %2 failed: %3")
                                          .arg(cause.message, m_config.includeFile,
                                               output.isEmpty() ? status.error().message : output),
                                      cause.detail});
    });
}

void NginxRouter::finishSwitch(const std::shared_ptr<Switch> &operation, const Status &status)
{
    m_switching = false;
    if (status) {
        qCInfo(lcProviders) << "router" << m_config.environmentName << "now serves" << operation->target.slot
                            << "after" << operation->elapsed.elapsed() << "ms";
    } else {
        qCWarning(lcProviders).noquote() << "router" << m_config.environmentName << status.error().toString();
    }
    if (operation->context)
        operation->done(status);
}

void NginxRouter::verify(const SwitchTarget &target,
                         int timeoutMs,
                         QObject *context,
                         std::function<void(const Status &)> done)
{
    auto verification = std::make_shared<Verification>();
    verification->target = target;
    verification->timeoutMs = timeoutMs;
    verification->deadline = QDeadlineTimer(timeoutMs);
    verification->done = [guard = QPointer<QObject>(context), done = std::move(done)](const Status &status) {
        if (guard)
            done(status);
    };
    verifyAttempt(verification);
}

void NginxRouter::verifyAttempt(const std::shared_ptr<Verification> &verification)
{
    ++verification->attempts;
    const int probeTimeoutMs = qMax(int(verification->deadline.remainingTime()), kVerifyPollMs);
    const auto check = [this, verification](const ProbeOutcome &outcome) {
        verification->last = outcome;
        if (matches(outcome, verification->target)) {
            emit progress(
                tr("Verified: %1 serves slot %2 (version %3).")
                    .arg(m_config.verifyUrl.toDisplayString(), outcome.routerSlot, outcome.report->version));
            verification->done(Status{});
        } else if (verification->deadline.hasExpired()) {
            verification->done(verifyError(*verification));
        } else {
            // Poll quickly while a reload is typically taking effect, then settle down.
            const int delayMs = verification->attempts < kFastPollAttempts ? kFastPollMs : kVerifyPollMs;
            QTimer::singleShot(delayMs, this, [this, verification] { verifyAttempt(verification); });
        }
    };
    m_probe->probe(m_config.verifyUrl, probeTimeoutMs, this, check, ProbeConnection::Fresh);
}

bool NginxRouter::matches(const ProbeOutcome &outcome, const SwitchTarget &target)
{
    return outcome.routerSlot == target.slot && outcome.isHealthy() &&
           (target.expectedVersion.isEmpty() ||
            HealthReport::versionMatches(outcome.report->version, target.expectedVersion));
}

Error NginxRouter::verifyError(const Verification &verification) const
{
    const QString url = m_config.verifyUrl.toDisplayString();
    const ProbeOutcome &last = *verification.last;
    QString message;
    if (last.httpStatus == 0 && !last.report) {
        message = tr("%1 did not serve slot %2 within %3 ms; the last request failed: %4")
                      .arg(url, verification.target.slot, QString::number(verification.timeoutMs),
                           last.report.error().message);
    } else {
        const QString health =
            last.report ? healthStatusToString(last.report->status) : last.report.error().message;
        message = tr("%1 did not serve slot %2 within %3 ms; last answer: HTTP %4, X-Switchyard-Slot \"%5\", "
                     "health %6, version \"%7\".")
                      .arg(url, verification.target.slot, QString::number(verification.timeoutMs),
                           QString::number(last.httpStatus), last.routerSlot, health,
                           last.report ? last.report->version : QString());
    }
    return Error{u"router.verify_failed"_s, message, u"%1 attempts"_s.arg(verification.attempts)};
}

} // namespace core
