// HttpClient against a spec-checking Cloudflare fake: retries only where safe, backoff, Retry-After
// and rate-limit headers, bounded attempts, typed errors, redaction, dry run.
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "FakeCloudflare.h"
#include "FakeVercel.h"
#include "core/http/HttpClient.h"
#include "core/providers/cloud/CloudflareClient.h"
#include "core/providers/cloud/SupabaseClient.h"
#include "core/providers/cloud/VercelClient.h"

using namespace Qt::StringLiterals;
using namespace core;
using fakes::Fault;

namespace {

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logLines << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString problem(const HttpResult &result)
{
    return result.ok() ? QString() : result.error().toError().toString();
}

template <typename T> QString problem(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<fakes::FakeCloudflare> m_cf;

    ProviderEndpoint cloudflare(QByteArray token = "cf-test-token") const
    {
        ProviderEndpoint endpoint;
        endpoint.provider = Provider::Cloudflare;
        endpoint.baseUrl = m_cf->baseUrl();
        endpoint.token = staticToken(std::move(token));
        endpoint.timeoutMs = 2000;
        endpoint.retry.baseDelayMs = 10;
        endpoint.retry.maxDelayMs = 50;
        return endpoint;
    }

    HttpResult sendAndWait(const ProviderEndpoint &endpoint, const HttpRequest &request)
    {
        std::optional<HttpResult> result;
        m_http->send(endpoint, request, this, [&result](const HttpResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result ? *result : HttpResult(ProviderError{});
    }

    HttpRequest kvRead() const
    {
        CloudflareClient client(*m_http, cloudflare(), QString::fromLatin1(fakes::FakeCloudflare::kAccount));
        return client.readValueRequest(QString::fromLatin1(fakes::FakeCloudflare::kNamespace),
                                       u"ACTIVE_ENV"_s);
    }
    HttpRequest kvWrite(const QByteArray &value) const
    {
        CloudflareClient client(*m_http, cloudflare(), QString::fromLatin1(fakes::FakeCloudflare::kAccount));
        return client.writeValueRequest(QString::fromLatin1(fakes::FakeCloudflare::kNamespace),
                                        u"ACTIVE_ENV"_s, value);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"switchyard.providers.debug=true"_s);
        g_previousHandler = qInstallMessageHandler(captureMessages);
    }

    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<HttpClient>(m_nam.get());
        m_cf = std::make_unique<fakes::FakeCloudflare>();
        QVERIFY(m_cf->startAll());
        m_cf->setValue(u"ACTIVE_ENV"_s, "blue");
        g_logLines.clear();
    }

    void cleanup()
    {
        const QStringList violations = m_cf->violations();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
        for (const QString &line : std::as_const(g_logLines))
            QVERIFY2(!line.contains(u"cf-test-token"_s), qPrintable(line));
        m_cf.reset();
        m_http.reset();
        m_nam.reset();
    }

    void readsRawValue()
    {
        const HttpResult result = sendAndWait(cloudflare(), kvRead());
        QVERIFY2(result.ok(), qPrintable(problem(result)));
        QCOMPARE(result.response().body, QByteArray("blue"));
        QCOMPARE(result.response().attempts, 1);
    }

    void writeIsRawBytes()
    {
        const HttpResult result = sendAndWait(cloudflare(), kvWrite("green"));
        QVERIFY2(result.ok(), qPrintable(problem(result)));
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("green"));
        QCOMPARE(m_cf->calls().last().request.headers.value("content-type"),
                 QByteArray("application/octet-stream"));
    }

    void retriesIdempotentRequests_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::newRow("500") << Fault::ServerError;
        QTest::newRow("502") << Fault::BadGateway;
        QTest::newRow("503") << Fault::Unavailable;
        QTest::newRow("429 Retry-After") << Fault::RateLimited;
        QTest::newRow("malformed JSON") << Fault::Malformed;
        QTest::newRow("truncated body") << Fault::Truncated;
        QTest::newRow("dropped connection") << Fault::Drop;
        QTest::newRow("slower than the timeout") << Fault::Slow;
    }
    void retriesIdempotentRequests()
    {
        QFETCH(Fault, fault);
        m_cf->retryAfterSeconds = 1;
        m_cf->slowMs = 1500;
        m_cf->injectFault(fault, 2, u"workers-kv-namespace-write-key-value-pair-with-metadata"_s);
        ProviderEndpoint endpoint = cloudflare();
        endpoint.timeoutMs = 500;
        QSignalSpy retrying(m_http.get(), &HttpClient::retrying);
        QElapsedTimer clock;
        clock.start();
        const HttpResult result = sendAndWait(endpoint, kvWrite("green"));
        QVERIFY2(result.ok(), qPrintable(problem(result)));
        // QNAM itself resends once when a connection closes before any answer: two drops cost
        // one of our attempts.
        const int expectedAttempts = fault == Fault::Drop ? 2 : 3;
        QCOMPARE(result.response().attempts, expectedAttempts);
        QCOMPARE(retrying.size(), expectedAttempts - 1);
        QCOMPARE(m_cf->callCount(u"workers-kv-namespace-write-key-value-pair-with-metadata"_s), 3);
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("green"));
        if (fault == Fault::RateLimited) {
            QCOMPARE(retrying.at(0).at(2).toInt(), 1000); // Retry-After: 1
            QVERIFY(clock.elapsed() >= 1900);
        }
    }

    void boundedAttempts()
    {
        m_cf->injectFault(Fault::Unavailable, 10);
        const HttpResult result = sendAndWait(cloudflare(), kvRead());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().attempts, 4);
        QCOMPARE(result.error().kind, ProviderError::Kind::Http);
        QCOMPARE(result.error().httpStatus, 503);
        QCOMPARE(m_cf->callCount(u"workers-kv-namespace-read-key-value-pair"_s), 4);
        const Error error = result.error().toError();
        QCOMPARE(error.code, u"cloudflare.server_error"_s);
        QVERIFY2(error.message.contains(u"Cloudflare"_s) && error.message.contains(u"503"_s) &&
                     error.message.contains(u"read ACTIVE_ENV from Workers KV"_s) &&
                     error.message.contains(u"Service unavailable"_s) &&
                     error.message.contains(u"resume"_s, Qt::CaseInsensitive),
                 qPrintable(error.message));
    }

    void neverRetriesNonIdempotent_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::newRow("503") << Fault::Unavailable;
        QTest::newRow("429") << Fault::RateLimited;
        QTest::newRow("dropped connection") << Fault::Drop;
    }
    void neverRetriesNonIdempotent()
    {
        QFETCH(Fault, fault);
        HttpRequest request = kvWrite("green");
        request.idempotent = false;
        m_cf->injectFault(fault, 5);
        const HttpResult result = sendAndWait(cloudflare(), request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().attempts, 1);
        // Sent once: Switchyard never resends it, and its one-shot body stops QNAM's own silent
        // resend when the connection closes before any answer.
        QCOMPARE(m_cf->calls().size(), 1);
        QCOMPARE(result.error().outcomeUnknown, fault == Fault::Drop);
    }

    void retryAfterLongerThanPolicyFailsAtOnce()
    {
        m_cf->retryAfterSeconds = 120;
        m_cf->injectFault(Fault::RateLimited, 5);
        const HttpResult result = sendAndWait(cloudflare(), kvRead());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ProviderError::Kind::RateLimited);
        QCOMPARE(result.error().retryAfterSeconds, 120);
        QCOMPARE(result.error().attempts, 1);
        QVERIFY2(result.error().message().contains(u"120"_s), qPrintable(result.error().message()));
    }

    void authErrorsAreNotRetried_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("status");
        QTest::newRow("401 expired") << Fault::Unauthorized << 401;
        QTest::newRow("403 forbidden") << Fault::Forbidden << 403;
    }
    void authErrorsAreNotRetried()
    {
        QFETCH(Fault, fault);
        QFETCH(int, status);
        m_cf->injectFault(fault, 5);
        const HttpResult result = sendAndWait(cloudflare(), kvRead());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ProviderError::Kind::Auth);
        QCOMPARE(result.error().httpStatus, status);
        QCOMPARE(result.error().attempts, 1);
        QVERIFY(!result.error().providerCode.isEmpty());
        QVERIFY2(result.error().message().contains(u"token"_s), qPrintable(result.error().message()));
    }

    void cloudflareEnvelopeFailureIsAnError()
    {
        CloudflareClient client(*m_http, cloudflare("wrong-token"),
                                QString::fromLatin1(fakes::FakeCloudflare::kAccount));
        std::optional<Result<TokenIdentity>> identity;
        client.verifyToken(false, this, [&](const Result<TokenIdentity> &r) { identity = r; });
        QTRY_VERIFY(identity.has_value());
        QVERIFY(!identity->ok());
        QCOMPARE(identity->error().code, u"cloudflare.auth"_s);
        QVERIFY2(identity->error().message.contains(u"1000"_s), qPrintable(identity->error().message));
    }

    void verifyTokenSaysWhoItIs()
    {
        CloudflareClient client(*m_http, cloudflare(), QString::fromLatin1(fakes::FakeCloudflare::kAccount));
        std::optional<Result<TokenIdentity>> identity;
        client.verifyToken(false, this, [&](const Result<TokenIdentity> &r) { identity = r; });
        QTRY_VERIFY(identity.has_value());
        QVERIFY2(identity->ok(), qPrintable(problem(*identity)));
        QCOMPARE((*identity)->status, u"active"_s);
        QVERIFY((*identity)->summary.contains(u"active"_s));
    }

    void tokenSourceFailureIsReported()
    {
        ProviderEndpoint endpoint = cloudflare();
        endpoint.token = [](const TokenCallback &done) {
            done(Error{u"secrets.not_found"_s, u"No token stored"_s, {}});
        };
        const HttpResult result = sendAndWait(endpoint, kvRead());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ProviderError::Kind::Token);
        QVERIFY(m_cf->calls().isEmpty());
    }

    void redactsSecretsEverywhere()
    {
        QNetworkAccessManager nam;
        SupabaseClient supabase(
            *m_http, ProviderEndpoint{Provider::Supabase, QUrl(u"http://127.0.0.1:9"_s), {}, 1000, {}});
        const HttpRequest request =
            supabase.setSecretsRequest(u"abcdefghijklmnopqrst"_s, {{u"STRIPE_KEY"_s, "sk_live_very_secret"}});
        const QString shown = HttpClient::redactedBody(request);
        QVERIFY2(!shown.contains(u"sk_live_very_secret"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"STRIPE_KEY"_s));
        HttpRequest secret = kvWrite("hunter2");
        secret.secretBody = true;
        QVERIFY(!HttpClient::redactedBody(secret).contains(u"hunter2"_s));
        // Sent for real: the logs show neither the token nor the secret.
        const HttpResult result = sendAndWait(cloudflare(), secret);
        QVERIFY(result.ok());
        QVERIFY(!g_logLines.isEmpty());
        for (const QString &line : std::as_const(g_logLines))
            QVERIFY2(!line.contains(u"hunter2"_s) && !line.contains(u"Bearer"_s), qPrintable(line));
    }

    void dryRunSendsNothing()
    {
        m_http->setDryRun(true);
        QSignalSpy recorded(m_http.get(), &HttpClient::requestRecorded);
        const HttpResult result = sendAndWait(cloudflare(), kvWrite("green"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ProviderError::Kind::DryRun);
        QCOMPARE(recorded.size(), 1);
        const QString line = recorded.at(0).at(0).toString();
        QVERIFY2(line.startsWith(u"PUT http://127.0.0.1:"_s) &&
                     line.contains(u"/values/ACTIVE_ENV body: green"_s),
                 qPrintable(line));
        QVERIFY(m_cf->calls().isEmpty());
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("blue"));
    }

    void requestedWaitPerProvider()
    {
        using H = QHash<QByteArray, QByteArray>;
        QCOMPARE(HttpClient::requestedWaitMs(Provider::Cloudflare, H{{"retry-after", "7"}}, {}), 7000);
        QCOMPARE(
            HttpClient::requestedWaitMs(Provider::Cloudflare, H{{"ratelimit", "\"default\";r=0;t=30"}}, {}),
            30000);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 vercel = HttpClient::requestedWaitMs(
            Provider::Vercel, H{{"x-ratelimit-reset", QByteArray::number(now + 10)}}, {});
        QVERIFY2(vercel > 8000 && vercel <= 10000, qPrintable(QString::number(vercel)));
        const QByteArray vercelBody =
            "{\"error\":{\"code\":\"rate_limited\",\"limit\":{\"reset\":" + QByteArray::number(now + 5) +
            "}}}";
        const qint64 fromBody = HttpClient::requestedWaitMs(Provider::Vercel, {}, vercelBody);
        QVERIFY(fromBody > 3000 && fromBody <= 5000);
        QCOMPARE(HttpClient::requestedWaitMs(Provider::Supabase, H{{"x-ratelimit-reset", "12"}}, {}), 12000);
        QCOMPARE(HttpClient::requestedWaitMs(Provider::Supabase, {}, {}), -1);
    }

    void backoffGrowsWithJitterAndCap()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        int maxSeen2 = 0;
        int maxSeen6 = 0;
        for (int i = 0; i < 500; ++i) {
            const int two = HttpClient::backoffMs(policy, 2);
            const int six = HttpClient::backoffMs(policy, 6);
            QVERIFY(two >= 0 && two <= 100);
            QVERIFY(six >= 0 && six <= 1000);
            maxSeen2 = std::max(maxSeen2, two);
            maxSeen6 = std::max(maxSeen6, six);
        }
        QVERIFY(maxSeen6 > 500); // grew beyond the first ceiling
        QVERIFY(maxSeen2 > 50);  // jittered over the range
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "TestHttpClient.moc"
