#pragma once

#include <QPointer>

#include "core/engine/Step.h"

namespace core {

class CommandRunner;

// Runs the standby slot's deploy command (no shell) with {version}, {commit}, {slot}, {port},
// {environment} substituted, streaming its output into the deployment log, within the
// environment's command timeout. Records the version the standby now runs.
class DeployStandbyStep final : public Step
{
    Q_OBJECT

public:
    using Step::Step;
    void run(StepContext &context, Done done) override;

    // The program and arguments that will run, for plans and dry runs.
    static QStringList commandFor(const StepContext &context);

private:
    QPointer<CommandRunner> m_runner;
};

} // namespace core
