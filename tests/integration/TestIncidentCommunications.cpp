// Incident communications against local fake Slack and Statuspage servers (QHttpServer): sends,
// failure then retry success, Retry-After, refusals that fail at once and stay visible, bounded
// retries, an outbox that survives a restart, and secrets that stay in the keychain. Requests are
// checked against the hand-made contract in specs/notifications.handmade.json.
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/incidents/CommunicationOutbox.h"
#include "core/incidents/CommunicationTemplates.h"
#include "core/incidents/IncidentRepository.h"
#include "core/incidents/Incidents.h"
#include "core/incidents/NotificationClient.h"
#include "core/incidents/StatuspageComponents.h"
#include "core/incidents/Timeline.h"
#include "core/secrets/SecretStore.h"
#include "core/store/AuditLog.h"
#include "core/store/Sql.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::Channel;
using core::Communication;

namespace {

struct Recorded
{
    QByteArray method;
    QString path;
    QByteArray authorization;
    QJsonObject body;
};

// Slack and Statuspage in one loopback server. Each endpoint answers from a script of status codes
// (then 200/201 once the script is used up).
class FakeNotificationServer
{
public:
    FakeNotificationServer()
    {
        m_server.route(u"/services/T000/B000/<arg>"_s,
                       [this](const QString &secret, const QHttpServerRequest &req) {
                           record(req);
                           if (secret != m_slackSecret)
                               return QHttpServerResponse("text/plain"_ba, "invalid_token"_ba,
                                                          QHttpServerResponse::StatusCode::Forbidden);
                           return answer(m_slackScript, "ok"_ba, QHttpServerResponse::StatusCode::Ok);
                       });
        m_server.route(
            u"/v1/pages/<arg>/incidents"_s, [this](const QString &page, const QHttpServerRequest &req) {
                record(req);
                if (page != u"page1")
                    return QHttpServerResponse("application/json"_ba, R"({"error":"page not found"})"_ba,
                                               QHttpServerResponse::StatusCode::NotFound);
                if (!m_statuspageScript.isEmpty()) // a scripted failure creates nothing
                    return answer(m_statuspageScript, {}, QHttpServerResponse::StatusCode::Created);
                const QJsonObject incident{
                    {u"id"_s, u"sp-%1"_s.arg(++m_created)},
                    {u"name"_s, m_requests.constLast().body.value(u"incident"_s).toObject().value(u"name"_s)},
                    {u"status"_s, u"investigating"_s}};
                return answer(m_statuspageScript, QJsonDocument(incident).toJson(),
                              QHttpServerResponse::StatusCode::Created);
            });
        m_server.route(u"/v1/pages/<arg>/incidents/<arg>"_s,
                       [this](const QString &, const QString &id, const QHttpServerRequest &req) {
                           record(req);
                           const QJsonObject incident{{u"id"_s, id}, {u"status"_s, u"resolved"_s}};
                           return answer(m_statuspageScript, QJsonDocument(incident).toJson(),
                                         QHttpServerResponse::StatusCode::Ok);
                       });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_port; }
    QString slackUrl() const
    {
        return u"http://127.0.0.1:%1/services/T000/B000/%2"_s.arg(m_port).arg(m_slackSecret);
    }
    QString statuspageBase() const { return u"http://127.0.0.1:%1/v1"_s.arg(m_port); }
    QString slackSecret() const { return m_slackSecret; }

    QList<int> m_slackScript;
    QList<int> m_statuspageScript;
    int m_retryAfterSecs = -1;
    QList<Recorded> m_requests;

private:
    void record(const QHttpServerRequest &req)
    {
        Recorded r;
        switch (req.method()) {
        case QHttpServerRequest::Method::Post:
            r.method = "POST";
            break;
        case QHttpServerRequest::Method::Patch:
            r.method = "PATCH";
            break;
        default:
            r.method = "OTHER";
        }
        r.path = req.url().path();
        r.authorization = req.value("Authorization");
        r.body = QJsonDocument::fromJson(req.body()).object();
        m_requests << r;
    }

    QHttpServerResponse
    answer(QList<int> &script, const QByteArray &okBody, QHttpServerResponse::StatusCode ok)
    {
        if (script.isEmpty())
            return QHttpServerResponse(okBody.startsWith('{') ? "application/json"_ba : "text/plain"_ba,
                                       okBody, ok);
        const auto code = static_cast<QHttpServerResponse::StatusCode>(script.takeFirst());
        QHttpServerResponse response("text/plain"_ba,
                                     code == QHttpServerResponse::StatusCode::Forbidden ? "invalid_token"_ba
                                                                                        : "rollup_error"_ba,
                                     code);
        if (m_retryAfterSecs >= 0)
            response.setHeader("Retry-After"_ba, QByteArray::number(m_retryAfterSecs));
        return response;
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    int m_created = 0;
    QString m_slackSecret = u"XXXXsecretHOOKtoken%1"_s.arg(QRandomGenerator::global()->generate(), 0, 16);
};

} // namespace

class TestIncidentCommunications : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Workspace> m_ws;
    std::unique_ptr<core::Incidents> m_incidents;
    std::unique_ptr<FakeNotificationServer> m_fake;
    std::unique_ptr<core::SecretStore> m_secrets;
    QNetworkAccessManager m_nam;
    std::unique_ptr<core::NotificationClient> m_client;
    std::unique_ptr<core::CommunicationOutbox> m_outbox;
    core::IncidentId m_incident = 0;
    const QByteArray m_apiKey = "sp-api-KEY-" + QByteArray::number(QRandomGenerator::global()->generate());
    QJsonObject m_spec;

    core::Status writeSecret(const QString &key, const QByteArray &value)
    {
        std::optional<core::Status> result;
        m_secrets->write(key, value, this, [&result](core::Status s) { result = std::move(s); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            return core::Error{u"test.timeout"_s, u"keychain write did not answer"_s, {}};
        return *result;
    }

    void makeOutbox(int baseDelayMs = 100)
    {
        m_outbox = std::make_unique<core::CommunicationOutbox>(
            *m_incidents, *m_client, *m_secrets, core::CommunicationOutbox::Options{baseDelayMs, 2000});
    }

    // Pumps the outbox until communication `id` reached a final state.
    Communication sendUntilFinal(qint64 id, int timeoutMs = 20000)
    {
        m_outbox->pump();
        // A timeout shows as the communication still pending, which the caller's comparison reports.
        static_cast<void>(QTest::qWaitFor(
            [&] {
                auto c = m_incidents->repository().communication(id);
                return c.ok() && c->state != Communication::State::Pending;
            },
            timeoutMs));
        return m_incidents->repository().communication(id).value();
    }

    QStringList timelineTitles()
    {
        auto timeline = core::Timeline::standard(*m_ws, m_incidents->repository());
        auto events = timeline->assemble(m_incidents->repository().get(m_incident).value());
        QStringList titles;
        for (const auto &e : events.value())
            titles << e.title;
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile spec(QStringLiteral(SWITCHYARD_SOURCE_DIR) +
                   u"/tests/integration/specs/notifications.handmade.json"_s);
        QVERIFY(spec.open(QIODevice::ReadOnly));
        m_spec = QJsonDocument::fromJson(spec.readAll()).object();
        QVERIFY(!m_spec.isEmpty());
        m_secrets = std::make_unique<core::SecretStore>(
            u"switchyard-test-incidents-%1"_s.arg(QRandomGenerator::global()->generate(), 0, 16));
        m_client = std::make_unique<core::NotificationClient>(&m_nam);
        m_client->setTimeoutMs(3000);
    }

    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(u"ws-%1.sqlite"_s.arg(++n));
        auto ws = core::Workspace::open(m_path);
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        m_incidents = std::make_unique<core::Incidents>(*m_ws);
        m_fake = std::make_unique<FakeNotificationServer>();
        QVERIFY(m_fake->port() != 0);
        const auto wrote = writeSecret(u"notifications/slack"_s, m_fake->slackUrl().toUtf8());
        QVERIFY2(wrote.ok(), qPrintable(wrote.ok() ? QString() : wrote.error().toString()));
        QVERIFY(writeSecret(u"notifications/statuspage"_s, m_apiKey).ok());
        QVERIFY(m_incidents->repository()
                    .setChannel(core::ChannelConfig{Channel::Slack, {}, {}, u"notifications/slack"_s, true})
                    .ok());
        QVERIFY(m_incidents->repository()
                    .setChannel(core::ChannelConfig{Channel::Statuspage, m_fake->statuspageBase(), u"page1"_s,
                                                    u"notifications/statuspage"_s, true})
                    .ok());
        core::Incidents::OpenRequest request;
        request.title = u"Checkout errors"_s;
        request.severity = core::Severity::P1;
        request.services = {u"shop"_s};
        request.environments = {u"production"_s};
        auto id = m_incidents->open(request, u"sam"_s);
        QVERIFY(id.ok());
        m_incident = *id;
        makeOutbox();
    }

    void cleanup()
    {
        m_outbox.reset();
        m_incidents.reset();
        m_ws.reset();
        m_fake.reset();
    }

    void slackFailureThenRetrySucceeds()
    {
        core::CommunicationTemplates templates(m_incidents->repository());
        const auto incident = m_incidents->repository().get(m_incident).value();
        const auto preview =
            templates.preview(incident, core::IncidentStatus::Investigating, {{u"eta"_s, u"15:00 UTC"_s}});
        QVERIFY(preview.ok());
        m_fake->m_slackScript = {500};
        auto ids = m_incidents->queueUpdate(m_incident, {Channel::Slack}, preview->text, u"sam"_s);
        QVERIFY(ids.ok());
        const Communication c = sendUntilFinal(ids->first());
        QCOMPARE(c.state, Communication::State::Sent);
        QCOMPARE(c.attempts, 2);
        QCOMPARE(m_fake->m_requests.size(), 2);
        for (const Recorded &r : m_fake->m_requests) {
            QCOMPARE(r.method, "POST"_ba);
            QCOMPARE(r.body.value(u"text"_s).toString(), preview->text);
            QVERIFY(r.authorization.isEmpty()); // the URL is the credential
        }
        auto attempts = m_incidents->repository().attempts(m_incident);
        QCOMPARE(attempts->size(), 2);
        QVERIFY(!attempts->at(0).ok);
        QCOMPARE(attempts->at(0).httpStatus, 500);
        QVERIFY2(attempts->at(0).message.contains(u"rollup_error"_s), qPrintable(attempts->at(0).message));
        QVERIFY(attempts->at(1).ok);
        // Both attempts are on the timeline, with their outcome.
        const QStringList titles = timelineTitles();
        QVERIFY2(titles.contains(u"Update to Slack failed"_s), qPrintable(titles.join(u" | "_s)));
        QVERIFY(titles.contains(u"Update sent to Slack"_s));
        QCOMPARE(m_ws->audit().entries().value().constLast().action, u"incident.communication.sent"_s);
    }

    void statuspageCreateThenUpdateHonoursRetryAfter()
    {
        m_fake->m_statuspageScript = {429};
        m_fake->m_retryAfterSecs = 1;
        auto first =
            m_incidents->queueUpdate(m_incident, {Channel::Statuspage}, u"We're investigating."_s, u"sam"_s);
        QVERIFY(first.ok());
        QElapsedTimer t;
        t.start();
        Communication c = sendUntilFinal(first->first());
        QCOMPARE(c.state, Communication::State::Sent);
        QVERIFY2(t.elapsed() >= 1000, "Retry-After: 1 was not honoured");
        QCOMPARE(c.externalId, u"sp-1"_s);
        QCOMPARE(m_incidents->repository().get(m_incident)->statuspageId, u"sp-1"_s);

        m_fake->m_retryAfterSecs = -1;
        QVERIFY(m_incidents->changeStatus(m_incident, core::IncidentStatus::Resolved, u"sam"_s).ok());
        auto second = m_incidents->queueUpdate(m_incident, {Channel::Statuspage}, u"Resolved."_s, u"sam"_s);
        c = sendUntilFinal(second->first());
        QCOMPARE(c.state, Communication::State::Sent);

        QCOMPARE(m_fake->m_requests.size(), 3);
        const Recorded &create = m_fake->m_requests.at(1);
        QCOMPARE(create.method, "POST"_ba);
        QCOMPARE(create.path, u"/v1/pages/page1/incidents"_s);
        QCOMPARE(create.authorization, "OAuth " + m_apiKey);
        const QJsonObject created = create.body.value(u"incident"_s).toObject();
        QCOMPARE(created.value(u"name"_s).toString(), u"Checkout errors"_s);
        QCOMPARE(created.value(u"status"_s).toString(), u"investigating"_s);
        QCOMPARE(created.value(u"impact_override"_s).toString(), u"major"_s);
        const Recorded &update = m_fake->m_requests.at(2);
        QCOMPARE(update.method, "PATCH"_ba);
        QCOMPARE(update.path, u"/v1/pages/page1/incidents/sp-1"_s);
        const QJsonObject updated = update.body.value(u"incident"_s).toObject();
        QCOMPARE(updated.value(u"status"_s).toString(), u"resolved"_s);
        QCOMPARE(updated.value(u"body"_s).toString(), u"Resolved."_s);

        // The contract: statuses and fields the hand-made spec allows, OAuth scheme.
        const QJsonObject schema = m_spec.value(u"components"_s)
                                       .toObject()
                                       .value(u"schemas"_s)
                                       .toObject()
                                       .value(u"StatuspageIncidentRequest"_s)
                                       .toObject()
                                       .value(u"properties"_s)
                                       .toObject()
                                       .value(u"incident"_s)
                                       .toObject()
                                       .value(u"properties"_s)
                                       .toObject();
        const QJsonArray statuses = schema.value(u"status"_s).toObject().value(u"enum"_s).toArray();
        const QJsonArray impacts = schema.value(u"impact_override"_s).toObject().value(u"enum"_s).toArray();
        for (const QJsonObject &body : {created, updated}) {
            for (const QString &key : body.keys())
                QVERIFY2(schema.contains(key), qPrintable(key));
            QVERIFY(statuses.contains(body.value(u"status"_s)));
        }
        QVERIFY(impacts.contains(created.value(u"impact_override"_s)));
        QVERIFY(m_spec.value(u"paths"_s).toObject().contains(u"/pages/{page_id}/incidents/{incident_id}"_s));
    }

    void statuspageComponentsFollowTheStatus()
    {
        core::StatuspageComponents components(m_ws->database());
        for (const auto &m :
             {core::StatuspageComponents::Mapping{u"shop"_s, u"production"_s, u"cmp_checkout"_s},
              core::StatuspageComponents::Mapping{u"shop"_s, {}, u"cmp_shop"_s},
              core::StatuspageComponents::Mapping{u"shop"_s, u"staging"_s, u"cmp_staging"_s},
              core::StatuspageComponents::Mapping{u"blog"_s, {}, u"cmp_blog"_s}})
            QVERIFY(components.set(m).ok());
        // Replacing a mapping keeps one row for it.
        QVERIFY(components.set({u"shop"_s, u"production"_s, u"cmp_checkout"_s}).ok());
        QCOMPARE(components.list()->size(), 4);

        // The P1 incident in shop/production: the whole shop and its production, not staging or the blog.
        auto send = [&](core::IncidentStatus status, const QString &text) {
            if (status != m_incidents->repository().get(m_incident)->status)
                QVERIFY(m_incidents->changeStatus(m_incident, status, u"sam"_s).ok());
            auto ids = m_incidents->queueUpdate(m_incident, {Channel::Statuspage}, text, u"sam"_s);
            QVERIFY(ids.ok());
            QCOMPARE(sendUntilFinal(ids->first()).state, Communication::State::Sent);
        };
        send(core::IncidentStatus::Investigating, u"Looking."_s);
        send(core::IncidentStatus::Monitoring, u"Fixed, watching."_s);
        send(core::IncidentStatus::Resolved, u"Resolved."_s);
        QCOMPARE(m_fake->m_requests.size(), 3);
        const QStringList methods{u"POST"_s, u"PATCH"_s, u"PATCH"_s};
        const QStringList expected{u"partial_outage"_s, u"degraded_performance"_s, u"operational"_s};
        const QJsonArray allowed = m_spec.value(u"components"_s)
                                       .toObject()
                                       .value(u"schemas"_s)
                                       .toObject()
                                       .value(u"StatuspageComponentStatus"_s)
                                       .toObject()
                                       .value(u"enum"_s)
                                       .toArray();
        QVERIFY(!allowed.isEmpty());
        for (int i = 0; i < 3; ++i) {
            const Recorded &r = m_fake->m_requests.at(i);
            QCOMPARE(QString::fromLatin1(r.method), methods.at(i));
            const QJsonObject incident = r.body.value(u"incident"_s).toObject();
            QCOMPARE(incident.value(u"component_ids"_s).toArray(),
                     (QJsonArray{u"cmp_shop"_s, u"cmp_checkout"_s}));
            const QJsonObject statuses = incident.value(u"components"_s).toObject();
            QCOMPARE(statuses.keys(), (QStringList{u"cmp_checkout"_s, u"cmp_shop"_s}));
            for (const QString &id : statuses.keys()) {
                QCOMPARE(statuses.value(id).toString(), expected.at(i));
                QVERIFY(allowed.contains(statuses.value(id)));
            }
        }
        // By severity while investigating or identified.
        QCOMPARE(core::StatuspageComponents::componentStatus(u"investigating"_s, core::Severity::P0),
                 u"major_outage"_s);
        QCOMPARE(core::StatuspageComponents::componentStatus(u"identified"_s, core::Severity::P1),
                 u"partial_outage"_s);
        QCOMPARE(core::StatuspageComponents::componentStatus(u"investigating"_s, core::Severity::P2),
                 u"degraded_performance"_s);
        // No component mapped: no component fields at all.
        QVERIFY(
            core::StatuspageComponents::requestFields({}, u"investigating"_s, core::Severity::P0).isEmpty());
    }

    void refusalFailsAtOnceStaysVisibleAndCanBeRetried()
    {
        m_fake->m_slackScript = {403};
        auto ids = m_incidents->queueUpdate(m_incident, {Channel::Slack}, u"hello"_s, u"sam"_s);
        Communication c = sendUntilFinal(ids->first());
        QCOMPARE(c.state, Communication::State::Failed);
        QCOMPARE(c.attempts, 1); // a 403 is not retried
        QVERIFY2(c.lastError.contains(u"403"_s), qPrintable(c.lastError));
        QVERIFY(timelineTitles().contains(u"Update to Slack NOT delivered after 1 attempt(s)"_s));
        QCOMPARE(m_ws->audit().entries().value().constLast().action, u"incident.communication.failed"_s);

        // Someone fixes it and retries by hand.
        QVERIFY(m_incidents->repository().requeue(c.id, 3).ok());
        c = sendUntilFinal(c.id);
        QCOMPARE(c.state, Communication::State::Sent);
        QCOMPARE(c.attempts, 2);
        QCOMPARE(m_incidents->repository().requeue(c.id, 3).error().code, u"communication.not_failed"_s);
    }

    void retriesAreBounded()
    {
        m_fake->m_slackScript = {500, 502, 503, 500, 500};
        auto ids = m_incidents->queueUpdate(m_incident, {Channel::Slack}, u"hello"_s, u"sam"_s, 3);
        const Communication c = sendUntilFinal(ids->first());
        QCOMPARE(c.state, Communication::State::Failed);
        QCOMPARE(c.attempts, 3);
        QCOMPARE(m_fake->m_requests.size(), 3);
        QCOMPARE(m_outbox->backoffMs(1), 100);
        QCOMPARE(m_outbox->backoffMs(2), 200);
        QCOMPARE(m_outbox->backoffMs(10), 2000); // capped
    }

    void unreachableAndUnconfiguredAreShownWithoutSecrets()
    {
        // Slack's URL points at a closed port: a network error, retried, never naming the URL.
        const auto wrote =
            writeSecret(u"notifications/slack"_s,
                        u"http://127.0.0.1:1/services/T000/B000/%1"_s.arg(m_fake->slackSecret()).toUtf8());
        QVERIFY(wrote.ok());
        auto ids = m_incidents->queueUpdate(m_incident, {Channel::Slack}, u"hello"_s, u"sam"_s, 2);
        Communication c = sendUntilFinal(ids->first());
        QCOMPARE(c.state, Communication::State::Failed);
        QCOMPARE(c.attempts, 2);
        QVERIFY(!c.lastError.contains(m_fake->slackSecret()));
        QVERIFY(!c.lastError.contains(u"127.0.0.1"_s));

        // No Statuspage configured: fails at once with a message that says how to fix it.
        QVERIFY(core::runSql(m_ws->database(),
                             u"DELETE FROM notification_channels WHERE channel = 'statuspage'"_s)
                    .ok());
        auto second = m_incidents->queueUpdate(m_incident, {Channel::Statuspage}, u"hello"_s, u"sam"_s);
        c = sendUntilFinal(second->first());
        QCOMPARE(c.state, Communication::State::Failed);
        QVERIFY2(c.lastError.contains(u"not configured"_s), qPrintable(c.lastError));

        // Nothing secret reached the workspace file.
        m_outbox.reset();
        m_incidents.reset();
        m_ws.reset();
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QFile wal(m_path + u"-wal"_s);
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(!bytes.contains(m_fake->slackSecret().toUtf8()));
        QVERIFY(!bytes.contains(m_apiKey));
    }

    void pendingUpdatesSurviveARestart()
    {
        auto ids =
            m_incidents->queueUpdate(m_incident, {Channel::Slack, Channel::Statuspage}, u"hello"_s, u"sam"_s);
        QVERIFY(ids.ok());
        // The process ends before anything was sent.
        m_outbox.reset();
        m_incidents.reset();
        m_ws.reset();
        QVERIFY(timelineTitlesAfterReopen().contains(u"Update to Slack waiting in the outbox"_s));
        makeOutbox();
        for (qint64 id : *ids)
            QCOMPARE(sendUntilFinal(id).state, Communication::State::Sent);
        QCOMPARE(m_fake->m_requests.size(), 2);
    }

private:
    QStringList timelineTitlesAfterReopen()
    {
        auto ws = core::Workspace::open(m_path);
        if (!ws.ok())
            return {};
        m_ws = std::move(*ws);
        m_incidents = std::make_unique<core::Incidents>(*m_ws);
        return timelineTitles();
    }
};

QTEST_GUILESS_MAIN(TestIncidentCommunications)
#include "TestIncidentCommunications.moc"
