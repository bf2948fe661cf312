#include "IncidentRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/store/Sql.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::IncidentRepository)
};

const QString kColumns =
    u"id, title, severity, status, summary, services, environments, commander, opened_by, "
    "automatic, started_at, detected_at, mitigated_at, resolved_at, statuspage_id, "
    "created_at"_s;
const QString kCommColumns =
    u"id, incident_id, channel, status, body, author, state, attempts, max_attempts, "
    "next_attempt_at, last_error, external_id, created_at, sent_at"_s;

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant toMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : nullInt();
}

QString listJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : array)
        out << v.toString();
    return out;
}

Incident incidentFromRow(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.title = q.value(1).toString();
    i.severity = severityFromString(q.value(2).toString()).value_or(Severity::P2);
    i.status = incidentStatusFromString(q.value(3).toString()).value_or(IncidentStatus::Investigating);
    i.summary = q.value(4).toString();
    i.services = listFromJson(q.value(5).toString());
    i.environments = listFromJson(q.value(6).toString());
    i.commander = q.value(7).toString();
    i.openedBy = q.value(8).toString();
    i.automatic = q.value(9).toInt() != 0;
    i.startedAt = fromMs(q.value(10));
    i.detectedAt = fromMs(q.value(11));
    i.mitigatedAt = fromMs(q.value(12));
    i.resolvedAt = fromMs(q.value(13));
    i.statuspageId = q.value(14).toString();
    i.createdAt = fromMs(q.value(15));
    return i;
}

Communication communicationFromRow(const QSqlQuery &q)
{
    Communication c;
    c.id = q.value(0).toLongLong();
    c.incidentId = q.value(1).toLongLong();
    c.channel = channelFromString(q.value(2).toString()).value_or(Channel::Slack);
    c.status = q.value(3).toString();
    c.body = q.value(4).toString();
    c.author = q.value(5).toString();
    c.state = communicationStateFromString(q.value(6).toString());
    c.attempts = q.value(7).toInt();
    c.maxAttempts = q.value(8).toInt();
    c.nextAttemptAt = fromMs(q.value(9));
    c.lastError = q.value(10).toString();
    c.externalId = q.value(11).toString();
    c.createdAt = fromMs(q.value(12));
    c.sentAt = fromMs(q.value(13));
    return c;
}

QList<Binding> incidentBindings(const Incident &i)
{
    return {{u":title"_s, i.title},
            {u":severity"_s, severityToString(i.severity)},
            {u":status"_s, incidentStatusToString(i.status)},
            {u":summary"_s, i.summary},
            {u":services"_s, listJson(i.services)},
            {u":environments"_s, listJson(i.environments)},
            {u":commander"_s, i.commander},
            {u":openedBy"_s, i.openedBy},
            {u":automatic"_s, i.automatic ? 1 : 0},
            {u":started"_s,
             i.startedAt.isValid() ? i.startedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch()},
            {u":detected"_s, toMs(i.detectedAt)},
            {u":mitigated"_s, toMs(i.mitigatedAt)},
            {u":resolved"_s, toMs(i.resolvedAt)},
            {u":statuspage"_s, i.statuspageId}};
}

Error unknownIncident(IncidentId id)
{
    return Error{u"incident.unknown"_s, Tr::tr("There is no incident #%1.").arg(id), {}};
}

} // namespace

IncidentRepository::IncidentRepository(QSqlDatabase db, const Dialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

IncidentRepository::IncidentRepository(Workspace &workspace)
    : IncidentRepository(workspace.database(), workspace.dialect())
{}

Result<IncidentId> IncidentRepository::create(const Incident &incident)
{
    QList<Binding> bindings = incidentBindings(incident);
    bindings << Binding{u":created"_s, QDateTime::currentMSecsSinceEpoch()};
    auto id = runReturning(
        m_db,
        u"INSERT INTO incidents (title, severity, status, summary, services, environments, commander, "
        "opened_by, automatic, started_at, detected_at, mitigated_at, resolved_at, statuspage_id, "
        "created_at) "
        "VALUES (:title, :severity, :status, :summary, :services, :environments, :commander, :openedBy, "
        ":automatic, :started, :detected, :mitigated, :resolved, :statuspage, :created) RETURNING id"_s,
        bindings);
    if (!id.ok())
        return id.error();
    const IncidentId newId = id->value_or(0);
    Q_EMIT incidentAdded(newId);
    return newId;
}

Status IncidentRepository::update(const Incident &incident)
{
    QList<Binding> bindings = incidentBindings(incident);
    bindings << Binding{u":id"_s, incident.id};
    auto q = runSql(m_db,
                    u"UPDATE incidents SET title = :title, severity = :severity, status = :status, "
                    "summary = :summary, services = :services, environments = :environments, "
                    "commander = :commander, opened_by = :openedBy, automatic = :automatic, "
                    "started_at = :started, detected_at = :detected, mitigated_at = :mitigated, "
                    "resolved_at = :resolved, statuspage_id = :statuspage WHERE id = :id"_s,
                    bindings);
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() == 0)
        return unknownIncident(incident.id);
    Q_EMIT incidentChanged(incident.id);
    return {};
}

Result<Incident> IncidentRepository::get(IncidentId id) const
{
    auto q = runSql(m_db, u"SELECT "_s + kColumns + u" FROM incidents WHERE id = :id"_s, {{u":id"_s, id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return unknownIncident(id);
    Incident incident = incidentFromRow(*q);
    auto links = collectRows(runSql(m_db,
                                    u"SELECT deployment_id, relation FROM incident_deployments "
                                    "WHERE incident_id = :id ORDER BY deployment_id"_s,
                                    {{u":id"_s, id}}),
                             [](const QSqlQuery &row) {
                                 return IncidentLink{row.value(0).toLongLong(), row.value(1).toString()};
                             });
    if (!links.ok())
        return links.error();
    incident.links = *links;
    return incident;
}

Result<QList<Incident>> IncidentRepository::list(const IncidentFilter &filter) const
{
    QString sql = u"SELECT "_s + kColumns + u" FROM incidents WHERE 1 = 1"_s;
    QList<Binding> bindings;
    if (filter.openOnly)
        sql += u" AND status <> 'resolved'"_s;
    if (filter.resolvedOnly)
        sql += u" AND status = 'resolved'"_s;
    if (filter.beforeStart.isValid()) {
        sql += u" AND (started_at < :before OR (started_at = :before2 AND id < :beforeId))"_s;
        bindings << Binding{u":before"_s, filter.beforeStart.toMSecsSinceEpoch()}
                 << Binding{u":before2"_s, filter.beforeStart.toMSecsSinceEpoch()}
                 << Binding{u":beforeId"_s, filter.beforeId};
    }
    if (filter.from.isValid()) {
        sql += u" AND started_at >= :from"_s;
        bindings << Binding{u":from"_s, filter.from.toMSecsSinceEpoch()};
    }
    if (filter.to.isValid()) {
        sql += u" AND started_at < :to"_s;
        bindings << Binding{u":to"_s, filter.to.toMSecsSinceEpoch()};
    }
    sql += u" ORDER BY started_at DESC, id DESC"_s;
    if (filter.limit > 0) {
        sql += u" LIMIT :limit"_s;
        bindings << Binding{u":limit"_s, filter.limit};
    }
    return collectRows(runSql(m_db, sql, bindings), incidentFromRow);
}

Result<IncidentCounts> IncidentRepository::counts() const
{
    auto q = runSql(m_db, u"SELECT severity, status, COUNT(*) FROM incidents GROUP BY severity, status"_s);
    if (!q.ok())
        return q.error();
    IncidentCounts counts;
    while (q->next()) {
        const auto severity = severityFromString(q->value(0).toString());
        const auto status = incidentStatusFromString(q->value(1).toString());
        const int n = q->value(2).toInt();
        counts.total += n;
        if (status)
            counts.byStatus[static_cast<int>(*status)] += n;
        if (severity && status && *status != IncidentStatus::Resolved)
            counts.bySeverityOpen[static_cast<int>(*severity)] += n;
    }
    return counts;
}

Status IncidentRepository::link(IncidentId incident, DeploymentId deployment, const QString &relation)
{
    auto q = runSql(m_db,
                    u"INSERT INTO incident_deployments (incident_id, deployment_id, relation) "
                    "VALUES (:incident, :deployment, :relation)"_s,
                    {{u":incident"_s, incident}, {u":deployment"_s, deployment}, {u":relation"_s, relation}});
    if (!q.ok()) {
        if (m_dialect.isUniqueViolation(q.error().code.section(u':', 1), q.error().message))
            return {}; // already linked
        return q.error();
    }
    Q_EMIT incidentChanged(incident);
    return {};
}

Result<QList<IncidentId>> IncidentRepository::incidentsOf(DeploymentId deployment) const
{
    return collectRows(runSql(m_db,
                              u"SELECT incident_id FROM incident_deployments WHERE deployment_id = :d "
                              "ORDER BY incident_id"_s,
                              {{u":d"_s, deployment}}),
                       [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
}

Result<qint64> IncidentRepository::addEntry(const IncidentEntry &entry)
{
    auto id = runReturning(
        m_db,
        u"INSERT INTO incident_entries (incident_id, at, kind, author, status, body) "
        "VALUES (:incident, :at, :kind, :author, :status, :body) RETURNING id"_s,
        {{u":incident"_s, entry.incidentId},
         {u":at"_s, entry.at.isValid() ? entry.at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch()},
         {u":kind"_s, entry.kind},
         {u":author"_s, entry.author},
         {u":status"_s, entry.status},
         {u":body"_s, entry.body}});
    if (!id.ok())
        return id.error();
    Q_EMIT incidentChanged(entry.incidentId);
    return id->value_or(0);
}

Result<QList<IncidentEntry>> IncidentRepository::entries(IncidentId incident) const
{
    return collectRows(runSql(m_db,
                              u"SELECT id, incident_id, at, kind, author, status, body FROM incident_entries "
                              "WHERE incident_id = :id ORDER BY at, id"_s,
                              {{u":id"_s, incident}}),
                       [](const QSqlQuery &row) {
                           IncidentEntry e;
                           e.id = row.value(0).toLongLong();
                           e.incidentId = row.value(1).toLongLong();
                           e.at = fromMs(row.value(2));
                           e.kind = row.value(3).toString();
                           e.author = row.value(4).toString();
                           e.status = row.value(5).toString();
                           e.body = row.value(6).toString();
                           return e;
                       });
}

Result<qint64> IncidentRepository::enqueue(const Communication &c)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto id = runReturning(
        m_db,
        u"INSERT INTO incident_communications (incident_id, channel, status, body, author, state, attempts, "
        "max_attempts, next_attempt_at, created_at) VALUES (:incident, :channel, :status, :body, :author, "
        "'pending', 0, :max, :next, :created) RETURNING id"_s,
        {{u":incident"_s, c.incidentId},
         {u":channel"_s, channelToString(c.channel)},
         {u":status"_s, c.status},
         {u":body"_s, c.body},
         {u":author"_s, c.author},
         {u":max"_s, c.maxAttempts},
         {u":next"_s, c.nextAttemptAt.isValid() ? c.nextAttemptAt.toMSecsSinceEpoch() : now},
         {u":created"_s, c.createdAt.isValid() ? c.createdAt.toMSecsSinceEpoch() : now}});
    if (!id.ok())
        return id.error();
    const qint64 newId = id->value_or(0);
    Q_EMIT communicationChanged(c.incidentId, newId);
    return newId;
}

Result<Communication> IncidentRepository::communication(qint64 id) const
{
    auto q = runSql(m_db, u"SELECT "_s + kCommColumns + u" FROM incident_communications WHERE id = :id"_s,
                    {{u":id"_s, id}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error{u"communication.unknown"_s, Tr::tr("There is no communication #%1.").arg(id), {}};
    return communicationFromRow(*q);
}

Result<QList<Communication>> IncidentRepository::communications(IncidentId incident) const
{
    return collectRows(runSql(m_db,
                              u"SELECT "_s + kCommColumns +
                                  u" FROM incident_communications WHERE incident_id = :id ORDER BY id"_s,
                              {{u":id"_s, incident}}),
                       communicationFromRow);
}

Result<QList<Communication>> IncidentRepository::due(const QDateTime &now) const
{
    return collectRows(runSql(m_db,
                              u"SELECT "_s + kCommColumns +
                                  u" FROM incident_communications WHERE state = 'pending' AND "
                                  "next_attempt_at <= :now ORDER BY next_attempt_at, id"_s,
                              {{u":now"_s, now.toMSecsSinceEpoch()}}),
                       communicationFromRow);
}

Result<std::optional<QDateTime>> IncidentRepository::nextDue() const
{
    auto q =
        runSql(m_db, u"SELECT MIN(next_attempt_at) FROM incident_communications WHERE state = 'pending'"_s);
    if (!q.ok())
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromMs(q->value(0)));
}

Status IncidentRepository::recordAttempt(const Communication &c, const CommunicationAttempt &attempt)
{
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun();
    auto inserted = runSql(
        m_db,
        u"INSERT INTO incident_communication_attempts (communication_id, at, ok, http_status, message) "
        "VALUES (:c, :at, :ok, :http, :message)"_s,
        {{u":c"_s, c.id},
         {u":at"_s, attempt.at.toMSecsSinceEpoch()},
         {u":ok"_s, attempt.ok ? 1 : 0},
         {u":http"_s, attempt.httpStatus},
         {u":message"_s, attempt.message}});
    if (!inserted.ok())
        return inserted.error();
    auto updated = runSql(m_db,
                          u"UPDATE incident_communications SET state = :state, attempts = :attempts, "
                          "next_attempt_at = :next, last_error = :error, external_id = :external, "
                          "sent_at = :sent WHERE id = :id"_s,
                          {{u":id"_s, c.id},
                           {u":state"_s, communicationStateToString(c.state)},
                           {u":attempts"_s, c.attempts},
                           {u":next"_s, toMs(c.nextAttemptAt)},
                           {u":error"_s, c.lastError},
                           {u":external"_s, c.externalId},
                           {u":sent"_s, toMs(c.sentAt)}});
    if (!updated.ok())
        return updated.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed;
    Q_EMIT communicationChanged(c.incidentId, c.id);
    return {};
}

Status IncidentRepository::requeue(qint64 id, int extraAttempts)
{
    auto c = communication(id);
    if (!c.ok())
        return c.error();
    if (c->state != Communication::State::Failed) {
        return Error{u"communication.not_failed"_s,
                     Tr::tr("Communication #%1 has not failed; only failed updates can be retried.").arg(id),
                     {}};
    }
    auto q = runSql(
        m_db,
        u"UPDATE incident_communications SET state = 'pending', max_attempts = attempts + :extra, "
        "next_attempt_at = :now WHERE id = :id"_s,
        {{u":id"_s, id}, {u":extra"_s, extraAttempts}, {u":now"_s, QDateTime::currentMSecsSinceEpoch()}});
    if (!q.ok())
        return q.error();
    Q_EMIT communicationChanged(c->incidentId, id);
    return {};
}

Result<QList<CommunicationAttempt>> IncidentRepository::attempts(IncidentId incident) const
{
    return collectRows(
        runSql(m_db,
               u"SELECT a.id, a.communication_id, c.incident_id, c.channel, a.at, a.ok, a.http_status, "
               "a.message FROM incident_communication_attempts a JOIN incident_communications c ON "
               "c.id = a.communication_id WHERE c.incident_id = :id ORDER BY a.at, a.id"_s,
               {{u":id"_s, incident}}),
        [](const QSqlQuery &row) {
            CommunicationAttempt a;
            a.id = row.value(0).toLongLong();
            a.communicationId = row.value(1).toLongLong();
            a.incidentId = row.value(2).toLongLong();
            a.channel = channelFromString(row.value(3).toString()).value_or(Channel::Slack);
            a.at = fromMs(row.value(4));
            a.ok = row.value(5).toInt() != 0;
            a.httpStatus = row.value(6).toInt();
            a.message = row.value(7).toString();
            return a;
        });
}

Result<std::optional<Postmortem>> IncidentRepository::postmortem(IncidentId incident) const
{
    auto q = runSql(m_db,
                    u"SELECT root_cause, went_well, went_wrong, author, updated_at FROM postmortems "
                    "WHERE incident_id = :id"_s,
                    {{u":id"_s, incident}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<Postmortem>();
    Postmortem p;
    p.incidentId = incident;
    p.rootCause = q->value(0).toString();
    p.wentWell = q->value(1).toString();
    p.wentWrong = q->value(2).toString();
    p.author = q->value(3).toString();
    p.updatedAt = fromMs(q->value(4));
    auto actions = collectRows(runSql(m_db,
                                      u"SELECT description, owner, due_at, done FROM postmortem_actions "
                                      "WHERE incident_id = :id ORDER BY position"_s,
                                      {{u":id"_s, incident}}),
                               [](const QSqlQuery &row) {
                                   return PreventiveAction{row.value(0).toString(), row.value(1).toString(),
                                                           fromMs(row.value(2)), row.value(3).toInt() != 0};
                               });
    if (!actions.ok())
        return actions.error();
    p.actions = *actions;
    return std::optional<Postmortem>(p);
}

Status IncidentRepository::savePostmortem(const Postmortem &p)
{
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun();
    for (const QString &sql : {u"DELETE FROM postmortem_actions WHERE incident_id = :id"_s,
                               u"DELETE FROM postmortems WHERE incident_id = :id"_s}) {
        if (auto q = runSql(m_db, sql, {{u":id"_s, p.incidentId}}); !q.ok())
            return q.error();
    }
    auto q = runSql(m_db,
                    u"INSERT INTO postmortems (incident_id, root_cause, went_well, went_wrong, author, "
                    "updated_at) VALUES (:id, :root, :well, :wrong, :author, :at)"_s,
                    {{u":id"_s, p.incidentId},
                     {u":root"_s, p.rootCause},
                     {u":well"_s, p.wentWell},
                     {u":wrong"_s, p.wentWrong},
                     {u":author"_s, p.author},
                     {u":at"_s, p.updatedAt.isValid() ? p.updatedAt.toMSecsSinceEpoch()
                                                      : QDateTime::currentMSecsSinceEpoch()}});
    if (!q.ok())
        return q.error();
    int position = 0;
    for (const PreventiveAction &a : p.actions) {
        auto inserted = runSql(
            m_db,
            u"INSERT INTO postmortem_actions (incident_id, position, description, owner, due_at, done) "
            "VALUES (:id, :pos, :description, :owner, :due, :done)"_s,
            {{u":id"_s, p.incidentId},
             {u":pos"_s, position++},
             {u":description"_s, a.description},
             {u":owner"_s, a.owner},
             {u":due"_s, toMs(a.due)},
             {u":done"_s, a.done ? 1 : 0}});
        if (!inserted.ok())
            return inserted.error();
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed;
    Q_EMIT incidentChanged(p.incidentId);
    return {};
}

Result<std::optional<QString>> IncidentRepository::customTemplate(IncidentStatus status) const
{
    auto q = runSql(m_db, u"SELECT body FROM incident_templates WHERE status = :status"_s,
                    {{u":status"_s, incidentStatusToString(status)}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status IncidentRepository::setTemplate(IncidentStatus status, const QString &body)
{
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun();
    const QString key = incidentStatusToString(status);
    if (auto q =
            runSql(m_db, u"DELETE FROM incident_templates WHERE status = :status"_s, {{u":status"_s, key}});
        !q.ok())
        return q.error();
    if (auto q = runSql(m_db, u"INSERT INTO incident_templates (status, body) VALUES (:status, :body)"_s,
                        {{u":status"_s, key}, {u":body"_s, body}});
        !q.ok())
        return q.error();
    return tx.commit();
}

Result<std::optional<ChannelConfig>> IncidentRepository::channel(Channel channel) const
{
    auto q = runSql(m_db,
                    u"SELECT base_url, page_id, secret_key, enabled FROM notification_channels "
                    "WHERE channel = :channel"_s,
                    {{u":channel"_s, channelToString(channel)}});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<ChannelConfig>();
    return std::optional<ChannelConfig>(ChannelConfig{channel, q->value(0).toString(), q->value(1).toString(),
                                                      q->value(2).toString(), q->value(3).toInt() != 0});
}

Status IncidentRepository::setChannel(const ChannelConfig &config)
{
    WriteTransaction tx(m_db, m_dialect);
    if (!tx.begun().ok())
        return tx.begun();
    const QString key = channelToString(config.channel);
    if (auto q = runSql(m_db, u"DELETE FROM notification_channels WHERE channel = :channel"_s,
                        {{u":channel"_s, key}});
        !q.ok())
        return q.error();
    if (auto q =
            runSql(m_db,
                   u"INSERT INTO notification_channels (channel, base_url, page_id, secret_key, enabled) "
                   "VALUES (:channel, :base, :page, :secret, :enabled)"_s,
                   {{u":channel"_s, key},
                    {u":base"_s, config.baseUrl},
                    {u":page"_s, config.pageId},
                    {u":secret"_s, config.secretKey},
                    {u":enabled"_s, config.enabled ? 1 : 0}});
        !q.ok())
        return q.error();
    return tx.commit();
}

} // namespace core
