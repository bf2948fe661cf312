#include "HealthWatch.h"

#include "core/AppContext.h"
#include "core/health/HealthMonitor.h"
#include "core/incidents/Incidents.h"
#include "core/incidents/TriggerIncidentSink.h"
#include "core/policy/TriggerWatcher.h"
#include "ui/health/StoredHealthSource.h"

using namespace Qt::StringLiterals;

namespace ui {

HealthWatch::HealthWatch(core::AppContext &context, QObject *parent)
    : QObject(parent)
    , m_monitor(new core::HealthMonitor(context.workspace, context.nam, this))
    , m_watcher(new core::TriggerWatcher(context.workspace, context.nam, *m_monitor, context.user, this))
    , m_incidents(new core::Incidents(context.workspace, this))
    , m_incidentSink(std::make_unique<core::TriggerIncidentSink>(*m_incidents, context.user))
    , m_source(new StoredHealthSource(context.workspace, m_monitor, this))
{
    m_watcher->setIncidentSink(m_incidentSink.get());
}

HealthWatch::~HealthWatch()
{
    // The watcher must not call the sink while it goes.
    m_watcher->stop();
    m_watcher->setIncidentSink(nullptr);
    m_monitor->stop();
}

void HealthWatch::start()
{
    m_monitor->start();
    m_watcher->start();
}

void HealthWatch::stop()
{
    m_watcher->stop();
    m_monitor->stop();
}

} // namespace ui
