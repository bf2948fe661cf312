#include "HealthTimelineSource.h"

#include <QCoreApplication>
#include <QHash>

#include "core/incidents/Incident.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/HealthTransitionQuery.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Timeline)
};

QString levelLabel(const QString &level)
{
    if (level == u"healthy")
        return Tr::tr("healthy");
    if (level == u"degraded")
        return Tr::tr("degraded");
    if (level == u"unhealthy")
        return Tr::tr("unhealthy");
    return Tr::tr("unknown");
}

QString outcomeOf(const QString &level)
{
    if (level == u"healthy")
        return u"good"_s;
    if (level == u"degraded")
        return u"warning"_s;
    return u"bad"_s;
}

QString bucketName(qint64 bucketMs)
{
    if (bucketMs % 3'600'000 == 0)
        return Tr::tr("%n hour(s)", "", static_cast<int>(bucketMs / 3'600'000));
    return Tr::tr("%n minute(s)", "", static_cast<int>(bucketMs / 60'000));
}

} // namespace

Result<QList<TimelineEvent>> HealthTimelineSource::events(const Incident &incident,
                                                          const TimelineWindow &window) const
{
    QList<TimelineEvent> events;
    if (incident.environments.isEmpty())
        return events;
    auto services = m_workspace.services().list();
    if (!services.ok())
        return services.error();
    QHash<ServiceId, QString> serviceNames;
    for (const Service &s : *services)
        serviceNames.insert(s.id, s.name);
    auto environments = m_workspace.environments().list();
    if (!environments.ok())
        return environments.error();
    const HealthTransitionQuery query(m_workspace.database());
    for (const Environment &env : *environments) {
        const QString service = serviceNames.value(env.serviceId);
        if (!incident.affects(service, env.name))
            continue;
        auto transitions = query.transitions(env.id, window.from, window.to);
        if (!transitions.ok())
            return transitions.error();
        for (const HealthTransition &t : *transitions) {
            TimelineEvent e;
            e.at = t.at;
            if (t.bucketMs > 0)
                e.end = t.at.addMSecs(t.bucketMs);
            e.kind = TimelineKind::Health;
            e.title = t.fromLevel.isEmpty()
                          ? Tr::tr("%1 %2: %3").arg(env.name, t.slot, levelLabel(t.toLevel))
                          : Tr::tr("%1 %2: %3 → %4")
                                .arg(env.name, t.slot, levelLabel(t.fromLevel), levelLabel(t.toLevel));
            if (t.bucketMs > 0) {
                e.detail = Tr::tr("%1 of %2 probes failed in these %3 (rolled up)")
                               .arg(t.failures)
                               .arg(t.samples)
                               .arg(bucketName(t.bucketMs));
            } else if (t.httpStatus > 0) {
                e.detail = Tr::tr("HTTP %1 in %2 ms").arg(t.httpStatus).arg(t.latencyMs);
                if (!t.error.isEmpty())
                    e.detail += u" · "_s + t.error;
            } else {
                e.detail = t.error.isEmpty() ? Tr::tr("no answer") : t.error;
            }
            e.outcome = outcomeOf(t.toLevel);
            e.refId = env.id;
            events << e;
        }
    }
    return events;
}

} // namespace core
