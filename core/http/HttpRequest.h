#pragma once

#include <functional>
#include <utility>

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include "core/Result.h"

namespace core {

// The SaaS APIs Switchyard talks to. Decides how errors and rate-limit headers are read.
enum class Provider
{
    Cloudflare,
    Vercel,
    Supabase,
    Other
};

// "Cloudflare", "Vercel", "Supabase", "HTTP": the name shown to people (not translated: brand names).
QString providerName(Provider provider);
// "cloudflare", "vercel", "supabase", "http": stable, for error codes and settings keys.
QString providerKey(Provider provider);

// Hands out a provider's API token when a request is about to be sent. It may answer at once or
// later (e.g. after a keychain read), exactly once. The token is used for that one request and
// never stored or logged. Tests pass staticToken("…"); the app plugs in the keychain.
using TokenCallback = std::function<void(const Result<QByteArray> &)>;
using TokenSource = std::function<void(TokenCallback)>;
TokenSource staticToken(QByteArray token);

// How often and how long to retry a request that is safe to repeat (HttpRequest::idempotent).
struct RetryPolicy
{
    int maxAttempts = 4;         // including the first one
    int baseDelayMs = 250;       // exponential backoff: base·2^(n-1), full jitter
    int maxDelayMs = 8000;       // cap of one backoff wait
    int maxRetryAfterMs = 60000; // a longer Retry-After / rate-limit reset is not waited for
};

// One provider account as Switchyard reaches it: its API base URL (settings and tests point it
// elsewhere), its token, default timeout and retry policy.
struct ProviderEndpoint
{
    Provider provider = Provider::Other;
    QUrl baseUrl; // e.g. https://api.cloudflare.com/client/v4
    TokenSource token;
    int timeoutMs = 15000;
    RetryPolicy retry;

    // The default public base URL of each provider.
    static QUrl defaultBaseUrl(Provider provider);
};

// One call to a provider's REST API.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    // Appended to the endpoint's base URL. Segments must already be percent-encoded: use segment().
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; // empty: no Content-Type header
    QList<std::pair<QByteArray, QByteArray>> headers;
    // What this call does, for people: "write ACTIVE_ENV", "create deployment". Appears in errors.
    QString operation;
    // Safe to send again (GET, PUT, DELETE, "set to this state"): only these are retried.
    bool idempotent = false;
    // The whole body is secret: logs and dry runs show only its size.
    bool secretBody = false;
    // JSON member names whose values are replaced by "***" in logs and dry runs (in addition to
    // the defaults: value, text, secret, token, password).
    QStringList secretFields;
    // 0: the endpoint's timeout.
    int timeoutMs = 0;
    // The success body is not JSON (e.g. a KV value): it is handed over as bytes, unparsed.
    bool rawResponse = false;

    // A percent-encoded path segment (KV key names, ids).
    static QString segment(const QString &text);
    static HttpRequest get(QString path, QString operation);
    static HttpRequest json(QByteArray method, QString path, const QJsonValue &body, QString operation);
};

// What a provider answered (2xx; anything else is a ProviderError).
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    int attempts = 1;
    qint64 elapsedMs = 0;

    // The body as JSON (null if it is not JSON). For Cloudflare envelopes use result().
    [[nodiscard]] QJsonDocument json() const;
    // Cloudflare: the envelope's `result`; others: the whole JSON body.
    [[nodiscard]] QJsonValue result() const;
};

// A failed provider call, typed: who, what, the HTTP status and the provider's own code and message.
struct ProviderError
{
    enum class Kind
    {
        Network,     // no answer: refused, reset, dropped connection
        Timeout,     // no complete answer within the timeout
        Http,        // an HTTP error status (see httpStatus)
        Auth,        // 401 / 403: token missing, expired or without permission
        RateLimited, // 429 that could not be waited out
        Malformed,   // a 2xx whose body is not what the API documents (bad or truncated JSON)
        Refused,     // 2xx but the provider says it failed (Cloudflare success:false)
        Token,       // no token could be obtained (keychain)
        DryRun       // not sent: dry-run mode
    };

    Provider provider = Provider::Other;
    QString operation;
    Kind kind = Kind::Network;
    int httpStatus = 0;      // 0: no HTTP answer
    QString providerCode;    // Cloudflare errors[0].code, Vercel error.code, …
    QString providerMessage; // the provider's own words
    QString method;
    QString url; // without the query's secret parts (there are none in these APIs) — never a token
    int attempts = 1;
    int retryAfterSeconds = -1; // what the provider asked for on 429, if it said
    // A request that is not safe to repeat failed without an answer (dropped connection, timeout):
    // it may have been carried out. Whoever resends must first check (e.g. list Vercel deployments of
    // the commit, which CloudDeployer does).
    bool outcomeUnknown = false;

    // "<provider>.<kind>", e.g. "cloudflare.auth"; an HTTP status >= 500 is "<provider>.server_error",
    // other HTTP statuses "<provider>.http" (ResumePolicy tells them apart by this).
    [[nodiscard]] QString code() const;
    // For release managers: provider, operation, status/code, the provider's message and what to do.
    [[nodiscard]] QString message() const;
    [[nodiscard]] Error toError() const;
};

// A response or a ProviderError.
class HttpResult
{
public:
    HttpResult(HttpResponse response)
        : m_response(std::move(response))
    {}
    HttpResult(ProviderError error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    [[nodiscard]] bool ok() const { return !m_failed; }
    [[nodiscard]] const HttpResponse &response() const { return m_response; }
    [[nodiscard]] const ProviderError &error() const { return m_error; }
    [[nodiscard]] Status status() const { return m_failed ? Status(m_error.toError()) : Status(); }

private:
    HttpResponse m_response;
    ProviderError m_error;
    bool m_failed = false;
};

} // namespace core
