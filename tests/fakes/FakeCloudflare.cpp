#include "FakeCloudflare.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fakes {

FakeCloudflare::FakeCloudflare(QObject *parent)
    : FakeServer(providerSpec(u"cloudflare.subset.json"_s), u"/client/v4"_s, parent)
    , m_edge(new FakeServer({}, {}, this))
{
    m_clock.start();
    const auto bearerOk = [](const ReceivedRequest &r) {
        return r.headers.value("authorization") == "Bearer cf-test-token";
    };
    on(u"user-api-tokens-verify-token"_s,
       [this, bearerOk](const ReceivedRequest &r, const QHash<QString, QString> &) {
           if (!bearerOk(r))
               return errorResponse(401, u"1000"_s, u"Invalid API Token"_s);
           return envelope(QJsonObject{{u"id"_s, u"ed17574386854bf78a67040be0a770b0"_s},
                                       {u"status"_s, QString::fromLatin1(tokenStatus)},
                                       {u"expires_on"_s, u"2030-01-01T00:00:00Z"_s}});
       });
    on(u"workers-kv-namespace-read-key-value-pair"_s,
       [this, bearerOk](const ReceivedRequest &r, const QHash<QString, QString> &params) {
           if (!bearerOk(r))
               return errorResponse(401, u"10000"_s, u"Authentication error"_s);
           if (auto wrong = checkScope(params, true))
               return *wrong;
           const auto writes = m_kv.value(params.value(u"key_name"_s));
           if (writes.isEmpty())
               return errorResponse(404, u"10009"_s, u"get: 'key not found'"_s);
           return FakeResponse::raw(200, writes.last().value);
       });
    on(u"workers-kv-namespace-write-key-value-pair-with-metadata"_s,
       [this, bearerOk](const ReceivedRequest &r, const QHash<QString, QString> &params) {
           if (!bearerOk(r))
               return errorResponse(401, u"10000"_s, u"Authentication error"_s);
           if (auto wrong = checkScope(params, true))
               return *wrong;
           m_kv[params.value(u"key_name"_s)] << Write{r.body, m_clock.elapsed()};
           return envelope(QJsonValue::Null);
       });
    on(u"worker-script-upload-worker-module"_s,
       [this, bearerOk](const ReceivedRequest &r, const QHash<QString, QString> &params) {
           if (!bearerOk(r))
               return errorResponse(401, u"10000"_s, u"Authentication error"_s);
           if (auto wrong = checkScope(params, false))
               return *wrong;
           QString error;
           const auto parts = parseMultipart(r.headers.value("content-type"), r.body, &error);
           workerModules.clear();
           for (const MultipartPart &part : parts) {
               if (part.name == "metadata")
                   workerMetadata = QJsonDocument::fromJson(part.data).object();
               else
                   workerModules.insert(QString::fromUtf8(part.name), part.data);
           }
           const QString main = workerMetadata.value(u"main_module"_s).toString();
           if (!workerModules.contains(main))
               return errorResponse(400, u"10021"_s, u"No such module: main_module names no part"_s);
           return envelope(
               QJsonObject{{u"id"_s, params.value(u"script_name"_s)},
                           {u"etag"_s, u"13a3240e8fb414561b0366813b0b8f42b3e6cfa0d9e70e99835dae83d0d8a794"_s},
                           {u"handlers"_s, QJsonArray{u"fetch"_s}},
                           {u"created_on"_s, u"2026-01-01T00:00:00Z"_s},
                           {u"modified_on"_s, u"2026-01-01T00:00:00Z"_s}});
       });
    m_edge->on(u"GET /"_s, [this](const ReceivedRequest &, const QHash<QString, QString> &) {
        const QString slot = QString::fromUtf8(edgeValue(u"ACTIVE_ENV"_s));
        auto health = slotHealth.value(slot);
        if (!health)
            return FakeResponse::json(502,
                                      QJsonObject{{u"error"_s, QString(u"no origin for slot "_s + slot)}});
        FakeResponse response = health();
        response.headers << std::pair<QByteArray, QByteArray>("X-Switchyard-Slot", slot.toUtf8());
        return response;
    });
}

bool FakeCloudflare::startAll()
{
    return start() && m_edge->start();
}

QUrl FakeCloudflare::edgeUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/api/health"_s.arg(m_edge->port()));
}

QByteArray FakeCloudflare::value(const QString &key) const
{
    const auto writes = m_kv.value(key);
    return writes.isEmpty() ? QByteArray() : writes.last().value;
}

void FakeCloudflare::setValue(const QString &key, const QByteArray &value)
{
    m_kv[key] = {Write{value, -1000000}};
}

QByteArray FakeCloudflare::edgeValue(const QString &key) const
{
    const qint64 visibleBefore = m_clock.elapsed() - propagationMs;
    QByteArray seen;
    for (const Write &write : m_kv.value(key)) {
        if (write.atMs <= visibleBefore)
            seen = write.value;
    }
    return seen;
}

FakeResponse FakeCloudflare::envelope(const QJsonValue &result) const
{
    return FakeResponse::json(200, QJsonObject{{u"success"_s, true},
                                               {u"errors"_s, QJsonArray{}},
                                               {u"messages"_s, QJsonArray{}},
                                               {u"result"_s, result}});
}

std::optional<FakeResponse> FakeCloudflare::checkScope(const QHash<QString, QString> &params,
                                                       bool withNamespace) const
{
    if (params.value(u"account_id"_s) != QLatin1String(kAccount))
        return errorResponse(403, u"10000"_s, u"Authentication error"_s);
    if (withNamespace && params.value(u"namespace_id"_s) != QLatin1String(kNamespace))
        return errorResponse(404, u"10013"_s, u"namespace not found"_s);
    return std::nullopt;
}

FakeResponse FakeCloudflare::errorResponse(int status, const QString &code, const QString &message) const
{
    bool numeric = false;
    const int number = code.toInt(&numeric);
    return FakeResponse::json(
        status,
        QJsonObject{{u"success"_s, false},
                    {u"errors"_s, QJsonArray{QJsonObject{{u"code"_s, numeric ? number : 10000 + status},
                                                         {u"message"_s, message}}}},
                    {u"messages"_s, QJsonArray{}},
                    {u"result"_s, QJsonValue::Null}});
}

QList<std::pair<QByteArray, QByteArray>> FakeCloudflare::rateLimitHeaders(int seconds) const
{
    return {{"Retry-After", QByteArray::number(seconds)},
            {"Ratelimit", "\"default\";r=0;t=" + QByteArray::number(seconds)},
            {"Ratelimit-Policy", "\"burst\";q=1200;w=300"}};
}

} // namespace fakes
