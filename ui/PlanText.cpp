#include "PlanText.h"

#include "core/engine/Plan.h"
#include "ui/StatusText.h"

using namespace Qt::StringLiterals;

namespace ui {

QString PlanText::transition(const core::Plan &plan)
{
    return StatusText::transition(StatusText::slotWithVersion(plan.fromSlot, plan.fromVersion),
                                  StatusText::slotWithVersion(plan.toSlot, plan.version));
}

QString PlanText::stepsHtml(const core::Plan &plan)
{
    QString html;
    int number = 0;
    for (const core::PlanStep &step : plan.steps) {
        html += u"<p style=\"margin-top: 10px; margin-bottom: 2px;\"><b>%1.&nbsp;%2</b> "
                "<span style=\"color: #6b7380;\">(%3)</span></p>"_s.arg(
                    QString::number(++number), step.summary.toHtmlEscaped(), step.name.toHtmlEscaped());
        if (step.actions.isEmpty())
            continue;
        html += u"<ul style=\"margin-top: 0px; margin-bottom: 0px; -qt-list-indent: 1; color: #3b4350;\">"_s;
        for (const QString &action : step.actions)
            html += u"<li>"_s + action.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

QString PlanText::rollbackConfirmation(const core::Plan &plan)
{
    QString text = tr("Traffic for %1 moves from %2 back to %3.")
                       .arg(plan.environment, StatusText::slotWithVersion(plan.fromSlot, plan.fromVersion),
                            StatusText::slotWithVersion(plan.toSlot, plan.version));
    text += u"\n\n"_s + tr("Switchyard will:");
    int number = 0;
    for (const core::PlanStep &step : plan.steps)
        text += u'\n' + tr("%1. %2").arg(++number).arg(step.summary);
    text += u"\n\n"_s + tr("If a check fails, traffic stays on %1.").arg(plan.fromSlot);
    return text;
}

QString PlanText::title(const core::Plan &plan)
{
    if (plan.kind == core::DeploymentKind::Rollback)
        return tr("Roll back %1 to %2")
            .arg(plan.environment, StatusText::slotWithVersion(plan.toSlot, plan.version));
    return tr("Deploy %1 to %2").arg(plan.version, plan.environment);
}

} // namespace ui
