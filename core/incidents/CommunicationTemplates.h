#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/incidents/Incident.h"

namespace core {

class IncidentRepository;

// A rendered update, before it is sent: the text, and any {placeholder} no value was found for.
struct UpdatePreview
{
    QString text;
    QStringList unknownPlaceholders;
};

// Update templates per status (investigating / identified / monitoring / resolved). Placeholders:
// {service} {environment} {severity} {severity_text} {status} {title} {commander} {incident}
// {started} {eta} {message}. The workspace may override a template (incident_templates); otherwise
// the built-in text (seed 003) is used.
class CommunicationTemplates
{
public:
    explicit CommunicationTemplates(IncidentRepository &repository)
        : m_repository(repository)
    {}

    static QString builtIn(IncidentStatus status);
    static QStringList placeholders();
    [[nodiscard]] Result<QString> templateFor(IncidentStatus status) const;

    // Values for an incident; `extra` adds or overrides ({eta}, {message}).
    static QHash<QString, QString> valuesFor(const Incident &incident,
                                             const QHash<QString, QString> &extra = {});
    static UpdatePreview render(const QString &text, const QHash<QString, QString> &values);
    // The template for `status`, rendered for `incident`: what would be sent.
    [[nodiscard]] Result<UpdatePreview>
    preview(const Incident &incident, IncidentStatus status, const QHash<QString, QString> &extra = {}) const;

private:
    IncidentRepository &m_repository;
};

} // namespace core
