// CloudflareKvRouter against the spec-checking Cloudflare fake and its "edge" (the Worker's public
// URL, which follows ACTIVE_ENV only after the propagation delay).
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "FakeCloudflare.h"
#include "core/http/HttpClient.h"
#include "core/providers/cloud/CloudflareKvRouter.h"

using namespace Qt::StringLiterals;
using namespace core;
using fakes::FakeCloudflare;
using fakes::FakeResponse;
using fakes::Fault;

class TestCloudflareKvRouter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeCloudflare> m_cf;
    std::unique_ptr<CloudflareKvRouter> m_router;
    QStringList m_progress;

    CloudflareSettings settings() const
    {
        CloudflareSettings s;
        s.apiBaseUrl = m_cf->baseUrl();
        s.accountId = QString::fromLatin1(FakeCloudflare::kAccount);
        s.namespaceId = QString::fromLatin1(FakeCloudflare::kNamespace);
        s.publicHealthUrl = m_cf->edgeUrl();
        s.pollMs = 50;
        s.confirmations = 3;
        s.propagationTimeoutMs = 5000;
        s.workerVars = {{u"WEB_A_ORIGIN"_s, u"https://web-a.example.com"_s},
                        {u"WEB_B_ORIGIN"_s, u"https://web-b.example.com"_s}};
        return s;
    }

    Status switchAndWait(const QString &slot, const QString &version)
    {
        std::optional<Status> result;
        m_router->switchTo(SwitchTarget{slot, {}, version}, 1000, this, [&](const Status &s) { result = s; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result ? *result : Status(Error{u"test.timeout"_s, u"no answer"_s, {}});
    }

    static FakeResponse health(const QString &version)
    {
        return FakeResponse::json(200, QJsonObject{{u"ok"_s, true},
                                                   {u"projectRef"_s, u"abcdefghijklmnopqrst"_s},
                                                   {u"commitSha"_s, u"0123abc"_s},
                                                   {u"version"_s, version},
                                                   {u"timestamp"_s, u"2026-01-01T00:00:00Z"_s}});
    }

private Q_SLOTS:
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_cf = std::make_unique<FakeCloudflare>();
        QVERIFY(m_cf->startAll());
        m_cf->setValue(u"ACTIVE_ENV"_s, "A");
        m_cf->slotHealth.insert(u"A"_s, [] { return health(u"1.0.0"_s); });
        m_cf->slotHealth.insert(u"B"_s, [] { return health(u"1.1.0"_s); });
        m_router =
            std::make_unique<CloudflareKvRouter>(settings(), m_nam.get(), staticToken("cf-test-token"));
        m_progress.clear();
        connect(m_router.get(), &Router::progress, this, [this](const QString &line) { m_progress << line; });
    }

    void cleanup()
    {
        const QStringList violations = m_cf->violations();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
        m_router.reset();
        m_cf.reset();
        m_nam.reset();
    }

    void switchesAndVerifiesThroughTheEdge()
    {
        const Status status = switchAndWait(u"green"_s, u"1.1.0"_s);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("B"));
        QCOMPARE(m_router->configuredSlot(), std::optional<QString>(u"green"_s));
        QCOMPARE(m_router->slotHeaderFor(u"green"_s), u"B"_s);
        QVERIFY(m_progress.join(u'\n').contains(u"Propagation: 3 of 3 answers from green"_s));
        // read current, write, read back: three API calls, and the write is the raw value.
        QCOMPARE(m_cf->callCount(u"workers-kv-namespace-write-key-value-pair-with-metadata"_s), 1);
        QCOMPARE(m_cf->callCount(u"workers-kv-namespace-read-key-value-pair"_s), 2);
    }

    void waitsForPropagation()
    {
        m_cf->propagationMs = 1200;
        QElapsedTimer clock;
        clock.start();
        const Status status = switchAndWait(u"green"_s, u"1.1.0"_s);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        QVERIFY2(clock.elapsed() >= 1200, qPrintable(QString::number(clock.elapsed())));
        // Progress showed the old slot still answering before the new one took over.
        QVERIFY2(m_progress.join(u'\n').contains(u"last: blue"_s), qPrintable(m_progress.join(u'\n')));
    }

    void propagationTimeoutPutsTrafficBack()
    {
        m_cf->propagationMs = 60000;
        CloudflareSettings s = settings();
        s.propagationTimeoutMs = 800;
        m_router = std::make_unique<CloudflareKvRouter>(s, m_nam.get(), staticToken("cf-test-token"));
        const Status status = switchAndWait(u"green"_s, u"1.1.0"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, u"router.verify_failed"_s);
        QVERIFY2(status.error().message.contains(u"put back"_s), qPrintable(status.error().message));
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("A"));
    }

    void wrongVersionIsNotVerified()
    {
        m_cf->slotHealth.insert(u"B"_s, [] { return health(u"1.0.9"_s); });
        CloudflareSettings s = settings();
        s.propagationTimeoutMs = 600;
        m_router = std::make_unique<CloudflareKvRouter>(s, m_nam.get(), staticToken("cf-test-token"));
        const Status status = switchAndWait(u"green"_s, u"1.1.0"_s);
        QVERIFY(!status.ok());
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("A"));
    }

    void providerFailuresLeaveTrafficAlone_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("code");
        QTest::newRow("503 every time") << Fault::Unavailable << u"cloudflare.server_error"_s;
        QTest::newRow("expired token") << Fault::Unauthorized << u"cloudflare.auth"_s;
        QTest::newRow("forbidden") << Fault::Forbidden << u"cloudflare.auth"_s;
    }
    void providerFailuresLeaveTrafficAlone()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, code);
        m_cf->injectFault(fault, 100, u"workers-kv-namespace-write-key-value-pair-with-metadata"_s);
        const Status status = switchAndWait(u"green"_s, u"1.1.0"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, code);
        QVERIFY2(status.error().message.contains(u"write ACTIVE_ENV in Workers KV"_s),
                 qPrintable(status.error().message));
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("A"));
    }

    void transientFailuresAreRetried()
    {
        m_cf->injectFault(Fault::BadGateway, 1, u"workers-kv-namespace-write-key-value-pair-with-metadata"_s);
        m_cf->injectFault(Fault::RateLimited, 1, u"workers-kv-namespace-read-key-value-pair"_s);
        m_cf->retryAfterSeconds = 0;
        const Status status = switchAndWait(u"green"_s, u"1.1.0"_s);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("B"));
    }

    void describeSwitchListsRequests()
    {
        const QStringList lines = m_router->describeSwitch(SwitchTarget{u"green"_s, {}, u"1.1.0"_s});
        const QString text = lines.join(u'\n');
        QVERIFY2(text.contains(u"PUT "_s + m_cf->baseUrl().toString() + u"/accounts/"_s), qPrintable(text));
        QVERIFY2(text.contains(u"/values/ACTIVE_ENV body: B"_s), qPrintable(text));
        QVERIFY(text.contains(m_cf->edgeUrl().toString()));
        QVERIFY(m_cf->calls().isEmpty());
    }

    void uploadsTheWorkerWithItsBindings()
    {
        std::optional<Status> result;
        m_router->uploadWorker("export default { async fetch() { return new Response('ok'); } };\n", this,
                               [&](const Status &s) { result = s; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
        QCOMPARE(m_cf->workerMetadata.value(u"main_module"_s).toString(), u"router.js"_s);
        const QJsonArray bindings = m_cf->workerMetadata.value(u"bindings"_s).toArray();
        QCOMPARE(bindings.size(), 3);
        QCOMPARE(bindings.at(0).toObject().value(u"name"_s).toString(), u"SWITCHYARD_KV"_s);
        QCOMPARE(bindings.at(0).toObject().value(u"namespace_id"_s).toString(),
                 QString::fromLatin1(FakeCloudflare::kNamespace));
        QVERIFY(m_cf->workerModules.value(u"router.js"_s).contains("export default"));
    }

    void readActiveSlot()
    {
        std::optional<Result<std::optional<QString>>> slot;
        m_router->readActiveSlot(this, [&](const Result<std::optional<QString>> &s) { slot = s; });
        QTRY_VERIFY(slot.has_value());
        QVERIFY(slot->ok());
        QCOMPARE(**slot, std::optional<QString>(u"blue"_s));
    }
};

QTEST_GUILESS_MAIN(TestCloudflareKvRouter)
#include "TestCloudflareKvRouter.moc"
