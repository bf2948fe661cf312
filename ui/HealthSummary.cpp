#include "HealthSummary.h"

#include "core/providers/HealthProbe.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QString failureText(const core::ProbeOutcome &outcome)
{
    const QString code = outcome.report.error().code;
    if (code == u"health.timeout")
        return HealthSummary::tr("timed out");
    if (code == u"health.unreachable" || outcome.httpStatus == 0)
        return HealthSummary::tr("unreachable");
    if (code == u"health.malformed")
        return HealthSummary::tr("bad health report (%1)").arg(outcome.httpStatus);
    return HealthSummary::tr("unhealthy (%1)").arg(outcome.httpStatus);
}

} // namespace

HealthSummary HealthSummary::fromOutcome(const core::ProbeOutcome &outcome, const QString &expectedVersion)
{
    HealthSummary summary;
    const QString checkedAt = outcome.at.toLocalTime().toString(u"HH:mm:ss"_s);
    if (!outcome.report.ok()) {
        summary.tone = Theme::Tone::Bad;
        summary.text = failureText(outcome);
        summary.toolTip = tr("%1\nChecked at %2").arg(outcome.report.error().message, checkedAt);
        return summary;
    }
    const core::HealthReport &report = *outcome.report;
    summary.tone = Theme::toneOf(report.status);
    switch (report.status) {
    case core::HealthStatus::Healthy:
        summary.text = tr("healthy · %1 ms").arg(outcome.latencyMs);
        break;
    case core::HealthStatus::Degraded:
        summary.text = tr("degraded · %1 ms").arg(outcome.latencyMs);
        break;
    case core::HealthStatus::Unhealthy:
        summary.text = tr("unhealthy (%1)").arg(outcome.httpStatus);
        break;
    }
    const bool versionDiffers = !expectedVersion.isEmpty() && !report.version.isEmpty() &&
                                !core::HealthReport::versionMatches(report.version, expectedVersion);
    if (versionDiffers) {
        if (summary.tone == Theme::Tone::Good)
            summary.tone = Theme::Tone::Warning;
        summary.text = tr("%1 · reports %2").arg(summary.text, report.version);
    }
    summary.toolTip = tr("%1 answered HTTP %2 in %3 ms at %4; reported version %5")
                          .arg(outcome.url.toDisplayString())
                          .arg(outcome.httpStatus)
                          .arg(outcome.latencyMs)
                          .arg(checkedAt, report.version.isEmpty() ? tr("none") : report.version);
    return summary;
}

HealthSummary HealthSummary::checking()
{
    return HealthSummary{Theme::Tone::Neutral, tr("checking…"), {}};
}

HealthSummary HealthSummary::notConfigured()
{
    return HealthSummary{Theme::Tone::Neutral, tr("no health URL"),
                         tr("This slot has no health URL to probe.")};
}

} // namespace ui
