#include "CommunicationTemplates.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/incidents/IncidentRepository.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::CommunicationTemplates)
};
} // namespace

QString CommunicationTemplates::builtIn(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return Tr::tr("[{severity}] We're investigating reports of issues with {service} ({environment}). "
                      "We'll provide updates as we learn more. Next update by {eta}.");
    case IncidentStatus::Identified:
        return Tr::tr("[{severity}] We've identified the issue affecting {service} ({environment}) and are "
                      "working on a fix. Next update by {eta}.");
    case IncidentStatus::Monitoring:
        return Tr::tr("[{severity}] A fix for {service} ({environment}) is in place and we are monitoring "
                      "the results.");
    case IncidentStatus::Resolved:
        break;
    }
    return Tr::tr("The issue with {service} ({environment}) has been resolved. We apologize for any "
                  "inconvenience.");
}

QStringList CommunicationTemplates::placeholders()
{
    return {u"service"_s,   u"environment"_s, u"severity"_s, u"severity_text"_s, u"status"_s, u"title"_s,
            u"commander"_s, u"incident"_s,    u"started"_s,  u"eta"_s,           u"message"_s};
}

Result<QString> CommunicationTemplates::templateFor(IncidentStatus status) const
{
    auto custom = m_repository.customTemplate(status);
    if (!custom.ok())
        return custom.error();
    return custom->value_or(builtIn(status));
}

QHash<QString, QString> CommunicationTemplates::valuesFor(const Incident &incident,
                                                          const QHash<QString, QString> &extra)
{
    QHash<QString, QString> values{
        {u"service"_s, incident.services.isEmpty() ? Tr::tr("our service") : incident.services.join(u", "_s)},
        {u"environment"_s,
         incident.environments.isEmpty() ? Tr::tr("all environments") : incident.environments.join(u", "_s)},
        {u"severity"_s, severityToString(incident.severity)},
        {u"severity_text"_s, severityDescription(incident.severity)},
        {u"status"_s, incidentStatusLabel(incident.status)},
        {u"title"_s, incident.title},
        {u"commander"_s, incident.commander},
        {u"incident"_s, QString::number(incident.id)},
        {u"started"_s, incident.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)},
        {u"eta"_s, Tr::tr("%1 UTC").arg(QDateTime::currentDateTimeUtc()
                                            .addSecs(incident.severity == Severity::P0 ? 30 * 60 : 60 * 60)
                                            .toString(u"HH:mm"_s))},
        {u"message"_s, QString()},
    };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

UpdatePreview CommunicationTemplates::render(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    UpdatePreview preview;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        preview.text += text.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (values.contains(name)) {
            preview.text += values.value(name);
        } else {
            preview.text += match.captured(0);
            if (!preview.unknownPlaceholders.contains(name))
                preview.unknownPlaceholders << name;
        }
        last = match.capturedEnd();
    }
    preview.text += text.mid(last);
    preview.text = preview.text.trimmed();
    return preview;
}

Result<UpdatePreview> CommunicationTemplates::preview(const Incident &incident,
                                                      IncidentStatus status,
                                                      const QHash<QString, QString> &extra) const
{
    auto text = templateFor(status);
    if (!text.ok())
        return text.error();
    Incident shown = incident;
    shown.status = status;
    QString body = *text;
    const QString message = extra.value(u"message"_s);
    if (!message.isEmpty() && !body.contains(u"{message}"_s))
        body += u"\n{message}"_s;
    return render(body, valuesFor(shown, extra));
}

} // namespace core
