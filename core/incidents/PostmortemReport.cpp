#include "PostmortemReport.h"

#include <QCoreApplication>

#include "core/incidents/IncidentRepository.h"
#include "core/incidents/Incidents.h"
#include "core/incidents/Timeline.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::PostmortemReport)
};

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : QStringLiteral("—");
}

QString md(QString text)
{
    // Keep table cells on one line and free of column separators.
    text.replace(u'|', u"\\|"_s);
    text.replace(u'\n', u' ');
    return text;
}

QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? Tr::tr("(not written yet)") : text.trimmed();
}

} // namespace

Result<PostmortemReport> PostmortemReport::load(Incidents &incidents, const Timeline &timeline, IncidentId id)
{
    PostmortemReport report;
    auto incident = incidents.repository().get(id);
    if (!incident.ok())
        return incident.error();
    report.incident = *incident;
    report.durations = IncidentMetrics::of(*incident);
    auto postmortem = incidents.repository().postmortem(id);
    if (!postmortem.ok())
        return postmortem.error();
    report.postmortem = *postmortem;
    auto events = timeline.assemble(*incident);
    if (!events.ok())
        return events.error();
    report.timeline = *events;
    auto comms = incidents.repository().communications(id);
    if (!comms.ok())
        return comms.error();
    report.communications = *comms;
    return report;
}

QString PostmortemReport::toMarkdown() const
{
    const Incident &i = incident;
    QString out;
    out += u"# "_s + Tr::tr("Incident #%1: %2").arg(i.id).arg(i.title) + u"\n\n"_s;
    out += u"| | |\n|---|---|\n"_s;
    out += u"| "_s + Tr::tr("Severity") + u" | "_s + severityToString(i.severity) + u" — "_s +
           severityDescription(i.severity) + u" |\n"_s;
    out += u"| "_s + Tr::tr("Status") + u" | "_s + incidentStatusLabel(i.status) + u" |\n"_s;
    out += u"| "_s + Tr::tr("Services") + u" | "_s + md(i.services.join(u", "_s)) + u" |\n"_s;
    out += u"| "_s + Tr::tr("Environments") + u" | "_s + md(i.environments.join(u", "_s)) + u" |\n"_s;
    out += u"| "_s + Tr::tr("Commander") + u" | "_s + md(i.commander) + u" |\n"_s;
    out += u"| "_s + Tr::tr("Started") + u" | "_s + when(i.startedAt) + u" |\n"_s;
    out += u"| "_s + Tr::tr("Detected") + u" | "_s + when(i.detectedAt) + u" (TTD "_s +
           IncidentMetrics::formatDuration(durations.ttdMs) + u") |\n"_s;
    out += u"| "_s + Tr::tr("Mitigated") + u" | "_s + when(i.mitigatedAt) + u" (TTM "_s +
           IncidentMetrics::formatDuration(durations.ttmMs) + u") |\n"_s;
    out += u"| "_s + Tr::tr("Resolved") + u" | "_s + when(i.resolvedAt) + u" (TTR "_s +
           IncidentMetrics::formatDuration(durations.ttrMs) + u") |\n\n"_s;
    if (!i.summary.isEmpty())
        out += i.summary + u"\n\n"_s;

    out += u"## "_s + Tr::tr("Postmortem") + u"\n\n"_s;
    out += u"### "_s + Tr::tr("Root cause") + u"\n\n"_s +
           orNone(postmortem ? postmortem->rootCause : QString()) + u"\n\n"_s;
    out += u"### "_s + Tr::tr("What went well") + u"\n\n"_s +
           orNone(postmortem ? postmortem->wentWell : QString()) + u"\n\n"_s;
    out += u"### "_s + Tr::tr("What went wrong") + u"\n\n"_s +
           orNone(postmortem ? postmortem->wentWrong : QString()) + u"\n\n"_s;
    out += u"### "_s + Tr::tr("Preventive actions") + u"\n\n"_s;
    if (!postmortem || postmortem->actions.isEmpty()) {
        out += Tr::tr("(none yet)") + u"\n\n"_s;
    } else {
        for (const PreventiveAction &a : postmortem->actions) {
            out += u"- ["_s + (a.done ? u"x"_s : u" "_s) + u"] "_s + a.description + u" — "_s +
                   Tr::tr("owner: %1").arg(a.owner);
            if (a.due.isValid())
                out += u", "_s + Tr::tr("due %1").arg(a.due.toUTC().toString(u"yyyy-MM-dd"_s));
            out += u'\n';
        }
        out += u'\n';
    }

    out += u"## "_s + Tr::tr("Timeline") + u"\n\n"_s;
    out += u"| "_s + Tr::tr("Time (UTC)") + u" | "_s + Tr::tr("Kind") + u" | "_s + Tr::tr("Event") +
           u" | "_s + Tr::tr("Detail") + u" |\n|---|---|---|---|\n"_s;
    for (const TimelineEvent &e : timeline) {
        out += u"| "_s + e.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" | "_s +
               timelineKindLabel(e.kind) + u" | "_s + md(e.title) + u" | "_s + md(e.detail) + u" |\n"_s;
    }
    out += u"\n## "_s + Tr::tr("Communications") + u"\n\n"_s;
    if (communications.isEmpty())
        out += Tr::tr("(none)") + u"\n"_s;
    for (const Communication &c : communications) {
        out += u"- "_s + when(c.createdAt) + u" · "_s + channelLabel(c.channel) + u" · "_s +
               communicationStateToString(c.state) + u" ("_s + Tr::tr("%n attempt(s)", "", c.attempts) +
               u"): "_s + md(c.body) + u'\n';
    }
    return out;
}

QString PostmortemReport::toHtml() const
{
    const Incident &i = incident;
    auto esc = [](const QString &s) -> QString { return s.toHtmlEscaped(); };
    auto para = [&esc](const QString &s) -> QString {
        return u"<p>"_s + esc(orNone(s)).replace(u'\n', u"<br>"_s) + u"</p>"_s;
    };
    QString h = u"<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt\">"_s;
    h += u"<h1>"_s + esc(Tr::tr("Incident #%1: %2").arg(i.id).arg(i.title)) + u"</h1>"_s;
    h += u"<table cellpadding=\"3\">"_s;
    auto row = [&h, &esc](const QString &k, const QString &v) {
        h += u"<tr><td><b>"_s + esc(k) + u"</b></td><td>"_s + esc(v) + u"</td></tr>"_s;
    };
    row(Tr::tr("Severity"), severityToString(i.severity) + u" — "_s + severityDescription(i.severity));
    row(Tr::tr("Status"), incidentStatusLabel(i.status));
    row(Tr::tr("Services"), i.services.join(u", "_s));
    row(Tr::tr("Environments"), i.environments.join(u", "_s));
    row(Tr::tr("Commander"), i.commander);
    row(Tr::tr("Started"), when(i.startedAt));
    row(Tr::tr("Detected"),
        when(i.detectedAt) + u" (TTD "_s + IncidentMetrics::formatDuration(durations.ttdMs) + u")"_s);
    row(Tr::tr("Mitigated"),
        when(i.mitigatedAt) + u" (TTM "_s + IncidentMetrics::formatDuration(durations.ttmMs) + u")"_s);
    row(Tr::tr("Resolved"),
        when(i.resolvedAt) + u" (TTR "_s + IncidentMetrics::formatDuration(durations.ttrMs) + u")"_s);
    h += u"</table>"_s;
    if (!i.summary.isEmpty())
        h += u"<p>"_s + esc(i.summary) + u"</p>"_s;
    h += u"<h2>"_s + esc(Tr::tr("Postmortem")) + u"</h2>"_s;
    h += u"<h3>"_s + esc(Tr::tr("Root cause")) + u"</h3>"_s +
         para(postmortem ? postmortem->rootCause : QString());
    h += u"<h3>"_s + esc(Tr::tr("What went well")) + u"</h3>"_s +
         para(postmortem ? postmortem->wentWell : QString());
    h += u"<h3>"_s + esc(Tr::tr("What went wrong")) + u"</h3>"_s +
         para(postmortem ? postmortem->wentWrong : QString());
    h += u"<h3>"_s + esc(Tr::tr("Preventive actions")) + u"</h3><ul>"_s;
    if (postmortem) {
        for (const PreventiveAction &a : postmortem->actions) {
            h += u"<li>"_s + (a.done ? u"☑ "_s : u"☐ "_s) + esc(a.description) + u" — "_s +
                 esc(Tr::tr("owner: %1").arg(a.owner)) + u"</li>"_s;
        }
    }
    h += u"</ul><h2>"_s + esc(Tr::tr("Timeline")) + u"</h2>"_s;
    h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>"_s +
         esc(Tr::tr("Time (UTC)")) + u"</th><th>"_s + esc(Tr::tr("Kind")) + u"</th><th>"_s +
         esc(Tr::tr("Event")) + u"</th><th>"_s + esc(Tr::tr("Detail")) + u"</th></tr>"_s;
    for (const TimelineEvent &e : timeline) {
        h += u"<tr><td>"_s + e.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"</td><td>"_s +
             esc(timelineKindLabel(e.kind)) + u"</td><td>"_s + esc(e.title) + u"</td><td>"_s + esc(e.detail) +
             u"</td></tr>"_s;
    }
    h += u"</table><h2>"_s + esc(Tr::tr("Communications")) + u"</h2><ul>"_s;
    for (const Communication &c : communications) {
        h += u"<li>"_s +
             esc(when(c.createdAt) + u" · "_s + channelLabel(c.channel) + u" · "_s +
                 communicationStateToString(c.state) + u": "_s + c.body) +
             u"</li>"_s;
    }
    h += u"</ul></body></html>"_s;
    return h;
}

} // namespace core
