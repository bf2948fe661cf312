#include "DeployStandbyStep.h"

#include <QCoreApplication>

#include "core/engine/CloudStandby.h"
#include "core/engine/StepContext.h"
#include "core/providers/CommandRunner.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

QStringList DeployStandbyStep::commandFor(const StepContext &context)
{
    const Plan &plan = context.plan();
    const Slot *slot = context.slotNamed(plan.toSlot);
    if (!slot)
        return {};
    const QString port = slot->upstream.section(u':', -1);
    QStringList command;
    for (QString part : slot->deployCommand) {
        part.replace(u"{version}"_s, plan.version)
            .replace(u"{commit}"_s, plan.commit)
            .replace(u"{slot}"_s, slot->name)
            .replace(u"{port}"_s, port)
            .replace(u"{environment}"_s, plan.environment);
        command << part;
    }
    return command;
}

void DeployStandbyStep::run(StepContext &context, Done done)
{
    if (CloudStandby::applies(context.environment())) {
        CloudStandby::run(*this, context, std::move(done));
        return;
    }
    const QStringList command = commandFor(context);
    if (command.isEmpty()) {
        done(Error{u"config.command"_s,
                   QCoreApplication::translate("core::DeployStandbyStep", "Slot %1 has no deploy command.")
                       .arg(context.plan().toSlot),
                   {}});
        return;
    }
    context.log(
        QCoreApplication::translate("core::DeployStandbyStep", "Running: %1").arg(command.join(u' ')));
    m_runner = new CommandRunner(this);
    connect(m_runner, &CommandRunner::outputLine, this, [&context](const QString &line, bool isStderr) {
        context.log(line, isStderr ? u"err"_s : u"out"_s);
    });
    connect(m_runner, &CommandRunner::finished, this, [this, &context, done](const Status &status) {
        m_runner->deleteLater();
        if (status.ok()) {
            const Plan &plan = context.plan();
            if (auto recorded = context.workspace().environments().setSlotVersion(plan.environmentId,
                                                                                  plan.toSlot, plan.version);
                !recorded.ok()) {
                done(recorded);
                return;
            }
        }
        done(status);
    });
    m_runner->start(command.first(), command.mid(1), context.environment().settings.commandTimeoutMs);
}

} // namespace core
