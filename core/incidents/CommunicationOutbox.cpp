#include "CommunicationOutbox.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>

#include "core/Logging.h"
#include "core/incidents/IncidentRepository.h"
#include "core/incidents/Incidents.h"
#include "core/incidents/NotificationClient.h"
#include "core/incidents/StatuspageComponents.h"
#include "core/secrets/SecretStore.h"
#include "core/store/AuditLog.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::CommunicationOutbox)
};

QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

QString impactOf(Severity severity)
{
    switch (severity) {
    case Severity::P0:
        return u"critical"_s;
    case Severity::P1:
        return u"major"_s;
    case Severity::P2:
        break;
    }
    return u"minor"_s;
}

} // namespace

CommunicationOutbox::CommunicationOutbox(
    Incidents &incidents, NotificationClient &client, SecretStore &secrets, Options options, QObject *parent)
    : QObject(parent)
    , m_incidents(incidents)
    , m_client(client)
    , m_secrets(secrets)
    , m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CommunicationOutbox::pump);
}

CommunicationOutbox::~CommunicationOutbox() = default;

int CommunicationOutbox::backoffMs(int attempts) const
{
    qint64 delay = m_options.baseDelayMs;
    for (int i = 1; i < attempts && delay < m_options.maxDelayMs; ++i)
        delay *= 2;
    return static_cast<int>(qMin<qint64>(delay, m_options.maxDelayMs));
}

void CommunicationOutbox::pump()
{
    if (busy())
        return;
    auto due = m_incidents.repository().due(nowUtc());
    if (!due.ok()) {
        qCWarning(lcProviders) << "outbox:" << due.error().toString();
        return;
    }
    m_queue = *due;
    sendNext();
}

void CommunicationOutbox::sendNext()
{
    if (m_queue.isEmpty()) {
        m_current = 0;
        scheduleNext();
        Q_EMIT idle();
        return;
    }
    const Communication c = m_queue.takeFirst();
    m_current = c.id;
    send(c);
}

void CommunicationOutbox::send(const Communication &c)
{
    auto config = m_incidents.repository().channel(c.channel);
    if (!config.ok() || !*config || !(*config)->enabled) {
        NotificationOutcome outcome;
        outcome.message = config.ok() ? Tr::tr("%1 is not configured for this workspace (switchyard incident "
                                               "channel set …).")
                                            .arg(channelLabel(c.channel))
                                      : config.error().message;
        complete(c, outcome);
        return;
    }
    const ChannelConfig channel = **config;
    m_secrets.read(channel.secretKey, this, [this, c, channel](Result<QByteArray> secret) {
        if (!secret.ok()) {
            NotificationOutcome outcome;
            outcome.retryable = secret.error().code == u"secrets.unavailable";
            outcome.message = Tr::tr("The %1 secret could not be read from the keychain: %2")
                                  .arg(channelLabel(c.channel), secret.error().message);
            complete(c, outcome);
            return;
        }
        auto done = [this, c](const NotificationOutcome &outcome) { complete(c, outcome); };
        if (c.channel == Channel::Slack) {
            m_client.postSlack(QUrl(QString::fromUtf8(*secret)), c.body, this, done);
            return;
        }
        auto incident = m_incidents.repository().get(c.incidentId);
        if (!incident.ok()) {
            NotificationOutcome outcome;
            outcome.message = incident.error().message;
            complete(c, outcome);
            return;
        }
        QJsonObject body{{u"status"_s, c.status}, {u"body"_s, c.body}};
        // The affected components' statuses follow the update's status and the incident's severity.
        auto components = StatuspageComponents(m_incidents.repository().database()).componentsOf(*incident);
        if (!components.ok()) {
            NotificationOutcome outcome;
            outcome.message = components.error().message;
            complete(c, outcome);
            return;
        }
        const QJsonObject fields =
            StatuspageComponents::requestFields(*components, c.status, incident->severity);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            body.insert(it.key(), it.value());
        if (incident->statuspageId.isEmpty()) {
            body.insert(u"name"_s, incident->title);
            body.insert(u"impact_override"_s, impactOf(incident->severity));
            m_client.createStatuspageIncident(QUrl(channel.baseUrl), channel.pageId, *secret, body, this,
                                              done);
        } else {
            m_client.updateStatuspageIncident(QUrl(channel.baseUrl), channel.pageId, incident->statuspageId,
                                              *secret, body, this, done);
        }
    });
}

void CommunicationOutbox::complete(Communication c, const NotificationOutcome &outcome)
{
    const QDateTime now = nowUtc();
    ++c.attempts;
    CommunicationAttempt attempt;
    attempt.communicationId = c.id;
    attempt.incidentId = c.incidentId;
    attempt.channel = c.channel;
    attempt.at = now;
    attempt.ok = outcome.ok;
    attempt.httpStatus = outcome.httpStatus;
    attempt.message = outcome.message;
    bool finalState = true;
    if (outcome.ok) {
        c.state = Communication::State::Sent;
        c.sentAt = now;
        c.nextAttemptAt = {};
        c.lastError.clear();
        if (!outcome.externalId.isEmpty()) {
            c.externalId = outcome.externalId;
            if (auto incident = m_incidents.repository().get(c.incidentId);
                incident.ok() && incident->statuspageId.isEmpty()) {
                incident->statuspageId = outcome.externalId;
                if (auto updated = m_incidents.repository().update(*incident); !updated.ok())
                    qCWarning(lcProviders) << "outbox:" << updated.error().toString();
            }
        }
    } else {
        c.lastError = outcome.message;
        if (outcome.retryable && c.attempts < c.maxAttempts) {
            finalState = false;
            const int delay = outcome.retryAfterMs >= 0 ? outcome.retryAfterMs : backoffMs(c.attempts);
            const int jitter = delay > 0 ? QRandomGenerator::global()->bounded(delay / 10 + 1) : 0;
            c.nextAttemptAt = now.addMSecs(delay + jitter);
            attempt.message = Tr::tr("%1 Next try in %2 s (attempt %3 of %4).")
                                  .arg(outcome.message)
                                  .arg((delay + jitter + 999) / 1000)
                                  .arg(c.attempts + 1)
                                  .arg(c.maxAttempts);
        } else {
            c.state = Communication::State::Failed;
            c.nextAttemptAt = {};
        }
    }
    if (auto recorded = m_incidents.repository().recordAttempt(c, attempt); !recorded.ok())
        qCWarning(lcProviders) << "outbox: could not record an attempt:" << recorded.error().toString();
    if (finalState) {
        auto audited = m_incidents.workspace().audit().append(
            c.author, outcome.ok ? u"incident.communication.sent"_s : u"incident.communication.failed"_s,
            u"incident/%1"_s.arg(c.incidentId),
            QJsonObject{{u"communication"_s, c.id},
                        {u"channel"_s, channelToString(c.channel)},
                        {u"attempts"_s, c.attempts},
                        {u"http"_s, outcome.httpStatus}});
        if (!audited.ok())
            qCWarning(lcProviders) << "outbox:" << audited.error().toString();
    }
    Q_EMIT attempted(c.id, outcome.ok, finalState);
    sendNext();
}

void CommunicationOutbox::scheduleNext()
{
    auto next = m_incidents.repository().nextDue();
    if (!next.ok() || !*next) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(**next));
    m_timer.start(static_cast<int>(qMin<qint64>(wait, 24LL * 3600 * 1000)));
}

} // namespace core
