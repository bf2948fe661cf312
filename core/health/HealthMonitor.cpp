#include "HealthMonitor.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include "core/Logging.h"
#include "core/engine/RouterFactory.h"
#include "core/providers/Router.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

const std::deque<HealthSample> kNoSamples;

QString keyOf(EnvironmentId environment, const QString &what)
{
    return QString::number(environment) + u'/' + what;
}

} // namespace

HealthMonitor::HealthMonitor(Workspace &workspace, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_nam(nam)
    , m_probe(nam)
{
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::probeNow);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { static_cast<void>(flush()); });
    connect(&m_rollupTimer, &QTimer::timeout, this, [this] { static_cast<void>(rollUpNow()); });
    connect(&m_workspace.environments(), &EnvironmentRepository::slotsChanged, this,
            [this] { m_targetsDirty = true; });
    setOptions(Options{});
}

HealthMonitor::~HealthMonitor()
{
    static_cast<void>(flush());
}

void HealthMonitor::setOptions(const Options &options)
{
    m_options = options;
    m_options.intervalMs = qMax(50, m_options.intervalMs);
    m_timer.setInterval(m_options.intervalMs);
    m_flushTimer.setInterval(qMax(50, m_options.flushIntervalMs));
    m_rollupTimer.setInterval(qMax(1000, m_options.rollupIntervalMs));
    m_targetsDirty = true;
}

void HealthMonitor::setEnvironments(const QList<EnvironmentId> &environments)
{
    m_only = environments;
    m_targetsDirty = true;
}

void HealthMonitor::start()
{
    m_timer.start();
    if (m_options.storeSamples) {
        m_flushTimer.start();
        m_rollupTimer.start();
        static_cast<void>(rollUpNow());
    }
    probeNow();
}

void HealthMonitor::stop()
{
    m_timer.stop();
    m_flushTimer.stop();
    m_rollupTimer.stop();
    static_cast<void>(flush());
}

void HealthMonitor::refreshTargets()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_targetsDirty && now - m_targetsReadAt < m_options.configRefreshMs)
        return;
    auto environments = m_workspace.environments().list();
    if (!environments.ok()) {
        qCWarning(lcHealth) << "cannot list environments:" << environments.error().toString();
        return;
    }
    std::map<EnvironmentId, Target> targets;
    for (const Environment &env : *environments) {
        if (!m_only.isEmpty() && !m_only.contains(env.id))
            continue;
        auto slotList = m_workspace.environments().slotsOf(env.id);
        if (!slotList.ok())
            continue;
        Target target;
        // Keep what the previous target knew (metrics baseline, router).
        if (auto old = m_targets.find(env.id); old != m_targets.end())
            target = std::move(old->second);
        target.environment = env;
        target.slotList = *slotList;
        target.live.clear();
        for (const Slot &slot : *slotList) {
            if (slot.role == SlotRole::Live)
                target.live = slot.name;
        }
        const QString routerKey =
            env.routerKind +
            QString::fromUtf8(QJsonDocument(env.routerConfig).toJson(QJsonDocument::Compact));
        if (m_options.probeRouters && (!target.router || target.routerKey != routerKey)) {
            auto router = RouterFactory::create(env, m_nam);
            if (router.ok()) {
                target.router = std::shared_ptr<Router>(std::move(router).value().release());
                target.routerKey = routerKey;
            } else {
                target.router.reset();
                qCWarning(lcHealth) << "no router for" << env.name << router.error().toString();
            }
        }
        targets.emplace(env.id, std::move(target));
    }
    m_targets = std::move(targets);
    m_targetsReadAt = now;
    m_targetsDirty = false;
}

void HealthMonitor::probeNow()
{
    refreshTargets();
    // This round's own count: 1 for the loop itself, so roundFinished waits for the loop to end.
    auto round = std::make_shared<int>(1);
    for (auto &[id, target] : m_targets) {
        const EnvironmentId environment = id;
        const int timeoutMs =
            qMin(target.environment.settings.requestTimeoutMs, qMax(m_options.intervalMs, 1000));
        for (const Slot &slot : target.slotList) {
            const QUrl url(slot.healthUrl);
            const QString key = keyOf(environment, slot.name);
            if (!url.isValid() || url.isEmpty() || m_inFlight.contains(key))
                continue;
            m_inFlight.insert(key);
            ++*round;
            ++m_requestsSent;
            m_probe.probe(url, timeoutMs, this,
                          [this, key, environment, round, name = slot.name](const ProbeOutcome &outcome) {
                              m_inFlight.remove(key);
                              m_latestProbes.insert(key, outcome);
                              record(sampleOf(outcome, environment, name, HealthSample::Source::Probe));
                              Q_EMIT probed(environment, name, outcome);
                              requestDone(round);
                          });
        }
        if (m_options.probeRouters && target.router) {
            const QString key = keyOf(environment, u"<router>"_s);
            const QUrl url = target.router->publicHealthUrl();
            if (url.isValid() && !url.isEmpty() && !m_inFlight.contains(key)) {
                m_inFlight.insert(key);
                ++*round;
                ++m_requestsSent;
                const QString live = target.live;
                m_probe.probe(
                    url, timeoutMs, this, [this, key, environment, live, round](const ProbeOutcome &outcome) {
                        m_inFlight.remove(key);
                        QString slot = !outcome.routerSlot.isEmpty() ? outcome.routerSlot
                                       : !outcome.servedBy.isEmpty() ? outcome.servedBy
                                                                     : live;
                        if (!slot.isEmpty())
                            record(sampleOf(outcome, environment, slot, HealthSample::Source::Router));
                        requestDone(round);
                    });
            }
        }
        if (!target.environment.settings.metricsUrl.isEmpty())
            readMetrics(target, round);
    }
    requestDone(round);
}

void HealthMonitor::readMetrics(Target &target, const std::shared_ptr<int> &round)
{
    const EnvironmentId environment = target.environment.id;
    const QString key = keyOf(environment, u"<metrics>"_s);
    if (m_inFlight.contains(key))
        return;
    QNetworkRequest request{QUrl(target.environment.settings.metricsUrl)};
    request.setTransferTimeout(
        qMin(target.environment.settings.requestTimeoutMs, qMax(m_options.intervalMs, 1000)));
    m_inFlight.insert(key);
    ++*round;
    ++m_requestsSent;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key, environment, at, round] {
        reply->deleteLater();
        m_inFlight.remove(key);
        const auto it = m_targets.find(environment);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonValue requests = body.value(u"requests"_s);
        const QJsonValue errors = body.value(u"errors"_s);
        if (it != m_targets.end() && reply->error() == QNetworkReply::NoError && requests.isDouble() &&
            errors.isDouble()) {
            Target &target = it->second;
            const auto nowRequests = static_cast<qint64>(requests.toDouble());
            const auto nowErrors = static_cast<qint64>(errors.toDouble());
            // The first read is the baseline; counters that went down mean the service restarted.
            if (target.lastRequests && target.lastErrors && nowRequests >= *target.lastRequests &&
                nowErrors >= *target.lastErrors && !target.live.isEmpty()) {
                HealthSample s;
                s.environmentId = environment;
                s.slot = target.live;
                s.source = HealthSample::Source::Metrics;
                s.time = at;
                s.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                s.requests = nowRequests - *target.lastRequests;
                s.errors = qMin(nowErrors - *target.lastErrors, s.requests);
                s.status = s.requests > 0 && s.errors * 2 > s.requests ? HealthSample::Status::Unhealthy
                                                                       : HealthSample::Status::Healthy;
                s.failureCount = s.isFailure() ? 1 : 0;
                record(s);
            }
            target.lastRequests = nowRequests;
            target.lastErrors = nowErrors;
        } else {
            qCInfo(lcHealth) << "metrics source of environment" << environment
                             << "gave no counters:" << reply->errorString();
        }
        requestDone(round);
    });
}

void HealthMonitor::requestDone(const std::shared_ptr<int> &round)
{
    if (--*round == 0)
        Q_EMIT roundFinished();
}

HealthSample HealthMonitor::sampleOf(const ProbeOutcome &outcome,
                                     EnvironmentId environment,
                                     const QString &slot,
                                     HealthSample::Source source)
{
    HealthSample s;
    s.environmentId = environment;
    s.slot = slot;
    s.source = source;
    s.time = outcome.at.isValid() ? outcome.at.toUTC() : QDateTime::currentDateTimeUtc();
    s.httpStatus = outcome.httpStatus;
    s.latencyMs = outcome.latencyMs;
    if (outcome.report.ok()) {
        s.version = outcome.report->version;
        switch (outcome.report->status) {
        case HealthStatus::Healthy:
            s.status = HealthSample::Status::Healthy;
            break;
        case HealthStatus::Degraded:
            s.status = HealthSample::Status::Degraded;
            break;
        case HealthStatus::Unhealthy:
            s.status = HealthSample::Status::Unhealthy;
            s.error =
                outcome.report->checks.isEmpty() ? QString() : outcome.report->checks.constFirst().error;
            break;
        }
    } else {
        s.status = outcome.httpStatus >= 500 ? HealthSample::Status::Unhealthy : HealthSample::Status::Error;
        s.error = outcome.report.error().message;
    }
    s.failureCount = s.isFailure() ? 1 : 0;
    s.latencyP95Ms = s.latencyMs;
    return s;
}

void HealthMonitor::record(const HealthSample &sample)
{
    if (sample.source == HealthSample::Source::Metrics) {
        auto &list = m_metrics[sample.environmentId];
        list.push_back(sample);
        const qint64 edge = sample.time.toMSecsSinceEpoch() - m_options.keepMs;
        while (!list.empty() && list.front().time.toMSecsSinceEpoch() <= edge)
            list.pop_front();
    } else {
        auto it = m_windows.find({sample.environmentId, sample.slot});
        if (it == m_windows.end())
            it = m_windows.try_emplace({sample.environmentId, sample.slot}, sample.slot, m_options.keepMs)
                     .first;
        it->second.add(sample);
    }
    if (m_options.storeSamples) {
        m_pending << sample;
        maybeFlush();
    }
    Q_EMIT sampled(sample);
}

void HealthMonitor::maybeFlush()
{
    if (m_pending.size() >= m_options.flushBatch)
        static_cast<void>(flush());
}

Status HealthMonitor::flush()
{
    if (m_pending.isEmpty())
        return {};
    const QList<HealthSample> batch = std::exchange(m_pending, {});
    auto stored = m_workspace.healthSamples().append(batch);
    if (!stored.ok()) {
        qCWarning(lcHealth) << "could not store" << batch.size()
                            << "health samples:" << stored.error().toString();
        Q_EMIT storeFailed(stored.error());
        return stored;
    }
    m_samplesStored += batch.size();
    return {};
}

Result<HealthRollupReport> HealthMonitor::rollUpNow()
{
    if (auto flushed = flush(); !flushed.ok())
        return flushed.error();
    auto report = m_workspace.healthSamples().rollUp(QDateTime::currentDateTimeUtc(), m_options.rollup);
    if (!report.ok())
        qCWarning(lcHealth) << "rolling up health samples failed:" << report.error().toString();
    return report;
}

const RollingWindow *HealthMonitor::window(EnvironmentId environment, const QString &slot) const
{
    const auto it = m_windows.find({environment, slot});
    return it == m_windows.end() ? nullptr : &it->second;
}

const std::deque<HealthSample> &HealthMonitor::metrics(EnvironmentId environment) const
{
    const auto it = m_metrics.find(environment);
    return it == m_metrics.end() ? kNoSamples : it->second;
}

std::optional<HealthSample> HealthMonitor::latest(EnvironmentId environment, const QString &slot) const
{
    const RollingWindow *w = window(environment, slot);
    if (!w || w->isEmpty())
        return std::nullopt;
    return w->samples().back();
}

std::optional<ProbeOutcome> HealthMonitor::latestProbe(EnvironmentId environment, const QString &slot) const
{
    const auto it = m_latestProbes.constFind(keyOf(environment, slot));
    if (it == m_latestProbes.constEnd())
        return std::nullopt;
    return *it;
}

QString HealthMonitor::liveSlot(EnvironmentId environment) const
{
    const auto it = m_targets.find(environment);
    return it == m_targets.end() ? QString() : it->second.live;
}

} // namespace core
