#include "HttpRequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::ProviderError)
};
} // namespace

QString providerName(Provider provider)
{
    switch (provider) {
    case Provider::Cloudflare:
        return u"Cloudflare"_s;
    case Provider::Vercel:
        return u"Vercel"_s;
    case Provider::Supabase:
        return u"Supabase"_s;
    case Provider::Other:
        break;
    }
    return u"HTTP"_s;
}

QString providerKey(Provider provider)
{
    switch (provider) {
    case Provider::Cloudflare:
        return u"cloudflare"_s;
    case Provider::Vercel:
        return u"vercel"_s;
    case Provider::Supabase:
        return u"supabase"_s;
    case Provider::Other:
        break;
    }
    return u"http"_s;
}

TokenSource staticToken(QByteArray token)
{
    return [token = std::move(token)](const TokenCallback &done) { done(token); };
}

QUrl ProviderEndpoint::defaultBaseUrl(Provider provider)
{
    switch (provider) {
    case Provider::Cloudflare:
        return QUrl(u"https://api.cloudflare.com/client/v4"_s);
    case Provider::Vercel:
        return QUrl(u"https://api.vercel.com"_s);
    case Provider::Supabase:
        return QUrl(u"https://api.supabase.com"_s);
    case Provider::Other:
        break;
    }
    return {};
}

QString HttpRequest::segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

HttpRequest HttpRequest::get(QString path, QString operation)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = std::move(path);
    request.operation = std::move(operation);
    request.idempotent = true;
    return request;
}

HttpRequest HttpRequest::json(QByteArray method, QString path, const QJsonValue &body, QString operation)
{
    HttpRequest request;
    request.method = std::move(method);
    request.path = std::move(path);
    request.operation = std::move(operation);
    request.contentType = QByteArrayLiteral("application/json");
    if (body.isArray())
        request.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (body.isObject())
        request.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    request.idempotent = request.method == "GET" || request.method == "PUT" || request.method == "DELETE";
    return request;
}

QJsonDocument HttpResponse::json() const
{
    return QJsonDocument::fromJson(body);
}

QJsonValue HttpResponse::result() const
{
    const QJsonDocument doc = json();
    if (doc.isObject() && doc.object().contains(u"result"_s) && doc.object().contains(u"success"_s))
        return doc.object().value(u"result"_s);
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return {};
}

QString ProviderError::code() const
{
    QString kindText;
    switch (kind) {
    case Kind::Network:
        kindText = u"network"_s;
        break;
    case Kind::Timeout:
        kindText = u"timeout"_s;
        break;
    case Kind::Http:
        // A server error is the provider's (retry later, resume); other statuses are ours.
        kindText = httpStatus >= 500 ? u"server_error"_s : u"http"_s;
        break;
    case Kind::Auth:
        kindText = u"auth"_s;
        break;
    case Kind::RateLimited:
        kindText = u"rate_limited"_s;
        break;
    case Kind::Malformed:
        kindText = u"malformed"_s;
        break;
    case Kind::Refused:
        kindText = u"refused"_s;
        break;
    case Kind::Token:
        kindText = u"token"_s;
        break;
    case Kind::DryRun:
        kindText = u"dry_run"_s;
        break;
    }
    return providerKey(provider) + u'.' + kindText;
}

QString ProviderError::message() const
{
    const QString who = providerName(provider);
    QString what;
    if (httpStatus > 0 && !providerCode.isEmpty())
        what = Tr::tr("HTTP %1, code %2").arg(httpStatus).arg(providerCode);
    else if (httpStatus > 0)
        what = Tr::tr("HTTP %1").arg(httpStatus);
    QString head = what.isEmpty() ? Tr::tr("%1: “%2” failed").arg(who, operation)
                                  : Tr::tr("%1: “%2” failed (%3)").arg(who, operation, what);
    if (!providerMessage.isEmpty())
        head += Tr::tr(": %1").arg(providerMessage);
    if (attempts > 1)
        head += u' ' + Tr::tr("after %n attempt(s)", nullptr, attempts);
    head += u'.';
    QString advice;
    switch (kind) {
    case Kind::Network:
        advice = Tr::tr("%1 could not be reached. Check the network and %1's status page, then resume the "
                        "deployment.")
                     .arg(who);
        break;
    case Kind::Timeout:
        advice =
            Tr::tr("%1 did not answer in time. Check %1's status page, then resume the deployment.").arg(who);
        break;
    case Kind::Auth:
        advice =
            Tr::tr("%1 refused the API token: store a valid, unexpired token with the needed permissions "
                   "in the environment's provider settings (or the CI variable), then resume.")
                .arg(who);
        break;
    case Kind::RateLimited:
        advice = retryAfterSeconds >= 0 ? Tr::tr("%1's rate limit is reached; resume in %n second(s).",
                                                 nullptr, retryAfterSeconds)
                                              .arg(who)
                                        : Tr::tr("%1's rate limit is reached; resume in a minute.").arg(who);
        break;
    case Kind::Http:
        advice =
            httpStatus >= 500
                ? Tr::tr("%1 had a server error. Resume the deployment once %1's status page shows it "
                         "has recovered.")
                      .arg(who)
                : Tr::tr("%1 refused the request. Check the environment's %1 settings (account, project, "
                         "team and ids).")
                      .arg(who);
        break;
    case Kind::Malformed:
        advice =
            Tr::tr("%1 sent an answer that is not valid JSON (truncated or garbled). Resume the deployment "
                   "once %1 answers normally.")
                .arg(who);
        break;
    case Kind::Refused:
        advice = Tr::tr("%1 reported that the request failed. Check the environment's %1 settings.").arg(who);
        break;
    case Kind::Token:
        advice = Tr::tr("Nothing was sent to %1. Once the token is stored, resume the deployment.").arg(who);
        break;
    case Kind::DryRun:
        advice = Tr::tr("Not sent: this is a dry run.");
        break;
    }
    if (outcomeUnknown)
        advice +=
            u' ' + Tr::tr("The request may have reached %1 before the connection failed: its outcome is "
                          "unknown and must be checked (resuming checks before creating again).")
                       .arg(who);
    return head + u' ' + advice;
}

Error ProviderError::toError() const
{
    QString detail = method + u' ' + url;
    if (httpStatus > 0)
        detail += u" → "_s + QString::number(httpStatus);
    return Error{code(), message(), detail};
}

} // namespace core
