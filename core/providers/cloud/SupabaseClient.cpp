#include "SupabaseClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/http/HttpClient.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

QString projectPath(const QString &ref)
{
    return u"/v1/projects/"_s + HttpRequest::segment(ref);
}

} // namespace

SupabaseClient::SupabaseClient(HttpClient &http, ProviderEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_endpoint(std::move(endpoint))
{
    m_endpoint.provider = Provider::Supabase;
}

void SupabaseClient::getProject(const QString &ref,
                                QObject *context,
                                std::function<void(const Result<SupabaseProject> &)> done)
{
    m_http.send(m_endpoint, HttpRequest::get(projectPath(ref), tr("read project %1").arg(ref)), context,
                [done = std::move(done)](const HttpResult &result) {
                    if (!result.ok()) {
                        done(result.error().toError());
                        return;
                    }
                    const QJsonObject json = result.response().json().object();
                    done(SupabaseProject{json.value(u"ref"_s).toString(), json.value(u"name"_s).toString(),
                                         json.value(u"region"_s).toString(),
                                         json.value(u"status"_s).toString()});
                });
}

void SupabaseClient::verifyToken(const QString &ref,
                                 QObject *context,
                                 std::function<void(const Result<TokenIdentity> &)> done)
{
    getProject(ref, context, [done = std::move(done)](const Result<SupabaseProject> &project) {
        if (!project.ok()) {
            done(project.error());
            return;
        }
        TokenIdentity identity;
        identity.provider = Provider::Supabase;
        identity.subject = project->name;
        identity.status = project->status;
        identity.summary = tr("The Supabase token can read project %1 (%2, %3): %4.")
                               .arg(project->name, project->ref, project->region, project->status);
        done(identity);
    });
}

void SupabaseClient::health(const QString &ref,
                            const QStringList &services,
                            QObject *context,
                            std::function<void(const Result<QList<SupabaseServiceHealth>> &)> done)
{
    HttpRequest request =
        HttpRequest::get(projectPath(ref) + u"/health"_s, tr("check the health of project %1").arg(ref));
    for (const QString &service : services)
        request.query.addQueryItem(u"services"_s, service); // form, explode: repeated
    m_http.send(m_endpoint, request, context, [done = std::move(done)](const HttpResult &result) {
        if (!result.ok()) {
            done(result.error().toError());
            return;
        }
        QList<SupabaseServiceHealth> list;
        for (const QJsonValue &item : result.response().json().array()) {
            const QJsonObject o = item.toObject();
            list << SupabaseServiceHealth{o.value(u"name"_s).toString(), o.value(u"status"_s).toString(),
                                          o.value(u"error"_s).toString()};
        }
        done(list);
    });
}

HttpRequest SupabaseClient::deployFunctionRequest(const QString &ref, const SupabaseFunction &function) const
{
    const QByteArray boundary =
        QByteArrayLiteral("switchyard-") + QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 16);
    QByteArray body;
    auto part = [&body, &boundary](const QByteArray &name, const QByteArray &fileName, const QByteArray &type,
                                   const QByteArray &data) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + '"';
        if (!fileName.isEmpty())
            body += "; filename=\"" + fileName + '"';
        body += "\r\nContent-Type: " + type + "\r\n\r\n" + data + "\r\n";
    };
    const QJsonObject metadata{{u"entrypoint_path"_s, function.entrypointPath},
                               {u"name"_s, function.slug},
                               {u"verify_jwt"_s, function.verifyJwt}};
    part("metadata", {}, "application/json", QJsonDocument(metadata).toJson(QJsonDocument::Compact));
    for (auto it = function.files.cbegin(); it != function.files.cend(); ++it)
        part("file", it.key().toUtf8(), "application/typescript", it.value());
    body += "--" + boundary + "--\r\n";

    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = projectPath(ref) + u"/functions/deploy"_s;
    request.query.addQueryItem(u"slug"_s, function.slug);
    request.body = body;
    request.contentType = "multipart/form-data; boundary=" + boundary;
    request.operation = tr("deploy edge function %1").arg(function.slug);
    request.idempotent = false;
    request.timeoutMs = 120000;
    return request;
}

void SupabaseClient::deployFunction(const QString &ref,
                                    const SupabaseFunction &function,
                                    QObject *context,
                                    std::function<void(const Result<QJsonObject> &)> done)
{
    m_http.send(m_endpoint, deployFunctionRequest(ref, function), context,
                [done = std::move(done)](const HttpResult &result) {
                    if (!result.ok()) {
                        done(result.error().toError());
                        return;
                    }
                    done(result.response().json().object());
                });
}

HttpRequest SupabaseClient::setSecretsRequest(const QString &ref, const QList<SupabaseSecret> &secrets) const
{
    QJsonArray body;
    QStringList names;
    for (const SupabaseSecret &secret : secrets) {
        body.append(QJsonObject{{u"name"_s, secret.name}, {u"value"_s, QString::fromUtf8(secret.value)}});
        names << secret.name;
    }
    HttpRequest request = HttpRequest::json("POST", projectPath(ref) + u"/secrets"_s, body,
                                            tr("set function secrets %1").arg(names.join(u", "_s)));
    request.idempotent = true; // create-or-overwrite
    request.secretFields << u"value"_s;
    return request;
}

void SupabaseClient::setSecrets(const QString &ref,
                                const QList<SupabaseSecret> &secrets,
                                QObject *context,
                                std::function<void(const Status &)> done)
{
    m_http.send(m_endpoint, setSecretsRequest(ref, secrets), context,
                [done = std::move(done)](const HttpResult &result) { done(result.status()); });
}

void SupabaseClient::listSecrets(const QString &ref,
                                 QObject *context,
                                 std::function<void(const Result<QStringList> &)> done)
{
    m_http.send(m_endpoint, HttpRequest::get(projectPath(ref) + u"/secrets"_s, tr("list function secrets")),
                context, [done = std::move(done)](const HttpResult &result) {
                    if (!result.ok()) {
                        done(result.error().toError());
                        return;
                    }
                    QStringList names;
                    for (const QJsonValue &item : result.response().json().array())
                        names << item.toObject().value(u"name"_s).toString();
                    done(names);
                });
}

} // namespace core
