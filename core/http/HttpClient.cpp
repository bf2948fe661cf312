#include "HttpClient.h"

#include <algorithm>
#include <cstring>

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include "core/Logging.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

// A request body Qt can read exactly once (see sendWithToken).
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

constexpr qsizetype kMaxShownBody = 2048;

const QStringList &defaultSecretFields()
{
    static const QStringList fields{u"value"_s, u"text"_s, u"secret"_s, u"token"_s, u"password"_s};
    return fields;
}

QJsonValue redactJson(const QJsonValue &value, const QStringList &secretFields)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const bool secret = secretFields.contains(it.key(), Qt::CaseInsensitive) &&
                                !it.value().isObject() && !it.value().isArray() && !it.value().isNull();
            out.insert(it.key(), secret ? QJsonValue(u"***"_s) : redactJson(it.value(), secretFields));
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(redactJson(item, secretFields));
        return out;
    }
    return value;
}

bool isPrintable(const QByteArray &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 || c == '\n' || c == '\r' || c == '\t';
    });
}

bool isRetryableStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

} // namespace

QString RecordedRequest::toString() const
{
    if (body.isEmpty())
        return QString(method + u' ' + url);
    return QString(method + u' ' + url + u" body: "_s + body);
}

// One send() until its callback ran.
struct HttpClient::Call
{
    ProviderEndpoint endpoint;
    HttpRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    int attempt = 0;
    QElapsedTimer elapsed;
    bool finished = false;
};

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

HttpClient::~HttpClient() = default;

QUrl HttpClient::urlFor(const ProviderEndpoint &endpoint, const HttpRequest &request)
{
    QString base = endpoint.baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    QUrl url(base + request.path, QUrl::StrictMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

QString HttpClient::redactedBody(const HttpRequest &request)
{
    if (request.body.isEmpty())
        return {};
    if (request.secretBody)
        return u"<%1 bytes redacted>"_s.arg(request.body.size());
    if (request.contentType.startsWith("multipart/")) {
        static const QRegularExpression partName(uR"re(Content-Disposition: form-data; name="([^"]+)")re"_s);
        QStringList names;
        for (auto it = partName.globalMatch(QString::fromUtf8(request.body)); it.hasNext();)
            names << it.next().captured(1);
        return u"<multipart: %1; %2 bytes>"_s.arg(names.join(u", "_s)).arg(request.body.size());
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull()) {
        const QStringList fields = defaultSecretFields() + request.secretFields;
        const QJsonValue redacted =
            redactJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), fields);
        return QString::fromUtf8(redacted.isArray()
                                     ? QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact));
    }
    if (!isPrintable(request.body))
        return u"<%1 bytes>"_s.arg(request.body.size());
    QString text = QString::fromUtf8(request.body.left(kMaxShownBody));
    if (request.body.size() > kMaxShownBody)
        text += u"…"_s;
    return text;
}

RecordedRequest HttpClient::describe(const ProviderEndpoint &endpoint, const HttpRequest &request)
{
    return RecordedRequest{endpoint.provider, request.operation, QString::fromLatin1(request.method),
                           urlFor(endpoint, request).toString(), redactedBody(request)};
}

int HttpClient::backoffMs(const RetryPolicy &policy, int attempt)
{
    const int exponent = std::clamp(attempt - 2, 0, 20);
    const qint64 ceiling = std::min<qint64>(policy.maxDelayMs, qint64(policy.baseDelayMs) << exponent);
    if (ceiling <= 0)
        return 0;
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

qint64 HttpClient::requestedWaitMs(Provider provider,
                                   const QHash<QByteArray, QByteArray> &headers,
                                   const QByteArray &body)
{
    const QByteArray retryAfter = headers.value("retry-after").trimmed();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const qint64 seconds = retryAfter.toLongLong(&ok);
        if (ok && seconds >= 0)
            return seconds * 1000;
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (when.isValid())
            return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
    }
    const qint64 nowSeconds = QDateTime::currentSecsSinceEpoch();
    switch (provider) {
    case Provider::Cloudflare: {
        // Ratelimit: "default";r=0;t=30 — t is the seconds until the quota resets.
        static const QRegularExpression t(uR"(;\s*t=(\d+))"_s);
        const auto match = t.match(QString::fromLatin1(headers.value("ratelimit")));
        if (match.hasMatch())
            return match.captured(1).toLongLong() * 1000;
        break;
    }
    case Provider::Vercel: {
        bool ok = false;
        const qint64 reset = headers.value("x-ratelimit-reset").trimmed().toLongLong(&ok); // epoch seconds
        if (ok && reset > 0)
            return std::max<qint64>(0, (reset - nowSeconds) * 1000);
        const QJsonObject limit =
            QJsonDocument::fromJson(body).object().value(u"error"_s).toObject().value(u"limit"_s).toObject();
        if (limit.contains(u"reset"_s))
            return std::max<qint64>(0, (qint64(limit.value(u"reset"_s).toDouble()) - nowSeconds) * 1000);
        break;
    }
    case Provider::Supabase: {
        bool ok = false;
        const qint64 remaining = headers.value("x-ratelimit-reset").trimmed().toLongLong(&ok); // seconds left
        if (ok && remaining >= 0)
            return remaining * 1000;
        break;
    }
    case Provider::Other:
        break;
    }
    return -1;
}

std::pair<QString, QString> HttpClient::providerCodeAndMessage(Provider provider, const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject object = doc.object();
    auto text = [](const QJsonValue &v) {
        return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
    };
    if (provider == Provider::Cloudflare) {
        const QJsonArray errors = object.value(u"errors"_s).toArray();
        if (!errors.isEmpty()) {
            const QJsonObject first = errors.first().toObject();
            return {text(first.value(u"code"_s)), first.value(u"message"_s).toString()};
        }
    }
    if (object.value(u"error"_s).isObject()) {
        const QJsonObject error = object.value(u"error"_s).toObject();
        return {text(error.value(u"code"_s)), error.value(u"message"_s).toString()};
    }
    if (!object.isEmpty()) {
        QString message = object.value(u"message"_s).toString();
        if (message.isEmpty())
            message = object.value(u"msg"_s).toString();
        if (message.isEmpty())
            message = object.value(u"error"_s).toString();
        return {text(object.value(u"code"_s)), message};
    }
    if (doc.isNull() && !body.isEmpty() && isPrintable(body))
        return {{}, QString::fromUtf8(body.left(200)).trimmed()};
    return {};
}

void HttpClient::send(const ProviderEndpoint &endpoint, HttpRequest request, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->endpoint = endpoint;
    call->request = std::move(request);
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    call->elapsed.start();
    if (call->request.timeoutMs <= 0)
        call->request.timeoutMs = endpoint.timeoutMs;
    if (m_dryRun) {
        const RecordedRequest recorded = describe(endpoint, call->request);
        m_recorded << recorded;
        qCInfo(lcProviders).noquote() << "dry run:" << recorded.toString();
        emit requestRecorded(recorded.toString());
        ProviderError error;
        error.provider = endpoint.provider;
        error.operation = call->request.operation;
        error.kind = ProviderError::Kind::DryRun;
        error.method = recorded.method;
        error.url = recorded.url;
        QTimer::singleShot(0, this, [this, call, error] { finish(call, error); });
        return;
    }
    startAttempt(call);
}

void HttpClient::startAttempt(const std::shared_ptr<Call> &call)
{
    if (call->hasContext && !call->context)
        return;
    ++call->attempt;
    if (!call->endpoint.token) {
        sendWithToken(call, {});
        return;
    }
    QPointer<HttpClient> self(this);
    call->endpoint.token([self, call](const Result<QByteArray> &token) {
        if (!self)
            return;
        if (!token.ok()) {
            ProviderError error;
            error.provider = call->endpoint.provider;
            error.operation = call->request.operation;
            error.kind = ProviderError::Kind::Token;
            error.method = QString::fromLatin1(call->request.method);
            error.url = urlFor(call->endpoint, call->request).toString();
            error.providerMessage = token.error().message;
            self->finish(call, error);
            return;
        }
        self->sendWithToken(call, token.value());
    });
}

void HttpClient::sendWithToken(const std::shared_ptr<Call> &call, const QByteArray &token)
{
    const HttpRequest &request = call->request;
    QNetworkRequest networkRequest(urlFor(call->endpoint, request));
    networkRequest.setTransferTimeout(request.timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setRawHeader("Accept", request.rawResponse ? "*/*" : "application/json");
    networkRequest.setRawHeader("User-Agent", "Switchyard/" SWITCHYARD_VERSION);
    if (!token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + token);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    qCDebug(lcProviders).noquote() << "→" << request.method << networkRequest.url().toString() << "attempt"
                                   << call->attempt << redactedBody(request);
    QNetworkReply *reply = nullptr;
    if (request.idempotent) {
        reply = m_nam->sendCustomRequest(networkRequest, request.method, request.body);
    } else {
        // Qt 6.4 silently sends a request again (up to twice) when the connection closes before any
        // answer — POSTs included — and no QNetworkRequest attribute turns that off. A body that
        // cannot be read a second time makes that resend fail (ContentReSendError) instead, so a
        // create is sent once and a lost answer is reported as an unknown outcome.
        auto *body = new OneShotBody(request.body);
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        reply = m_nam->sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    }
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { handleReply(call, reply); });
}

void HttpClient::handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->hasContext && !call->context)
        return;
    const HttpRequest &request = call->request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    QHash<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : reply->rawHeaderPairs())
        headers.insert(name.toLower(), value);
    const QNetworkReply::NetworkError networkError = reply->error();

    ProviderError error;
    error.provider = call->endpoint.provider;
    error.operation = request.operation;
    error.method = QString::fromLatin1(request.method);
    error.url = reply->url().toString();
    error.attempts = call->attempt;
    error.httpStatus = status;

    qCInfo(lcProviders).noquote() << request.method << error.url << "→"
                                  << (status > 0 ? QString::number(status) : reply->errorString())
                                  << u"(attempt %1, %2 ms)"_s.arg(call->attempt).arg(call->elapsed.elapsed());

    const bool transportFailed = networkError != QNetworkReply::NoError && int(networkError) < 200;
    if (status == 0 || transportFailed) {
        error.httpStatus = 0;
        error.kind = networkError == QNetworkReply::OperationCanceledError ||
                             networkError == QNetworkReply::TimeoutError
                         ? ProviderError::Kind::Timeout
                         : ProviderError::Kind::Network;
        error.providerMessage = networkError == QNetworkReply::ContentReSendError
                                    ? tr("the connection closed before any answer")
                                    : reply->errorString();
        error.outcomeUnknown = !request.idempotent;
        retryOrFail(call, error, -1);
        return;
    }
    if (status >= 200 && status < 300) {
        if (!request.rawResponse && !body.trimmed().isEmpty()) {
            QJsonParseError parse{};
            const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
            if (parse.error != QJsonParseError::NoError) {
                error.kind = ProviderError::Kind::Malformed;
                error.providerMessage = parse.errorString();
                retryOrFail(call, error, -1);
                return;
            }
            if (call->endpoint.provider == Provider::Cloudflare && doc.isObject() &&
                doc.object().value(u"success"_s) == QJsonValue(false)) {
                error.kind = ProviderError::Kind::Refused;
                std::tie(error.providerCode, error.providerMessage) =
                    providerCodeAndMessage(call->endpoint.provider, body);
                finish(call, error);
                return;
            }
        }
        HttpResponse response;
        response.status = status;
        response.body = body;
        response.headers = headers;
        response.attempts = call->attempt;
        response.elapsedMs = call->elapsed.elapsed();
        finish(call, response);
        return;
    }
    std::tie(error.providerCode, error.providerMessage) =
        providerCodeAndMessage(call->endpoint.provider, body);
    if (status == 429) {
        error.kind = ProviderError::Kind::RateLimited;
        const qint64 wait = requestedWaitMs(call->endpoint.provider, headers, body);
        error.retryAfterSeconds = wait >= 0 ? int((wait + 999) / 1000) : -1;
        retryOrFail(call, error, wait);
        return;
    }
    if (status == 401 || status == 403) {
        error.kind = ProviderError::Kind::Auth;
        finish(call, error);
        return;
    }
    error.kind = ProviderError::Kind::Http;
    if (isRetryableStatus(status)) {
        retryOrFail(call, error, requestedWaitMs(call->endpoint.provider, headers, {}));
        return;
    }
    finish(call, error);
}

void HttpClient::retryOrFail(const std::shared_ptr<Call> &call, ProviderError error, qint64 requestedWait)
{
    const RetryPolicy &policy = call->endpoint.retry;
    const bool transient =
        error.kind == ProviderError::Kind::Network || error.kind == ProviderError::Kind::Timeout ||
        error.kind == ProviderError::Kind::Malformed || error.kind == ProviderError::Kind::RateLimited ||
        (error.kind == ProviderError::Kind::Http && isRetryableStatus(error.httpStatus));
    const bool tooLong = requestedWait > policy.maxRetryAfterMs;
    if (!transient || !call->request.idempotent || call->attempt >= policy.maxAttempts || tooLong) {
        finish(call, error);
        return;
    }
    const int wait = requestedWait >= 0 ? int(requestedWait) : backoffMs(policy, call->attempt + 1);
    const QString reason = error.httpStatus > 0 ? u"HTTP %1"_s.arg(error.httpStatus) : error.providerMessage;
    qCInfo(lcProviders).noquote() << providerName(call->endpoint.provider) << call->request.operation
                                  << "failed (" << reason << "), retry" << call->attempt + 1 << "in" << wait
                                  << "ms";
    emit retrying(call->request.operation, call->attempt + 1, wait, reason);
    QTimer::singleShot(wait, this, [this, call] { startAttempt(call); });
}

void HttpClient::finish(const std::shared_ptr<Call> &call, const HttpResult &result)
{
    if (call->finished || (call->hasContext && !call->context))
        return;
    call->finished = true;
    if (!result.ok() && result.error().kind != ProviderError::Kind::DryRun)
        qCWarning(lcProviders).noquote() << result.error().toError().toString();
    call->done(result);
}

} // namespace core
