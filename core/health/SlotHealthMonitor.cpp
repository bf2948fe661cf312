#include "SlotHealthMonitor.h"

#include "core/Logging.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

SlotHealthMonitor::SlotHealthMonitor(Workspace &workspace, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_probe(nam)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SlotHealthMonitor::probeNow);
}

SlotHealthMonitor::~SlotHealthMonitor() = default;

void SlotHealthMonitor::setInterval(int intervalMs)
{
    m_timer.setInterval(qMax(100, intervalMs));
}

void SlotHealthMonitor::start()
{
    m_timer.start();
    probeNow();
}

void SlotHealthMonitor::stop()
{
    m_timer.stop();
}

void SlotHealthMonitor::probeNow()
{
    auto environments = m_workspace.environments().list();
    if (!environments.ok()) {
        qCWarning(lcProviders) << "health monitor: cannot list environments:"
                               << environments.error().toString();
        return;
    }
    for (const Environment &env : *environments) {
        auto slotList = m_workspace.environments().slotsOf(env.id);
        if (!slotList.ok())
            continue;
        // A probe never outlives the round it belongs to.
        const int timeoutMs = qMin(env.settings.requestTimeoutMs, m_timer.interval());
        for (const Slot &slot : *slotList) {
            const QUrl url(slot.healthUrl);
            const QString key = keyOf(env.id, slot.name);
            if (!url.isValid() || url.isEmpty() || m_inFlight.contains(key))
                continue;
            m_inFlight.insert(key);
            m_probe.probe(url, timeoutMs, this,
                          [this, key, environment = env.id, name = slot.name](const ProbeOutcome &outcome) {
                              m_inFlight.remove(key);
                              m_latest.insert(key, outcome);
                              Q_EMIT probed(environment, name, outcome);
                          });
        }
    }
}

std::optional<ProbeOutcome> SlotHealthMonitor::latest(EnvironmentId environment, const QString &slot) const
{
    const auto it = m_latest.constFind(keyOf(environment, slot));
    if (it == m_latest.constEnd())
        return std::nullopt;
    return *it;
}

QString SlotHealthMonitor::keyOf(EnvironmentId environment, const QString &slot)
{
    return QString::number(environment) + u'/' + slot;
}

} // namespace core
