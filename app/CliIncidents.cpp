#include "CliIncidents.h"

#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>

#include "Cli.h"
#include "CliOutput.h"
#include "UserName.h"
#include "core/incidents/CommunicationOutbox.h"
#include "core/incidents/CommunicationTemplates.h"
#include "core/incidents/IncidentMetrics.h"
#include "core/incidents/IncidentRepository.h"
#include "core/incidents/Incidents.h"
#include "core/incidents/NotificationClient.h"
#include "core/incidents/PostmortemReport.h"
#include "core/incidents/StatuspageComponents.h"
#include "core/incidents/Timeline.h"
#include "core/secrets/SecretStore.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/Workspace.h"
#include "report/PostmortemPdf.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(app::CliIncidents)
};

// The keychain service every Switchyard secret lives under.
const QString kKeychainService = u"switchyard"_s;

int exitCodeFor(const core::Error &error)
{
    if (error.code.startsWith(u"incident."_s) || error.code.startsWith(u"deployment.unknown"_s) ||
        error.code.startsWith(u"workspace."_s) || error.code.startsWith(u"communication."_s))
        return Cli::BadInput;
    return Cli::Failed;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue msOrNull(std::optional<qint64> ms)
{
    return ms ? QJsonValue(static_cast<double>(*ms)) : QJsonValue();
}

QJsonObject incidentJson(const core::Incident &i)
{
    const auto d = core::IncidentMetrics::of(i);
    QJsonArray links;
    for (const auto &l : i.links)
        links.append(QJsonObject{{u"deployment"_s, l.deploymentId}, {u"relation"_s, l.relation}});
    return QJsonObject{{u"id"_s, i.id},
                       {u"title"_s, i.title},
                       {u"severity"_s, core::severityToString(i.severity)},
                       {u"status"_s, core::incidentStatusToString(i.status)},
                       {u"summary"_s, i.summary},
                       {u"services"_s, QJsonArray::fromStringList(i.services)},
                       {u"environments"_s, QJsonArray::fromStringList(i.environments)},
                       {u"commander"_s, i.commander},
                       {u"automatic"_s, i.automatic},
                       {u"started_at"_s, iso(i.startedAt)},
                       {u"detected_at"_s, iso(i.detectedAt)},
                       {u"mitigated_at"_s, iso(i.mitigatedAt)},
                       {u"resolved_at"_s, iso(i.resolvedAt)},
                       {u"ttd_ms"_s, msOrNull(d.ttdMs)},
                       {u"ttm_ms"_s, msOrNull(d.ttmMs)},
                       {u"ttr_ms"_s, msOrNull(d.ttrMs)},
                       {u"links"_s, links}};
}

QString oneLine(const core::Incident &i)
{
    return u"#%1  %2  %3  %4  %5"_s.arg(i.id)
        .arg(core::severityToString(i.severity))
        .arg(core::incidentStatusLabel(i.status), -13)
        .arg(i.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s), i.title);
}

bool parseChannels(const QString &text, QList<core::Channel> *channels)
{
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
        const auto channel = core::channelFromString(name.trimmed());
        if (!channel)
            return false;
        *channels << *channel;
    }
    return !channels->isEmpty();
}

class IncidentCommands
{
public:
    IncidentCommands(core::Workspace &ws, const CliOutput &out)
        : m_ws(ws)
        , m_out(out)
        , m_incidents(ws)
        , m_user(currentUserName())
    {}

    int list(bool openOnly, int limit);
    int show(core::IncidentId id);
    int open(const QCommandLineParser &parser);
    int update(core::IncidentId id, const QCommandLineParser &parser);
    int exportReport(core::IncidentId id, const QString &pdf, const QString &markdown);
    int channelSet(const QString &channel, const QString &baseUrl, const QString &pageId);
    int component(const QString &what, const QCommandLineParser &parser);

private:
    int fail(const core::Error &error)
    {
        m_out.error(error.message);
        return exitCodeFor(error);
    }
    // Sends what is queued until each of `ids` is sent or failed, or `deadlineMs` passes.
    QList<core::Communication> deliver(const QList<qint64> &ids, int deadlineMs);

    core::Workspace &m_ws;
    const CliOutput &m_out;
    core::Incidents m_incidents;
    QString m_user;
};

int IncidentCommands::list(bool openOnly, int limit)
{
    core::IncidentFilter filter;
    filter.openOnly = openOnly;
    filter.limit = limit;
    auto incidents = m_incidents.repository().list(filter);
    if (!incidents.ok())
        return fail(incidents.error());
    QJsonArray array;
    if (incidents->isEmpty())
        m_out.line(openOnly ? Tr::tr("No open incidents.") : Tr::tr("No incidents."));
    for (const auto &i : *incidents) {
        m_out.line(oneLine(i));
        array.append(incidentJson(i));
    }
    if (m_out.json())
        m_out.document(array);
    return Cli::Done;
}

int IncidentCommands::show(core::IncidentId id)
{
    auto timeline = core::Timeline::standard(m_ws, m_incidents.repository());
    auto report = core::PostmortemReport::load(m_incidents, *timeline, id);
    if (!report.ok())
        return fail(report.error());
    const core::Incident &i = report->incident;
    m_out.line(Tr::tr("Incident #%1: %2").arg(i.id).arg(i.title));
    m_out.line(Tr::tr("  %1 (%2), %3; commander %4")
                   .arg(core::severityToString(i.severity), core::severityDescription(i.severity),
                        core::incidentStatusLabel(i.status), i.commander));
    m_out.line(
        Tr::tr("  services %1; environments %2").arg(i.services.join(u", "_s), i.environments.join(u", "_s)));
    m_out.line(Tr::tr("  TTD %1  TTM %2  TTR %3")
                   .arg(core::IncidentMetrics::formatDuration(report->durations.ttdMs),
                        core::IncidentMetrics::formatDuration(report->durations.ttmMs),
                        core::IncidentMetrics::formatDuration(report->durations.ttrMs)));
    m_out.line(Tr::tr("Timeline:"));
    QJsonArray events;
    for (const auto &e : report->timeline) {
        m_out.line(u"  %1  %2  %3%4"_s.arg(e.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s))
                       .arg(core::timelineKindLabel(e.kind), -13)
                       .arg(e.title, e.detail.isEmpty() ? QString() : u" — "_s + e.detail));
        events.append(QJsonObject{{u"at"_s, e.at.toUTC().toString(Qt::ISODateWithMs)},
                                  {u"kind"_s, core::timelineKindToString(e.kind)},
                                  {u"title"_s, e.title},
                                  {u"detail"_s, e.detail},
                                  {u"actor"_s, e.actor},
                                  {u"outcome"_s, e.outcome},
                                  {u"source"_s, e.source}});
    }
    QJsonArray comms;
    for (const auto &c : report->communications) {
        comms.append(QJsonObject{{u"id"_s, c.id},
                                 {u"channel"_s, core::channelToString(c.channel)},
                                 {u"state"_s, core::communicationStateToString(c.state)},
                                 {u"attempts"_s, c.attempts},
                                 {u"last_error"_s, c.lastError},
                                 {u"body"_s, c.body}});
    }
    if (m_out.json()) {
        QJsonObject doc = incidentJson(i);
        doc.insert(u"timeline"_s, events);
        doc.insert(u"communications"_s, comms);
        m_out.document(doc);
    }
    return Cli::Done;
}

int IncidentCommands::open(const QCommandLineParser &parser)
{
    core::Incidents::OpenRequest request;
    request.title = parser.value(u"title"_s);
    const auto severity = core::severityFromString(parser.value(u"severity"_s));
    if (!severity) {
        m_out.error(Tr::tr("incident open: --severity is P0, P1 or P2."));
        return Cli::BadInput;
    }
    request.severity = *severity;
    request.summary = parser.value(u"summary"_s);
    request.services = parser.values(u"service"_s);
    request.environments = parser.values(u"env"_s);
    request.commander = parser.value(u"commander"_s);
    if (parser.isSet(u"started"_s)) {
        request.startedAt = QDateTime::fromString(parser.value(u"started"_s), Qt::ISODate);
        if (!request.startedAt.isValid()) {
            m_out.error(
                Tr::tr("incident open: --started takes an ISO 8601 time, e.g. 2026-03-02T14:05:00Z."));
            return Cli::BadInput;
        }
    }
    for (const QString &d : parser.values(u"deployment"_s)) {
        bool ok = false;
        const qint64 id = d.toLongLong(&ok);
        if (!ok) {
            m_out.error(Tr::tr("incident open: --deployment takes a deployment number."));
            return Cli::BadInput;
        }
        if (auto found = m_ws.deployments().get(id); !found.ok())
            return fail(found.error());
        request.links << core::IncidentLink{id, u"related"_s};
    }
    auto id = m_incidents.open(request, m_user);
    if (!id.ok())
        return fail(id.error());
    m_out.line(Tr::tr("Opened incident #%1 (%2).").arg(*id).arg(core::severityToString(request.severity)));
    if (m_out.json())
        m_out.document(incidentJson(m_incidents.repository().get(*id).value()));
    return Cli::Done;
}

QList<core::Communication> IncidentCommands::deliver(const QList<qint64> &ids, int deadlineMs)
{
    QNetworkAccessManager nam;
    core::NotificationClient client(&nam);
    core::SecretStore secrets(kKeychainService);
    core::CommunicationOutbox outbox(m_incidents, client, secrets,
                                     core::CommunicationOutbox::Options{1000, 8000});
    QEventLoop loop;
    auto allFinal = [&] {
        for (qint64 id : ids) {
            auto c = m_incidents.repository().communication(id);
            if (c.ok() && c->state == core::Communication::State::Pending)
                return false;
        }
        return true;
    };
    QObject::connect(&outbox, &core::CommunicationOutbox::attempted, &loop, [&](qint64 id, bool ok, bool) {
        auto c = m_incidents.repository().communication(id);
        if (c.ok()) {
            m_out.line(ok ? Tr::tr("%1: sent.").arg(core::channelLabel(c->channel))
                          : Tr::tr("%1: attempt %2 failed: %3")
                                .arg(core::channelLabel(c->channel))
                                .arg(c->attempts)
                                .arg(c->lastError));
        }
        if (allFinal())
            loop.quit();
    });
    QTimer::singleShot(deadlineMs, &loop, &QEventLoop::quit);
    outbox.pump();
    if (!allFinal())
        loop.exec();
    QList<core::Communication> result;
    for (qint64 id : ids) {
        if (auto c = m_incidents.repository().communication(id); c.ok())
            result << *c;
    }
    return result;
}

int IncidentCommands::update(core::IncidentId id, const QCommandLineParser &parser)
{
    auto incident = m_incidents.repository().get(id);
    if (!incident.ok())
        return fail(incident.error());
    std::optional<core::IncidentStatus> status;
    if (parser.isSet(u"status"_s)) {
        status = core::incidentStatusFromString(parser.value(u"status"_s));
        if (!status) {
            m_out.error(
                Tr::tr("incident update: --status is investigating, identified, monitoring or resolved."));
            return Cli::BadInput;
        }
    }
    const QString message = parser.value(u"message"_s);
    QList<core::Channel> channels;
    if (parser.isSet(u"notify"_s) && !parseChannels(parser.value(u"notify"_s), &channels)) {
        m_out.error(Tr::tr("incident update: --notify takes slack, statuspage or both (slack,statuspage)."));
        return Cli::BadInput;
    }
    if (!status && message.isEmpty() && channels.isEmpty() && !parser.isSet(u"preview"_s)) {
        m_out.error(Tr::tr("incident update: give --status, --message, --notify or --preview."));
        return Cli::BadInput;
    }
    // The update text: the template of the (new) status, with the message.
    core::CommunicationTemplates templates(m_incidents.repository());
    QHash<QString, QString> extra{{u"message"_s, message}};
    if (parser.isSet(u"eta"_s))
        extra.insert(u"eta"_s, parser.value(u"eta"_s));
    auto preview = templates.preview(*incident, status.value_or(incident->status), extra);
    if (!preview.ok())
        return fail(preview.error());
    if (parser.isSet(u"preview"_s)) {
        m_out.line(preview->text);
        if (!preview->unknownPlaceholders.isEmpty())
            m_out.error(Tr::tr("Unknown placeholders: %1").arg(preview->unknownPlaceholders.join(u", "_s)));
        if (m_out.json())
            m_out.document(QJsonObject{
                {u"text"_s, preview->text},
                {u"unknown_placeholders"_s, QJsonArray::fromStringList(preview->unknownPlaceholders)}});
        return Cli::Done;
    }
    if (status) {
        auto changed = m_incidents.changeStatus(id, *status, m_user, message);
        if (!changed.ok())
            return fail(changed.error());
        m_out.line(Tr::tr("Incident #%1 is now %2.").arg(id).arg(core::incidentStatusLabel(*status)));
    } else if (!message.isEmpty()) {
        if (auto noted = m_incidents.addNote(id, m_user, message); !noted.ok())
            return fail(noted.error());
        m_out.line(Tr::tr("Note added to incident #%1.").arg(id));
    }
    QJsonArray sent;
    int code = Cli::Done;
    if (!channels.isEmpty()) {
        auto queued = m_incidents.queueUpdate(id, channels, preview->text, m_user);
        if (!queued.ok())
            return fail(queued.error());
        const int deadline = parser.value(u"wait"_s).toInt() * 1000;
        for (const core::Communication &c : deliver(*queued, deadline)) {
            const QString state = core::communicationStateToString(c.state);
            if (c.state == core::Communication::State::Pending) {
                m_out.line(
                    Tr::tr("%1: not delivered yet; it stays in the outbox and is retried (next try %2).")
                        .arg(core::channelLabel(c.channel), iso(c.nextAttemptAt)));
                code = Cli::Failed;
            } else if (c.state == core::Communication::State::Failed) {
                m_out.error(Tr::tr("%1: NOT delivered: %2").arg(core::channelLabel(c.channel), c.lastError));
                code = Cli::Failed;
            }
            sent.append(QJsonObject{{u"id"_s, c.id},
                                    {u"channel"_s, core::channelToString(c.channel)},
                                    {u"state"_s, state},
                                    {u"attempts"_s, c.attempts},
                                    {u"last_error"_s, c.lastError}});
        }
    }
    if (m_out.json()) {
        QJsonObject doc = incidentJson(m_incidents.repository().get(id).value());
        doc.insert(u"communications"_s, sent);
        m_out.document(doc);
    }
    return code;
}

int IncidentCommands::exportReport(core::IncidentId id, const QString &pdf, const QString &markdown)
{
    auto timeline = core::Timeline::standard(m_ws, m_incidents.repository());
    auto report = core::PostmortemReport::load(m_incidents, *timeline, id);
    if (!report.ok())
        return fail(report.error());
    QJsonObject doc{{u"incident"_s, id}};
    if (!markdown.isEmpty()) {
        QSaveFile file(markdown);
        if (!file.open(QIODevice::WriteOnly) || file.write(report->toMarkdown().toUtf8()) < 0 ||
            !file.commit()) {
            m_out.error(Tr::tr("Cannot write %1: %2").arg(markdown, file.errorString()));
            return Cli::Failed;
        }
        m_out.line(Tr::tr("Wrote %1.").arg(markdown));
        doc.insert(u"markdown"_s, markdown);
    }
    if (!pdf.isEmpty()) {
        if (auto written = report::PostmortemPdf::write(*report, pdf); !written.ok()) {
            m_out.error(written.error().message);
            return Cli::Failed;
        }
        m_out.line(Tr::tr("Wrote %1.").arg(pdf));
        doc.insert(u"pdf"_s, pdf);
    }
    doc.insert(u"timeline_events"_s, static_cast<int>(report->timeline.size()));
    if (m_out.json())
        m_out.document(doc);
    return Cli::Done;
}

// `incident component set --service S [--env E] --id ID` / `incident component list`: which Statuspage
// component an incident in that service (environment) sets on updates.
int IncidentCommands::component(const QString &what, const QCommandLineParser &parser)
{
    core::StatuspageComponents components(m_ws.database());
    if (what == u"set") {
        const QString service = parser.values(u"service"_s).value(0);
        const QString id = parser.value(u"id"_s).trimmed();
        if (service.isEmpty() || id.isEmpty() || parser.values(u"env"_s).size() > 1) {
            m_out.error(
                Tr::tr("incident component set: give --service NAME, --id COMPONENT and at most one --env."));
            return Cli::BadInput;
        }
        const QString env = parser.values(u"env"_s).value(0);
        if (auto set = components.set({service, env, id}); !set.ok()) {
            m_out.error(set.error().message);
            return Cli::Failed;
        }
        m_out.line(env.isEmpty()
                       ? Tr::tr("Incidents in %1 set Statuspage component %2.").arg(service, id)
                       : Tr::tr("Incidents in %1/%2 set Statuspage component %3.").arg(service, env, id));
        if (m_out.json())
            m_out.document(QJsonObject{{u"service"_s, service}, {u"env"_s, env}, {u"component"_s, id}});
        return Cli::Done;
    }
    auto all = components.list();
    if (!all.ok()) {
        m_out.error(all.error().message);
        return Cli::Failed;
    }
    QJsonArray rows;
    for (const auto &m : *all) {
        m_out.line(u"%1%2  %3"_s.arg(m.service, m.environment.isEmpty() ? QString() : u"/"_s + m.environment,
                                     m.componentId));
        rows.append(QJsonObject{
            {u"service"_s, m.service}, {u"env"_s, m.environment}, {u"component"_s, m.componentId}});
    }
    if (all->isEmpty())
        m_out.line(Tr::tr("No Statuspage components are mapped (incident component set …)."));
    if (m_out.json())
        m_out.document(rows);
    return Cli::Done;
}

int IncidentCommands::channelSet(const QString &name, const QString &baseUrl, const QString &pageId)
{
    const auto channel = core::channelFromString(name);
    if (!channel) {
        m_out.error(Tr::tr("incident channel set: the channel is slack or statuspage."));
        return Cli::BadInput;
    }
    if (*channel == core::Channel::Statuspage && (baseUrl.isEmpty() || pageId.isEmpty())) {
        m_out.error(
            Tr::tr("incident channel set statuspage: give --base-url (e.g. https://api.statuspage.io/v1) "
                   "and --page-id."));
        return Cli::BadInput;
    }
    // The secret comes on stdin, never on the command line.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        m_out.error(Tr::tr("Cannot read the secret from standard input."));
        return Cli::BadInput;
    }
    const QByteArray secret = in.readAll().trimmed();
    if (secret.isEmpty()) {
        m_out.error(*channel == core::Channel::Slack
                        ? Tr::tr("Pipe the Slack incoming webhook URL into standard input.")
                        : Tr::tr("Pipe the Statuspage API key into standard input."));
        return Cli::BadInput;
    }
    auto existing = m_incidents.repository().channel(*channel);
    const QString key =
        existing.ok() && *existing
            ? (*existing)->secretKey
            : u"incident-channel/%1/%2"_s.arg(name).arg(QRandomGenerator::global()->generate64(), 0, 16);
    core::SecretStore secrets(kKeychainService);
    QEventLoop loop;
    core::Status written = core::Error{u"secrets.unavailable"_s, Tr::tr("The keychain did not answer."), {}};
    secrets.write(key, secret, &loop, [&](core::Status s) {
        written = std::move(s);
        loop.quit();
    });
    loop.exec();
    if (!written.ok())
        return fail(written.error());
    if (auto saved =
            m_incidents.repository().setChannel(core::ChannelConfig{*channel, baseUrl, pageId, key, true});
        !saved.ok())
        return fail(saved.error());
    m_out.line(Tr::tr("%1 is configured; its secret is in the keychain.").arg(core::channelLabel(*channel)));
    if (m_out.json())
        m_out.document(QJsonObject{{u"channel"_s, name}, {u"configured"_s, true}});
    return Cli::Done;
}

} // namespace

bool CliIncidents::needsGui(const QStringList &arguments)
{
    return arguments.contains(u"incident"_s) && arguments.contains(u"export"_s) &&
           (arguments.contains(u"--pdf"_s) ||
            std::any_of(arguments.begin(), arguments.end(),
                        [](const QString &a) { return a.startsWith(u"--pdf="_s); }));
}

int CliIncidents::run(const QString &workspaceLocation, const QStringList &arguments, const CliOutput &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Incidents: list, show (with the timeline), open, update (status, note, notify Slack / Statuspage), "
        "export the postmortem, configure notification channels."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s,
                                 Tr::tr("list, show, open, update, export, channel or component"));
    parser.addPositionalArgument(u"id"_s, Tr::tr("show, update, export: the incident number."),
                                 Tr::tr("[ID]"));
    parser.addOptions({
        {u"json"_s, Tr::tr("One JSON document on stdout.")},
        {u"open"_s, Tr::tr("list: only incidents not resolved.")},
        {u"limit"_s, Tr::tr("list: at most this many (default 50)."), Tr::tr("n"), u"50"_s},
        {u"title"_s, Tr::tr("open: what is wrong."), Tr::tr("text")},
        {u"severity"_s, Tr::tr("open: P0 (outage), P1 (major feature broken), P2 (minor degradation)."),
         Tr::tr("P"), u"P1"_s},
        {u"service"_s, Tr::tr("open: an affected service (repeatable)."), Tr::tr("name")},
        {u"env"_s, Tr::tr("open: an affected environment (repeatable)."), Tr::tr("name")},
        {u"commander"_s, Tr::tr("open: the incident commander (default: you)."), Tr::tr("name")},
        {u"summary"_s, Tr::tr("open: a short description."), Tr::tr("text")},
        {u"started"_s, Tr::tr("open: when impact began (ISO 8601, default now)."), Tr::tr("time")},
        {u"deployment"_s, Tr::tr("open: a related deployment number (repeatable)."), Tr::tr("id")},
        {u"status"_s, Tr::tr("update: investigating, identified, monitoring or resolved."), Tr::tr("status")},
        {u"message"_s, Tr::tr("update: what changed (a note, or the status change's message)."),
         Tr::tr("text")},
        {u"notify"_s,
         Tr::tr("update: post the status template with the message to slack, statuspage or both."),
         Tr::tr("channels")},
        {u"eta"_s, Tr::tr("update: the {eta} of the template, e.g. \"15:30 UTC\"."), Tr::tr("text")},
        {u"preview"_s, Tr::tr("update: print the update text that --notify would send; change nothing.")},
        {u"wait"_s,
         Tr::tr("update: seconds to wait for delivery (default 30); undelivered updates stay queued."),
         Tr::tr("s"), u"30"_s},
        {u"pdf"_s, Tr::tr("export: write the postmortem with its timeline as PDF."), Tr::tr("file")},
        {u"markdown"_s, Tr::tr("export: write the postmortem with its timeline as Markdown."),
         Tr::tr("file")},
        {u"base-url"_s, Tr::tr("channel set statuspage: the API base URL."), Tr::tr("url")},
        {u"page-id"_s, Tr::tr("channel set statuspage: the page id."), Tr::tr("id")},
        {u"id"_s, Tr::tr("component set: the Statuspage component id of --service (and --env)."),
         Tr::tr("id")},
    });
    if (!parser.parse(QStringList{u"switchyard incident"_s} + arguments)) {
        out.error(Tr::tr("incident: %1\nRun “switchyard incident --help” for its options.")
                      .arg(parser.errorText()));
        return Cli::BadInput;
    }
    if (parser.isSet(u"help"_s)) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), u"switchyard incident"_s);
        out.line(help.trimmed());
        return Cli::Done;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList actions{u"list"_s,   u"show"_s,    u"open"_s,     u"update"_s,
                                     u"export"_s, u"channel"_s, u"component"_s};
    if (!actions.contains(action)) {
        out.error(
            Tr::tr("incident: the action is list, show, open, update, export, channel or component. Run "
                   "“switchyard incident --help”."));
        return Cli::BadInput;
    }
    core::IncidentId id = 0;
    if (action == u"show" || action == u"update" || action == u"export") {
        bool ok = false;
        id = positional.value(1).toLongLong(&ok);
        if (!ok || id <= 0) {
            out.error(Tr::tr("incident %1: give the incident number (see “switchyard incident list”).")
                          .arg(action));
            return Cli::BadInput;
        }
    }
    if (action == u"open" && parser.value(u"title"_s).trimmed().isEmpty()) {
        out.error(Tr::tr("incident open: --title is required."));
        return Cli::BadInput;
    }
    if (action == u"export" && !parser.isSet(u"pdf"_s) && !parser.isSet(u"markdown"_s)) {
        out.error(Tr::tr("incident export: give --pdf FILE, --markdown FILE or both."));
        return Cli::BadInput;
    }
    if (action == u"channel" && (positional.value(1) != u"set" || positional.size() != 3)) {
        out.error(Tr::tr(
            "incident channel: use “incident channel set slack|statuspage” with the secret on stdin."));
        return Cli::BadInput;
    }

    if (action == u"component" && positional.value(1) != u"set" && positional.value(1) != u"list") {
        out.error(Tr::tr("incident component: use “incident component set --service S [--env E] --id ID” or "
                         "“incident component list”."));
        return Cli::BadInput;
    }

    auto opened = core::Workspace::open(workspaceLocation);
    if (!opened.ok()) {
        out.error(opened.error().message);
        return CliOutput::exitCodeFor(opened.error());
    }
    IncidentCommands commands(**opened, out);
    if (action == u"component")
        return commands.component(positional.value(1), parser);
    if (action == u"list")
        return commands.list(parser.isSet(u"open"_s), parser.value(u"limit"_s).toInt());
    if (action == u"show")
        return commands.show(id);
    if (action == u"open")
        return commands.open(parser);
    if (action == u"update")
        return commands.update(id, parser);
    if (action == u"export")
        return commands.exportReport(id, parser.value(u"pdf"_s), parser.value(u"markdown"_s));
    return commands.channelSet(positional.value(2), parser.value(u"base-url"_s), parser.value(u"page-id"_s));
}

} // namespace app
