#pragma once

#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/http/HttpRequest.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace core {

// A request as dry runs and logs show it: method, URL and the redacted body. Never a token.
struct RecordedRequest
{
    Provider provider = Provider::Other;
    QString operation;
    QString method;
    QString url;
    QString body; // redacted

    [[nodiscard]] QString toString() const; // "PUT https://… body: …"
};

// The one HTTP core every provider client uses, over the app's shared QNetworkAccessManager.
//
// Every request: a transfer timeout; "Authorization: Bearer <token>" from the endpoint's
// TokenSource at send time; JSON in and out. Requests marked idempotent are retried with
// exponential backoff and full jitter on network errors, timeouts, truncated/malformed JSON,
// 429 (waiting what Retry-After or the provider's rate-limit headers ask, if not longer than
// RetryPolicy::maxRetryAfterMs) and 500/502/503/504, up to RetryPolicy::maxAttempts. Other
// requests are sent once. Waits use timers; nothing blocks.
//
// Logging (category switchyard.providers) shows method, URL, status, attempts and the body with
// secrets redacted; the Authorization header never appears anywhere.
//
// Dry-run mode sends nothing: each request is recorded (requestRecorded, recorded()) and answered
// with a ProviderError of kind DryRun.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Callback = std::function<void(const HttpResult &)>;

    explicit HttpClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpClient() override;

    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    [[nodiscard]] bool isDryRun() const { return m_dryRun; }
    [[nodiscard]] const QList<RecordedRequest> &recorded() const { return m_recorded; }
    void clearRecorded() { m_recorded.clear(); }

    // Sends `request` to `endpoint`. `done` runs exactly once on this object's thread, unless
    // `context` is destroyed first (then the request is aborted).
    void send(const ProviderEndpoint &endpoint, HttpRequest request, QObject *context, Callback done);

    // The full URL `request` goes to.
    [[nodiscard]] static QUrl urlFor(const ProviderEndpoint &endpoint, const HttpRequest &request);
    // The request as a dry run or a log shows it (secrets redacted).
    [[nodiscard]] static RecordedRequest describe(const ProviderEndpoint &endpoint,
                                                  const HttpRequest &request);
    // The body with secrets redacted: JSON members named value/text/secret/token/password (and
    // request.secretFields) become "***"; a secretBody shows only its size; multipart bodies show
    // their part names; other bytes are shown (up to 2 KiB) when printable.
    [[nodiscard]] static QString redactedBody(const HttpRequest &request);

    // The wait before attempt `attempt` (2 = first retry) when the provider named no time:
    // uniformly random in [0, min(maxDelayMs, baseDelayMs·2^(attempt-2))] (full jitter).
    [[nodiscard]] static int backoffMs(const RetryPolicy &policy, int attempt);
    // How long the provider asks us to wait, in ms, from Retry-After or its rate-limit headers
    // (Cloudflare `Ratelimit: …;t=<s>`, Vercel `X-RateLimit-Reset: <epoch s>`, Supabase
    // `X-RateLimit-Reset: <s remaining>`, Vercel's body `error.limit.reset`); -1 if it did not say.
    [[nodiscard]] static qint64
    requestedWaitMs(Provider provider, const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);
    // The provider's own error code and message from an error body ({} if none).
    [[nodiscard]] static std::pair<QString, QString> providerCodeAndMessage(Provider provider,
                                                                            const QByteArray &body);

Q_SIGNALS:
    // A dry-run request, as RecordedRequest::toString().
    void requestRecorded(const QString &line);
    // Before a retry wait: what failed and how long until the next attempt.
    void retrying(const QString &operation, int nextAttempt, int waitMs, const QString &reason);

private:
    struct Call;
    void startAttempt(const std::shared_ptr<Call> &call);
    void sendWithToken(const std::shared_ptr<Call> &call, const QByteArray &token);
    void handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void retryOrFail(const std::shared_ptr<Call> &call, ProviderError error, qint64 requestedWaitMs);
    void finish(const std::shared_ptr<Call> &call, const HttpResult &result);

    QNetworkAccessManager *m_nam;
    bool m_dryRun = false;
    QList<RecordedRequest> m_recorded;
};

} // namespace core
