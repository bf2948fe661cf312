#pragma once

#include <deque>
#include <map>
#include <memory>
#include <optional>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "core/Result.h"
#include "core/health/HealthSample.h"
#include "core/health/RollingWindow.h"
#include "core/model/Environment.h"
#include "core/model/Slot.h"
#include "core/providers/HealthProbe.h"
#include "core/store/HealthSampleRepository.h"

class QNetworkAccessManager;

namespace core {

class Router;
class Workspace;

// The health monitor, the one probe stream of an open workspace (the GUI's cards, health strips, dashboard
// and trigger watcher all read it; the CLI's `switchyard monitor` runs one too): every interval it probes
// every slot's own health endpoint and, through the router, each environment's public health URL (what users
// actually get), and reads each environment's optional metrics source (settings.metricsUrl: {"requests": N,
// "errors": M}, cumulative). All requests run concurrently on one QNetworkAccessManager; nothing blocks the
// event loop. A probe that has not answered yet is not sent again.
//
// Each answer becomes a HealthSample: kept in a RollingWindow per (environment, slot) for the triggers and
// the live views, and written to the workspace in batches (one transaction per flush). Old samples are
// rolled up on a timer (HealthSampleRepository::rollUp) so the workspace stays bounded. The environments
// and slots are re-read from the workspace every few seconds and whenever slots change.
class HealthMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthMonitor)

public:
    struct Options
    {
        int intervalMs = 5000;          // seed 004: every 5 s
        bool probeRouters = true;       // also probe each environment's public URL
        bool storeSamples = true;       // write samples to the workspace
        int flushIntervalMs = 1000;     // at most this long between batches
        int flushBatch = 500;           // or as soon as this many samples wait
        qint64 keepMs = 30 * 60 * 1000; // how much each in-memory window holds
        int configRefreshMs = 5000;     // re-read environments and slots
        int rollupIntervalMs = 10 * 60 * 1000;
        HealthRollupPolicy rollup;
    };

    HealthMonitor(Workspace &workspace, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HealthMonitor() override;

    void setOptions(const Options &options);
    [[nodiscard]] const Options &options() const { return m_options; }
    // Only these environments (empty: all).
    void setEnvironments(const QList<EnvironmentId> &environments);

    void start();
    // Stops probing and writes what is pending.
    void stop();
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }
    // One round now (probes still in flight are left alone).
    void probeNow();
    // Writes pending samples now.
    Status flush();
    // Rolls up old samples now.
    Result<HealthRollupReport> rollUpNow();

    // The window of one slot (probe and router samples), or nullptr if it has no sample yet.
    [[nodiscard]] const RollingWindow *window(EnvironmentId environment, const QString &slot) const;
    // The environment's metrics samples within keepMs, oldest first.
    [[nodiscard]] const std::deque<HealthSample> &metrics(EnvironmentId environment) const;
    [[nodiscard]] std::optional<HealthSample> latest(EnvironmentId environment, const QString &slot) const;
    // The latest answer of the slot's own health endpoint as the probe saw it (with the reason of a
    // failure), or nothing before the first answer. What the environment cards show.
    [[nodiscard]] std::optional<ProbeOutcome> latestProbe(EnvironmentId environment,
                                                          const QString &slot) const;
    // The slot the workspace said was live at the last refresh.
    [[nodiscard]] QString liveSlot(EnvironmentId environment) const;

    [[nodiscard]] qint64 requestsSent() const { return m_requestsSent; }
    [[nodiscard]] qint64 samplesStored() const { return m_samplesStored; }
    [[nodiscard]] int pendingSamples() const { return static_cast<int>(m_pending.size()); }

    // Turns one probe answer into a sample (status from the report, or unhealthy / error).
    [[nodiscard]] static HealthSample sampleOf(const ProbeOutcome &outcome,
                                               EnvironmentId environment,
                                               const QString &slot,
                                               HealthSample::Source source);

Q_SIGNALS:
    void sampled(const core::HealthSample &sample);
    // One answer of a slot's own health endpoint (also recorded as a Probe sample, signalled by sampled).
    void probed(core::EnvironmentId environment, const QString &slot, const core::ProbeOutcome &outcome);
    // Every request sent in one round has answered (requests still in flight from an earlier round are
    // not sent again, and not waited for).
    void roundFinished();
    void storeFailed(const core::Error &error);

private:
    struct Target
    {
        Environment environment;
        QList<Slot> slotList;
        QString live;
        std::shared_ptr<Router> router;
        QString routerKey;
        // metrics baseline
        std::optional<qint64> lastRequests;
        std::optional<qint64> lastErrors;
    };

    void refreshTargets();
    void record(const HealthSample &sample);
    void requestDone(const std::shared_ptr<int> &round);
    void readMetrics(Target &target, const std::shared_ptr<int> &round);
    void maybeFlush();

    Workspace &m_workspace;
    QNetworkAccessManager *m_nam;
    HealthProbe m_probe;
    Options m_options;
    QTimer m_timer;
    QTimer m_flushTimer;
    QTimer m_rollupTimer;
    QList<EnvironmentId> m_only;
    std::map<EnvironmentId, Target> m_targets;
    qint64 m_targetsReadAt = 0;
    bool m_targetsDirty = true;
    std::map<std::pair<EnvironmentId, QString>, RollingWindow> m_windows;
    std::map<EnvironmentId, std::deque<HealthSample>> m_metrics;
    QSet<QString> m_inFlight;
    QHash<QString, ProbeOutcome> m_latestProbes;
    QList<HealthSample> m_pending;
    qint64 m_requestsSent = 0;
    qint64 m_samplesStored = 0;
};

} // namespace core
