#include "CloudflareKvRouter.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include "core/http/HttpClient.h"
#include "core/providers/HealthProbe.h"
#include "core/providers/cloud/CloudflareClient.h"

using namespace Qt::StringLiterals;

namespace core {

struct CloudflareKvRouter::Switch
{
    SwitchTarget target;
    int verifyTimeoutMs = 0;
    QPointer<QObject> context;
    std::function<void(const Status &)> done;
    std::optional<QByteArray> previous;
};

struct CloudflareKvRouter::Verification
{
    SwitchTarget target;
    int timeoutMs = 0;
    QDeadlineTimer deadline;
    QElapsedTimer elapsed;
    std::function<void(const Status &)> done;
    std::optional<ProbeOutcome> last;
    int inARow = 0;
    int fromNew = 0;
    int total = 0;
};

CloudflareKvRouter::CloudflareKvRouter(CloudflareSettings settings,
                                       QNetworkAccessManager *nam,
                                       TokenSource token,
                                       QObject *parent)
    : Router(parent)
    , m_settings(std::move(settings))
    , m_http(new HttpClient(nam, this))
    , m_probe(new HealthProbe(nam, this))
{
    ProviderEndpoint endpoint;
    endpoint.provider = Provider::Cloudflare;
    endpoint.baseUrl = m_settings.apiBaseUrl.isEmpty()
                           ? ProviderEndpoint::defaultBaseUrl(Provider::Cloudflare)
                           : m_settings.apiBaseUrl;
    endpoint.token = std::move(token);
    m_client = new CloudflareClient(*m_http, endpoint, m_settings.accountId, this);
}

CloudflareKvRouter::~CloudflareKvRouter() = default;

QByteArray CloudflareKvRouter::bundledWorker()
{
    QFile file(u":/worker/router.js"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList CloudflareKvRouter::describeSwitch(const SwitchTarget &target) const
{
    const QString value = m_settings.valueFor(target.slot);
    const auto line = [this](const HttpRequest &request) {
        return HttpClient::describe(m_client->endpoint(), request).toString();
    };
    QStringList lines{
        tr("%1 (remember the current value)")
            .arg(line(m_client->readValueRequest(m_settings.namespaceId, m_settings.key))),
        line(m_client->writeValueRequest(m_settings.namespaceId, m_settings.key, value.toUtf8())),
        tr("%1 (read back: must be %2)")
            .arg(line(m_client->readValueRequest(m_settings.namespaceId, m_settings.key)), value),
    };
    lines << tr("GET %1 every %2 s for up to %3 s until %4 answers in a row come from slot %5 "
                "(X-Switchyard-Slot), "
                "healthy%6")
                 .arg(m_settings.publicHealthUrl.toDisplayString())
                 .arg(m_settings.pollMs / 1000.0)
                 .arg(m_settings.propagationTimeoutMs / 1000)
                 .arg(m_settings.confirmations)
                 .arg(target.slot, target.expectedVersion.isEmpty()
                                       ? QString()
                                       : tr(", version %1").arg(target.expectedVersion));
    lines << tr("on failure: write the previous value of %1 back").arg(m_settings.key);
    return lines;
}

void CloudflareKvRouter::readActiveSlot(QObject *context,
                                        std::function<void(const Result<std::optional<QString>> &)> done)
{
    m_client->readValue(m_settings.namespaceId, m_settings.key, context,
                        [this, done = std::move(done)](const Result<std::optional<QByteArray>> &value) {
                            if (!value.ok()) {
                                done(value.error());
                                return;
                            }
                            std::optional<QString> slot;
                            if (*value)
                                slot = m_settings.slotFor(QString::fromUtf8(**value));
                            m_lastKnownSlot = slot;
                            done(slot);
                        });
}

void CloudflareKvRouter::writeAndReadBack(const QString &slot,
                                          QObject *context,
                                          std::function<void(const Status &)> done)
{
    const QByteArray value = m_settings.valueFor(slot).toUtf8();
    QPointer<QObject> guard(context);
    m_client->writeValue(m_settings.namespaceId, m_settings.key, value, context,
                         [this, guard, value, slot, done = std::move(done)](const Status &written) {
                             if (!written.ok()) {
                                 done(written);
                                 return;
                             }
                             m_client->readValue(
                                 m_settings.namespaceId, m_settings.key, guard,
                                 [this, value, slot, done](const Result<std::optional<QByteArray>> &read) {
                                     if (!read.ok()) {
                                         done(read.error());
                                         return;
                                     }
                                     const QByteArray seen = read->value_or(QByteArray());
                                     if (seen != value) {
                                         done(Error{u"router.verify_failed"_s,
                                                    tr("Cloudflare KV: %1 reads back as \"%2\" right after "
                                                       "writing \"%3\".")
                                                        .arg(m_settings.key, QString::fromUtf8(seen),
                                                             QString::fromUtf8(value)),
                                                    {}});
                                         return;
                                     }
                                     m_lastKnownSlot = slot;
                                     done(Status());
                                 });
                         });
}

void CloudflareKvRouter::switchTo(const SwitchTarget &target,
                                  int verifyTimeoutMs,
                                  QObject *context,
                                  std::function<void(const Status &)> done)
{
    auto operation = std::make_shared<Switch>();
    operation->target = target;
    operation->verifyTimeoutMs = qMax(verifyTimeoutMs, m_settings.propagationTimeoutMs);
    operation->context = context;
    operation->done = std::move(done);
    if (m_switching) {
        QTimer::singleShot(0, this, [this, operation] {
            if (operation->context)
                operation->done(
                    Error{u"router.busy"_s, tr("The Cloudflare router is already switching."), {}});
        });
        return;
    }
    m_switching = true;
    auto finish = [this, operation](const Status &status) {
        m_switching = false;
        if (operation->context)
            operation->done(status);
    };
    emit progress(tr("Reading %1 from Workers KV namespace %2").arg(m_settings.key, m_settings.namespaceId));
    m_client->readValue(
        m_settings.namespaceId, m_settings.key, this,
        [this, operation, finish](const Result<std::optional<QByteArray>> &current) {
            if (!current.ok()) {
                finish(current.error()); // nothing changed
                return;
            }
            operation->previous = *current;
            const QString value = m_settings.valueFor(operation->target.slot);
            emit progress(
                tr("Writing %1 = %2 (was %3)")
                    .arg(m_settings.key, value, *current ? QString::fromUtf8(**current) : tr("unset")));
            writeAndReadBack(operation->target.slot, this, [this, operation, finish](const Status &written) {
                if (!written.ok()) {
                    restoreAndFail(operation, written.error());
                    return;
                }
                emit progress(tr("%1 reads back as %2; waiting for the edge to serve slot %3")
                                  .arg(m_settings.key, m_settings.valueFor(operation->target.slot),
                                       operation->target.slot));
                verify(operation->target, operation->verifyTimeoutMs, this,
                       [this, operation, finish](const Status &verified) {
                           if (!verified.ok()) {
                               restoreAndFail(operation, verified.error());
                               return;
                           }
                           finish(Status());
                       });
            });
        });
}

void CloudflareKvRouter::restoreAndFail(const std::shared_ptr<Switch> &operation, const Error &cause)
{
    auto fail = [this, operation](const Error &error) {
        m_switching = false;
        if (operation->context)
            operation->done(error);
    };
    if (!operation->previous) {
        fail(cause); // there was no value before: nothing to put back
        return;
    }
    const QString previousValue = QString::fromUtf8(*operation->previous);
    emit progress(tr("Switch failed; writing %1 = %2 back").arg(m_settings.key, previousValue));
    m_client->writeValue(m_settings.namespaceId, m_settings.key, *operation->previous, this,
                         [this, cause, previousValue, fail](const Status &restored) {
                             if (restored.ok()) {
                                 m_lastKnownSlot = m_settings.slotFor(previousValue);
                                 fail(cause);
                                 return;
                             }
                             Error error = cause;
                             error.message +=
                                 u' ' + tr("Writing %1 = %2 back failed too: %3")
                                            .arg(m_settings.key, previousValue, restored.error().message);
                             m_lastKnownSlot.reset();
                             fail(error);
                         });
}

void CloudflareKvRouter::verify(const SwitchTarget &target,
                                int timeoutMs,
                                QObject *context,
                                std::function<void(const Status &)> done)
{
    auto verification = std::make_shared<Verification>();
    verification->target = target;
    verification->timeoutMs = timeoutMs;
    verification->deadline = QDeadlineTimer(timeoutMs);
    verification->elapsed.start();
    QPointer<QObject> guard(context);
    verification->done = [guard, done = std::move(done)](const Status &status) {
        if (guard)
            done(status);
    };
    verifyAttempt(verification);
}

bool CloudflareKvRouter::matches(const ProbeOutcome &outcome, const SwitchTarget &target) const
{
    return m_settings.slotFor(outcome.routerSlot) == target.slot && outcome.isHealthy() &&
           (target.expectedVersion.isEmpty() ||
            HealthReport::versionMatches(outcome.report->version, target.expectedVersion));
}

void CloudflareKvRouter::verifyAttempt(const std::shared_ptr<Verification> &verification)
{
    const int probeTimeout =
        int(qBound<qint64>(qint64(200), verification->deadline.remainingTime(), qint64(10000)));
    m_probe->probe(
        m_settings.publicHealthUrl, probeTimeout, this,
        [this, verification](const ProbeOutcome &outcome) {
            verification->last = outcome;
            ++verification->total;
            const bool good = matches(outcome, verification->target);
            verification->inARow = good ? verification->inARow + 1 : 0;
            if (good)
                ++verification->fromNew;
            const QString seen =
                outcome.routerSlot.isEmpty() ? tr("no slot header") : m_settings.slotFor(outcome.routerSlot);
            emit progress(tr("Propagation: %1 of %2 answers from %3 (%4 in a row, last: %5, HTTP %6), %7 s")
                              .arg(verification->fromNew)
                              .arg(verification->total)
                              .arg(verification->target.slot)
                              .arg(verification->inARow)
                              .arg(seen)
                              .arg(outcome.httpStatus)
                              .arg(verification->elapsed.elapsed() / 1000.0, 0, 'f', 1));
            if (verification->inARow >= m_settings.confirmations) {
                emit progress(
                    tr("Verified: %1 serves slot %2.")
                        .arg(m_settings.publicHealthUrl.toDisplayString(), verification->target.slot));
                verification->done(Status());
                return;
            }
            if (verification->deadline.hasExpired()) {
                const QString version =
                    outcome.report ? outcome.report->version : outcome.report.error().message;
                verification->done(Error{
                    u"router.verify_failed"_s,
                    tr("Cloudflare: %1 still did not serve slot %2 after %3 s (last answer: HTTP %4, slot "
                       "\"%5\", %6). KV changes can take about a minute to reach every location; traffic was "
                       "put back. Check the Worker and its KV binding, then resume.")
                        .arg(m_settings.publicHealthUrl.toDisplayString(), verification->target.slot)
                        .arg(verification->timeoutMs / 1000)
                        .arg(outcome.httpStatus)
                        .arg(outcome.routerSlot, version),
                    {}});
                return;
            }
            QTimer::singleShot(good ? qMin(m_settings.pollMs, 200) : m_settings.pollMs, this,
                               [this, verification] { verifyAttempt(verification); });
        },
        ProbeConnection::Fresh);
}

void CloudflareKvRouter::uploadWorker(const QByteArray &source,
                                      QObject *context,
                                      std::function<void(const Status &)> done)
{
    const QByteArray script = source.isEmpty() ? bundledWorker() : source;
    if (script.isEmpty()) {
        QTimer::singleShot(0, context, [done] {
            done(Error{
                u"router.worker_missing"_s, tr("The router Worker script is missing from this build."), {}});
        });
        return;
    }
    emit progress(tr("Uploading the router Worker %1 with KV binding %2 → %3")
                      .arg(m_settings.scriptName, m_settings.kvBinding, m_settings.namespaceId));
    m_client->uploadWorker(
        m_settings.scriptName, u"router.js"_s, script, m_settings.kvBinding, m_settings.namespaceId,
        m_settings.workerVars, context,
        [done](const Result<QJsonObject> &result) { done(result.ok() ? Status() : Status(result.error())); });
}

} // namespace core
