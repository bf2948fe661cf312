#include "IncidentSchema.h"

#include "core/store/Dialect.h"

using namespace Qt::StringLiterals;

namespace core {

QStringList incidentSchema(const Dialect &dialect)
{
    const QStringList templates{
        u"CREATE TABLE incidents ("
        " id {{ID}}, title TEXT NOT NULL, severity TEXT NOT NULL CHECK (severity IN ('P0', 'P1', 'P2')),"
        " status TEXT NOT NULL CHECK (status IN ('investigating', 'identified', 'monitoring', 'resolved')),"
        " summary TEXT NOT NULL DEFAULT '', services TEXT NOT NULL DEFAULT '[]',"
        " environments TEXT NOT NULL DEFAULT '[]', commander TEXT NOT NULL DEFAULT '',"
        " opened_by TEXT NOT NULL, automatic INTEGER NOT NULL DEFAULT 0,"
        " started_at {{BIGINT}} NOT NULL, detected_at {{BIGINT}}, mitigated_at {{BIGINT}},"
        " resolved_at {{BIGINT}}, statuspage_id TEXT NOT NULL DEFAULT '', created_at {{BIGINT}} NOT NULL)"_s,
        u"CREATE INDEX incidents_by_start ON incidents (started_at)"_s,
        u"CREATE INDEX incidents_by_status ON incidents (status, severity)"_s,

        u"CREATE TABLE incident_deployments ("
        " incident_id {{BIGINT}} NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
        " deployment_id {{BIGINT}} NOT NULL REFERENCES deployments(id),"
        " relation TEXT NOT NULL CHECK (relation IN ('cause', 'rollback', 'related')),"
        " PRIMARY KEY (incident_id, deployment_id))"_s,
        u"CREATE INDEX incident_deployments_by_deployment ON incident_deployments (deployment_id)"_s,

        u"CREATE TABLE incident_entries ("
        " id {{ID}}, incident_id {{BIGINT}} NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
        " at {{BIGINT}} NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('note', 'status')),"
        " author TEXT NOT NULL, status TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX incident_entries_by_incident ON incident_entries (incident_id, at)"_s,

        u"CREATE TABLE incident_communications ("
        " id {{ID}}, incident_id {{BIGINT}} NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
        " channel TEXT NOT NULL CHECK (channel IN ('slack', 'statuspage')), status TEXT NOT NULL,"
        " body TEXT NOT NULL, author TEXT NOT NULL,"
        " state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),"
        " attempts INTEGER NOT NULL DEFAULT 0, max_attempts INTEGER NOT NULL,"
        " next_attempt_at {{BIGINT}}, last_error TEXT NOT NULL DEFAULT '',"
        " external_id TEXT NOT NULL DEFAULT '', created_at {{BIGINT}} NOT NULL, sent_at {{BIGINT}})"_s,
        u"CREATE INDEX incident_communications_by_incident ON incident_communications (incident_id, id)"_s,
        u"CREATE INDEX incident_communications_due ON incident_communications (state, next_attempt_at)"_s,

        u"CREATE TABLE incident_communication_attempts ("
        " id {{ID}}, communication_id {{BIGINT}} NOT NULL REFERENCES incident_communications(id)"
        " ON DELETE CASCADE, at {{BIGINT}} NOT NULL, ok INTEGER NOT NULL, http_status INTEGER NOT NULL,"
        " message TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX incident_communication_attempts_by_communication"
        " ON incident_communication_attempts (communication_id, id)"_s,

        u"CREATE TABLE postmortems ("
        " incident_id {{BIGINT}} PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,"
        " root_cause TEXT NOT NULL DEFAULT '', went_well TEXT NOT NULL DEFAULT '',"
        " went_wrong TEXT NOT NULL DEFAULT '', author TEXT NOT NULL, updated_at {{BIGINT}} NOT NULL)"_s,
        u"CREATE TABLE postmortem_actions ("
        " id {{ID}}, incident_id {{BIGINT}} NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, description TEXT NOT NULL, owner TEXT NOT NULL,"
        " due_at {{BIGINT}}, done INTEGER NOT NULL DEFAULT 0)"_s,

        u"CREATE TABLE incident_templates (status TEXT PRIMARY KEY, body TEXT NOT NULL)"_s,
        u"CREATE TABLE notification_channels ("
        " channel TEXT PRIMARY KEY CHECK (channel IN ('slack', 'statuspage')),"
        " base_url TEXT NOT NULL DEFAULT '', page_id TEXT NOT NULL DEFAULT '',"
        " secret_key TEXT NOT NULL, enabled INTEGER NOT NULL DEFAULT 1)"_s,

        // Timelines and DORA figures read deployments by time and by what they roll back.
        u"CREATE INDEX deployments_by_start ON deployments (started_at)"_s,
        u"CREATE INDEX deployments_by_rollback_of ON deployments (rollback_of)"_s,
        u"CREATE INDEX deployments_by_finish ON deployments (finished_at)"_s,
        u"CREATE INDEX releases_by_creation ON releases (created_at)"_s,
    };
    QStringList out;
    for (const QString &t : templates)
        out << dialect.expand(t);
    return out;
}

QStringList releaseCommitTimeSchema(const Dialect &dialect)
{
    return {
        dialect.expand(u"ALTER TABLE releases ADD COLUMN committed_at {{BIGINT}}"_s),
        // environment '' = every environment of the service.
        u"CREATE TABLE statuspage_components (service TEXT NOT NULL, environment TEXT NOT NULL DEFAULT '',"
        " component_id TEXT NOT NULL, PRIMARY KEY (service, environment))"_s,
    };
}

} // namespace core
