#pragma once

#include <functional>

#include "core/engine/Plan.h"
#include "core/model/Deployment.h"
#include "core/model/Environment.h"
#include "core/model/Slot.h"

namespace core {

class HealthProbe;
class Router;
class Workspace;

// What a step works with. Owned by the DeploymentRunner for the length of one deployment.
class StepContext
{
public:
    StepContext(Workspace &workspace,
                Router &router,
                HealthProbe &probe,
                Deployment deployment,
                Plan plan,
                Environment environment,
                QList<Slot> slotList)
        : m_workspace(workspace)
        , m_router(router)
        , m_probe(probe)
        , m_deployment(std::move(deployment))
        , m_plan(std::move(plan))
        , m_environment(std::move(environment))
        , m_slots(std::move(slotList))
    {}
    Q_DISABLE_COPY_MOVE(StepContext)

    Workspace &workspace() { return m_workspace; }
    Router &router() { return m_router; }
    HealthProbe &probe() { return m_probe; }
    const Deployment &deployment() const { return m_deployment; }
    const Plan &plan() const { return m_plan; }
    const Environment &environment() const { return m_environment; }
    const QList<Slot> &slotList() const { return m_slots; }

    [[nodiscard]] const Slot *slotNamed(const QString &name) const
    {
        for (const Slot &s : m_slots) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }

    // Writes a line to the deployment's log (journaled) and to whoever watches the run.
    void log(const QString &line, const QString &stream = QStringLiteral("info")) const
    {
        if (m_logger)
            m_logger(line, stream);
    }
    void setLogger(std::function<void(const QString &, const QString &)> logger)
    {
        m_logger = std::move(logger);
    }

private:
    Workspace &m_workspace;
    Router &m_router;
    HealthProbe &m_probe;
    Deployment m_deployment;
    Plan m_plan;
    Environment m_environment;
    QList<Slot> m_slots;
    std::function<void(const QString &, const QString &)> m_logger;
};

} // namespace core
