#include "CloudflareClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include "core/http/HttpClient.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

QByteArray multipartBoundary()
{
    return QByteArrayLiteral("switchyard-") + QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 16);
}

void appendPart(QByteArray &body,
                const QByteArray &boundary,
                const QByteArray &name,
                const QByteArray &fileName,
                const QByteArray &contentType,
                const QByteArray &data)
{
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"" + name + '"';
    if (!fileName.isEmpty())
        body += "; filename=\"" + fileName + '"';
    body += "\r\nContent-Type: " + contentType + "\r\n\r\n";
    body += data;
    body += "\r\n";
}

} // namespace

CloudflareClient::CloudflareClient(HttpClient &http,
                                   ProviderEndpoint endpoint,
                                   QString accountId,
                                   QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_endpoint(std::move(endpoint))
    , m_accountId(std::move(accountId))
{
    m_endpoint.provider = Provider::Cloudflare;
}

void CloudflareClient::verifyToken(bool accountToken,
                                   QObject *context,
                                   std::function<void(const Result<TokenIdentity> &)> done)
{
    const QString path = accountToken
                             ? u"/accounts/"_s + HttpRequest::segment(m_accountId) + u"/tokens/verify"_s
                             : u"/user/tokens/verify"_s;
    m_http.send(m_endpoint, HttpRequest::get(path, tr("verify the API token")), context,
                [done = std::move(done)](const HttpResult &result) {
                    if (!result.ok()) {
                        done(result.error().toError());
                        return;
                    }
                    const QJsonObject token = result.response().result().toObject();
                    TokenIdentity identity;
                    identity.provider = Provider::Cloudflare;
                    identity.subject = token.value(u"id"_s).toString();
                    identity.status = token.value(u"status"_s).toString();
                    const QString expires = token.value(u"expires_on"_s).toString();
                    identity.summary =
                        expires.isEmpty()
                            ? tr("Cloudflare token %1 is %2.").arg(identity.subject, identity.status)
                            : tr("Cloudflare token %1 is %2 (expires %3).")
                                  .arg(identity.subject, identity.status, expires);
                    if (identity.status != u"active") {
                        done(Error{u"cloudflare.token_inactive"_s, identity.summary, {}});
                        return;
                    }
                    done(identity);
                });
}

HttpRequest CloudflareClient::readValueRequest(const QString &namespaceId, const QString &key) const
{
    HttpRequest request = HttpRequest::get(
        u"/accounts/%1/storage/kv/namespaces/%2/values/%3"_s.arg(
            HttpRequest::segment(m_accountId), HttpRequest::segment(namespaceId), HttpRequest::segment(key)),
        tr("read %1 from Workers KV").arg(key));
    request.rawResponse = true;
    return request;
}

HttpRequest CloudflareClient::writeValueRequest(const QString &namespaceId,
                                                const QString &key,
                                                const QByteArray &value) const
{
    HttpRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = u"/accounts/%1/storage/kv/namespaces/%2/values/%3"_s.arg(
        HttpRequest::segment(m_accountId), HttpRequest::segment(namespaceId), HttpRequest::segment(key));
    request.body = value; // the raw value: a JSON body would be stored literally
    request.contentType = QByteArrayLiteral("application/octet-stream");
    request.operation = tr("write %1 in Workers KV").arg(key);
    request.idempotent = true; // PUT overwrites
    return request;
}

void CloudflareClient::readValue(const QString &namespaceId,
                                 const QString &key,
                                 QObject *context,
                                 std::function<void(const Result<std::optional<QByteArray>> &)> done)
{
    m_http.send(m_endpoint, readValueRequest(namespaceId, key), context,
                [done = std::move(done)](const HttpResult &result) {
                    if (result.ok()) {
                        done(std::optional<QByteArray>(result.response().body));
                        return;
                    }
                    if (result.error().httpStatus == 404) {
                        done(std::optional<QByteArray>());
                        return;
                    }
                    done(result.error().toError());
                });
}

void CloudflareClient::writeValue(const QString &namespaceId,
                                  const QString &key,
                                  const QByteArray &value,
                                  QObject *context,
                                  std::function<void(const Status &)> done)
{
    m_http.send(m_endpoint, writeValueRequest(namespaceId, key, value), context,
                [done = std::move(done)](const HttpResult &result) { done(result.status()); });
}

HttpRequest CloudflareClient::uploadWorkerRequest(const QString &scriptName,
                                                  const QString &moduleName,
                                                  const QByteArray &moduleSource,
                                                  const QString &kvBindingName,
                                                  const QString &namespaceId,
                                                  const QHash<QString, QString> &plainText) const
{
    QJsonArray bindings{QJsonObject{
        {u"type"_s, u"kv_namespace"_s}, {u"name"_s, kvBindingName}, {u"namespace_id"_s, namespaceId}}};
    QStringList names = plainText.keys();
    names.sort();
    for (const QString &name : std::as_const(names))
        bindings.append(
            QJsonObject{{u"type"_s, u"plain_text"_s}, {u"name"_s, name}, {u"text"_s, plainText.value(name)}});
    const QJsonObject metadata{
        {u"main_module"_s, moduleName},
        {u"compatibility_date"_s, QString::fromLatin1(kCompatibilityDate)},
        {u"bindings"_s, bindings},
    };
    const QByteArray boundary = multipartBoundary();
    QByteArray body;
    appendPart(body, boundary, "metadata", {}, "application/json",
               QJsonDocument(metadata).toJson(QJsonDocument::Compact));
    appendPart(body, boundary, moduleName.toUtf8(), moduleName.toUtf8(), "application/javascript+module",
               moduleSource);
    body += "--" + boundary + "--\r\n";

    HttpRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = u"/accounts/%1/workers/scripts/%2"_s.arg(HttpRequest::segment(m_accountId),
                                                            HttpRequest::segment(scriptName));
    request.body = body;
    request.contentType = "multipart/form-data; boundary=" + boundary;
    request.operation = tr("upload the router Worker %1").arg(scriptName);
    request.idempotent = true; // same upload again only adds an identical version
    request.timeoutMs = 60000;
    return request;
}

void CloudflareClient::uploadWorker(const QString &scriptName,
                                    const QString &moduleName,
                                    const QByteArray &moduleSource,
                                    const QString &kvBindingName,
                                    const QString &namespaceId,
                                    const QHash<QString, QString> &plainText,
                                    QObject *context,
                                    std::function<void(const Result<QJsonObject> &)> done)
{
    m_http.send(
        m_endpoint,
        uploadWorkerRequest(scriptName, moduleName, moduleSource, kvBindingName, namespaceId, plainText),
        context, [done = std::move(done)](const HttpResult &result) {
            if (!result.ok()) {
                done(result.error().toError());
                return;
            }
            done(result.response().result().toObject());
        });
}

} // namespace core
