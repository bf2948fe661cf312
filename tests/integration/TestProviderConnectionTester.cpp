// "Test connection" end to end: the token from a real keyring (scripts/test.sh's D-Bus session),
// sent by the HTTP core to the provider fakes (QHttpServer on loopback, every request checked
// against the providers' OpenAPI subsets). The token never shows in a result or a log line.
#include <optional>

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "FakeCloudflare.h"
#include "FakeSupabase.h"
#include "FakeVercel.h"
#include "core/model/Environment.h"
#include "core/model/ProviderSettings.h"
#include "core/model/Service.h"
#include "core/providers/ProviderConnectionTester.h"
#include "core/secrets/ProviderTokens.h"
#include "core/secrets/SecretStore.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace {

QStringList s_logLines;
QtMessageHandler s_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_logLines.append(message);
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

constexpr int kWaitMs = 2 * core::SecretStore::kJobTimeoutMs + 20000;

} // namespace

class TestProviderConnectionTester : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    core::EnvironmentId m_envId = 0;
    std::unique_ptr<core::SecretStore> m_store;
    std::unique_ptr<core::ProviderTokens> m_tokens;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<core::ProviderConnectionTester> m_tester;
    std::unique_ptr<fakes::FakeCloudflare> m_cf;
    std::unique_ptr<fakes::FakeVercel> m_vercel;
    std::unique_ptr<fakes::FakeSupabase> m_supabase;

    void storeToken(const QString &provider, const QByteArray &token)
    {
        std::optional<core::Status> done;
        m_tokens->storeFor(m_ws->environments(), m_envId, provider, token, this,
                           [&done](core::Status s) { done = std::move(s); });
        QVERIFY(QTest::qWaitFor([&] { return done.has_value(); }, kWaitMs));
        QVERIFY2(done->ok(), qPrintable(done->ok() ? QString() : done->error().toString()));
    }

    core::ProviderSettings settings(const QString &provider)
    {
        return core::ProviderSettings::of(*m_ws->environments().get(m_envId), provider);
    }

    core::Result<core::ConnectionIdentity> test(const core::ProviderSettings &s)
    {
        std::optional<core::Result<core::ConnectionIdentity>> result;
        m_tester->test(s, this, [&result](const core::Result<core::ConnectionIdentity> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
            return core::Error{u"test.timeout"_s, u"no answer"_s, {}};
        return *result;
    }

    static QString text(const core::Result<core::ConnectionIdentity> &r)
    {
        return r.ok() ? r->summary + u' ' + r->subject : r.error().toString();
    }

private Q_SLOTS:
    void initTestCase() { s_previousHandler = qInstallMessageHandler(captureMessages); }
    void cleanupTestCase() { qInstallMessageHandler(s_previousHandler); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened =
            core::Workspace::open(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".sqlite"_s));
        QVERIFY(opened.ok());
        m_ws = std::move(*opened);
        auto service = m_ws->services().create(core::Service{0, u"shop"_s, {}});
        QVERIFY(service.ok());
        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        auto id = m_ws->environments().create(env);
        QVERIFY(id.ok());
        m_envId = *id;
        m_store = std::make_unique<core::SecretStore>(
            u"switchyard-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        m_tokens = std::make_unique<core::ProviderTokens>(*m_store);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tester = std::make_unique<core::ProviderConnectionTester>(m_nam.get(), *m_tokens);
        m_cf = std::make_unique<fakes::FakeCloudflare>();
        m_vercel = std::make_unique<fakes::FakeVercel>();
        m_supabase = std::make_unique<fakes::FakeSupabase>();
        QVERIFY(m_cf->startAll());
        QVERIFY(m_vercel->start());
        QVERIFY(m_supabase->startAll());

        // Each provider's settings point at its fake.
        auto stored = m_ws->environments().get(m_envId);
        core::ProviderSettings cf = core::ProviderSettings::of(*stored, u"cloudflare"_s);
        cf.baseUrl = m_cf->baseUrl().toString();
        cf.storeIn(*stored);
        core::ProviderSettings vercel = core::ProviderSettings::of(*stored, u"vercel"_s);
        vercel.baseUrl = m_vercel->baseUrl().toString();
        vercel.teamId = QString::fromLatin1(fakes::FakeVercel::kTeam);
        vercel.projectId = QString::fromLatin1(fakes::FakeVercel::kProject);
        vercel.storeIn(*stored);
        core::ProviderSettings sb = core::ProviderSettings::of(*stored, u"supabase"_s);
        sb.baseUrl = m_supabase->baseUrl().toString();
        sb.projectId = QString::fromLatin1(fakes::FakeSupabase::kProjectA);
        sb.storeIn(*stored);
        QVERIFY(m_ws->environments().update(*stored).ok());
        s_logLines.clear();
    }

    void cleanup()
    {
        for (const fakes::FakeServer *f :
             std::initializer_list<const fakes::FakeServer *>{m_cf.get(), m_vercel.get(), m_supabase.get()}) {
            const QStringList violations = f->violations();
            QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
        }
        for (const char *token :
             {fakes::FakeCloudflare::kToken, fakes::FakeVercel::kToken, fakes::FakeSupabase::kToken})
            for (const QString &line : std::as_const(s_logLines))
                QVERIFY2(!line.contains(QLatin1StringView(token)), qPrintable(line));
        m_tester.reset();
        m_cf.reset();
        m_vercel.reset();
        m_supabase.reset();
        m_nam.reset();
        m_tokens.reset();
        m_store.reset();
        m_ws.reset();
    }

    void eachProviderAnswersWithItsIdentity()
    {
        storeToken(u"cloudflare"_s, fakes::FakeCloudflare::kToken);
        storeToken(u"vercel"_s, fakes::FakeVercel::kToken);
        storeToken(u"supabase"_s, fakes::FakeSupabase::kToken);

        auto cf = test(settings(u"cloudflare"_s));
        QVERIFY2(cf.ok(), qPrintable(text(cf)));
        QCOMPARE(cf->provider, u"cloudflare"_s);
        QCOMPARE(cf->status, u"active"_s);
        QVERIFY(!cf->summary.isEmpty());
        QCOMPARE(m_cf->callCount(u"user-api-tokens-verify-token"_s), 1);

        auto vercel = test(settings(u"vercel"_s));
        QVERIFY2(vercel.ok(), qPrintable(text(vercel)));
        QCOMPARE(vercel->provider, u"vercel"_s);
        QVERIFY(!vercel->summary.isEmpty());

        auto sb = test(settings(u"supabase"_s));
        QVERIFY2(sb.ok(), qPrintable(text(sb)));
        QCOMPARE(sb->provider, u"supabase"_s);
        for (const auto &r : {cf, vercel, sb}) {
            for (const char *token :
                 {fakes::FakeCloudflare::kToken, fakes::FakeVercel::kToken, fakes::FakeSupabase::kToken})
                QVERIFY(!text(r).contains(QLatin1StringView(token)));
        }
    }

    void aRefusedTokenSaysWhoWhatAndWhatToDo()
    {
        storeToken(u"cloudflare"_s, "cf-wrong-token-1");
        auto r = test(settings(u"cloudflare"_s));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"cloudflare.auth"_s);
        QVERIFY2(r.error().message.contains(u"Cloudflare"_s), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"1000"_s), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"provider settings"_s), qPrintable(r.error().message));
        QVERIFY(!r.error().toString().contains(u"cf-wrong-token-1"_s));

        storeToken(u"vercel"_s, fakes::FakeVercel::kToken);
        m_vercel->injectFault(fakes::Fault::Unauthorized, 1);
        auto v = test(settings(u"vercel"_s));
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.contains(u"Vercel"_s), qPrintable(v.error().message));
    }

    void anInactiveCloudflareTokenIsAnError()
    {
        storeToken(u"cloudflare"_s, fakes::FakeCloudflare::kToken);
        m_cf->tokenStatus = "expired";
        auto r = test(settings(u"cloudflare"_s));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"expired"_s), qPrintable(r.error().message));
    }

    void withoutTokenOrSettingsNothingIsSent()
    {
        auto r = test(settings(u"supabase"_s));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"supabase.token"_s); // the HTTP core wraps "tokens.missing"
        QCOMPARE(m_supabase->calls().size(), 0);

        storeToken(u"vercel"_s, fakes::FakeVercel::kToken);
        core::ProviderSettings s = settings(u"vercel"_s);
        s.projectId.clear();
        auto v = test(s);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, u"settings.missing"_s);
        QVERIFY(v.error().message.contains(u"project ID"_s));
        QCOMPARE(m_vercel->calls().size(), 0);

        s = settings(u"vercel"_s);
        s.baseUrl = u"not a url"_s;
        v = test(s);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, u"settings.bad_url"_s);
    }

    void anUnreachableProviderIsANetworkError()
    {
        storeToken(u"supabase"_s, fakes::FakeSupabase::kToken);
        core::ProviderSettings s = settings(u"supabase"_s);
        s.baseUrl = u"http://127.0.0.1:9"_s; // discard port: nothing listens
        auto r = test(s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"Supabase"_s), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestProviderConnectionTester)
#include "TestProviderConnectionTester.moc"
