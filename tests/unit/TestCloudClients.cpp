// VercelClient and SupabaseClient against their spec-checking fakes.
#include <QNetworkAccessManager>
#include <QTest>

#include "FakeSupabase.h"
#include "FakeVercel.h"
#include "core/http/HttpClient.h"
#include "core/providers/cloud/SupabaseClient.h"
#include "core/providers/cloud/VercelClient.h"

using namespace Qt::StringLiterals;
using namespace core;
using fakes::FakeSupabase;
using fakes::FakeVercel;
using fakes::Fault;

class TestCloudClients : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FakeVercel> m_vercelFake;
    std::unique_ptr<FakeSupabase> m_supabaseFake;
    std::unique_ptr<VercelClient> m_vercel;
    std::unique_ptr<SupabaseClient> m_supabase;
    const QString kProject = QString::fromLatin1(FakeVercel::kProject);
    const QString kRef = QString::fromLatin1(FakeSupabase::kProjectA);

    static ProviderEndpoint endpoint(Provider provider, const QUrl &base, const char *token)
    {
        ProviderEndpoint e;
        e.provider = provider;
        e.baseUrl = base;
        e.token = staticToken(token);
        e.timeoutMs = 2000;
        e.retry.baseDelayMs = 5;
        return e;
    }

    template <typename T> static QString problem(const Result<T> &r)
    {
        return r.ok() ? QString() : r.error().toString();
    }

private Q_SLOTS:
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<HttpClient>(m_nam.get());
        m_vercelFake = std::make_unique<FakeVercel>();
        m_supabaseFake = std::make_unique<FakeSupabase>();
        QVERIFY(m_vercelFake->start() && m_supabaseFake->startAll());
        m_vercelFake->aliasPolls = 2;
        m_vercel = std::make_unique<VercelClient>(
            *m_http, endpoint(Provider::Vercel, m_vercelFake->baseUrl(), FakeVercel::kToken),
            QString::fromLatin1(FakeVercel::kTeam));
        m_supabase = std::make_unique<SupabaseClient>(
            *m_http, endpoint(Provider::Supabase, m_supabaseFake->baseUrl(), FakeSupabase::kToken));
    }

    void cleanup()
    {
        const QStringList all = m_vercelFake->violations() + m_supabaseFake->violations();
        QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
        m_vercel.reset();
        m_supabase.reset();
        m_vercelFake.reset();
        m_supabaseFake.reset();
        m_http.reset();
        m_nam.reset();
    }

    void instantRollbackIsConfirmedByPolling()
    {
        const QString old = m_vercelFake->addPromotedDeployment(u"aaaa"_s);
        const QString current = m_vercelFake->addPromotedDeployment(u"bbbb"_s);
        QCOMPARE(m_vercelFake->productionDeploymentId(), current);
        QStringList progress;
        std::optional<Status> done;
        m_vercel->rollback(
            kProject, old, u"bad release"_s, 5000, 10, this, [&](const QString &line) { progress << line; },
            [&](const Status &s) { done = s; });
        QTRY_VERIFY(done.has_value());
        QVERIFY2(done->ok(), qPrintable(done->ok() ? QString() : done->error().toString()));
        QCOMPARE(m_vercelFake->productionDeploymentId(), old);
        QCOMPARE(m_vercelFake->callCount(u"requestRollback"_s), 1);
        QVERIFY(m_vercelFake->callCount(u"getProject"_s) >= 3); // pending, in-progress, succeeded
        QVERIFY(progress.join(u'\n').contains(u"rollback job succeeded"_s));
        // The path is v1 …/rollback/{id} and teamId rides along (checked by the fake's spec).
        QCOMPARE(m_vercelFake->calls().first().request.path,
                 u"/v1/projects/%1/rollback/%2"_s.arg(kProject, old));
    }

    void rollbackNotRetriedBlindly()
    {
        const QString old = m_vercelFake->addPromotedDeployment(u"aaaa"_s);
        m_vercelFake->addPromotedDeployment(u"bbbb"_s);
        m_vercelFake->injectFault(Fault::Unavailable, 5, u"requestRollback"_s);
        std::optional<Status> done;
        m_vercel->rollback(kProject, old, {}, 2000, 10, this, {}, [&](const Status &s) { done = s; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(!done->ok());
        QCOMPARE(m_vercelFake->callCount(u"requestRollback"_s), 1);
        QVERIFY2(done->error().message.contains(u"503"_s), qPrintable(done->error().message));
    }

    void deploymentGoesToReadyWithProgress()
    {
        VercelDeployRequest request;
        request.projectName = u"web"_s;
        request.projectId = kProject;
        request.repoId = u"1"_s;
        request.ref = u"main"_s;
        request.sha = u"cafe"_s;
        std::optional<Result<VercelDeployment>> created;
        m_vercel->createDeployment(request, this, [&](const Result<VercelDeployment> &d) { created = d; });
        QTRY_VERIFY(created.has_value());
        QVERIFY2(created->ok(), qPrintable(problem(*created)));
        QStringList states;
        std::optional<Result<VercelDeployment>> ready;
        m_vercel->waitUntilReady((*created)->id, 5000, 10, this, [&](const QString &line) { states << line; },
                                 [&](const Result<VercelDeployment> &d) { ready = d; });
        QTRY_VERIFY(ready.has_value());
        QVERIFY2(ready->ok(), qPrintable(problem(*ready)));
        QCOMPARE(states.size(), 2); // BUILDING, READY (QUEUED was the create answer)
        QVERIFY(states.last().endsWith(u"READY"_s));
    }

    void failedBuildSaysSo()
    {
        m_vercelFake->failBuilds = true;
        VercelDeployRequest request;
        request.projectName = u"web"_s;
        request.repoId = u"1"_s;
        request.ref = u"main"_s;
        request.sha = u"cafe"_s;
        std::optional<Result<VercelDeployment>> created;
        m_vercel->createDeployment(request, this, [&](const Result<VercelDeployment> &d) { created = d; });
        QTRY_VERIFY(created.has_value() && created->ok());
        std::optional<Result<VercelDeployment>> ready;
        m_vercel->waitUntilReady((*created)->id, 5000, 10, this, {},
                                 [&](const Result<VercelDeployment> &d) { ready = d; });
        QTRY_VERIFY(ready.has_value());
        QVERIFY(!ready->ok());
        QCOMPARE(ready->error().code, u"vercel.build_failed"_s);
        QVERIFY(ready->error().message.contains(u"npm run build"_s));
    }

    void createIsNeverRetried()
    {
        m_vercelFake->injectFault(Fault::BadGateway, 5, u"createDeployment"_s);
        VercelDeployRequest request;
        request.projectName = u"web"_s;
        request.repoId = u"1"_s;
        request.ref = u"main"_s;
        request.sha = u"cafe"_s;
        std::optional<Result<VercelDeployment>> created;
        m_vercel->createDeployment(request, this, [&](const Result<VercelDeployment> &d) { created = d; });
        QTRY_VERIFY(created.has_value());
        QVERIFY(!created->ok());
        QCOMPARE(m_vercelFake->callCount(u"createDeployment"_s), 1);
    }

    void createWithoutRepoIdIsRefusedBeforeSending()
    {
        VercelDeployRequest request;
        request.projectName = u"web"_s;
        request.projectId = QString::fromLatin1(fakes::FakeVercel::kProject);
        request.ref = u"main"_s;
        request.sha = u"cafe"_s; // but no repoId
        std::optional<Result<VercelDeployment>> created;
        m_vercel->createDeployment(request, this, [&](const Result<VercelDeployment> &d) { created = d; });
        QTRY_VERIFY(created.has_value());
        QVERIFY(!created->ok());
        QCOMPARE(created->error().code, u"vercel.request_invalid"_s);
        QVERIFY2(created->error().message.contains(u"repo_id"_s), qPrintable(created->error().message));
        QCOMPARE(m_vercelFake->callCount(u"createDeployment"_s), 0);
    }

    void droppedCreateIsNotResentAndSaysOutcomeUnknown()
    {
        m_vercelFake->injectFault(Fault::Drop, 1, u"createDeployment"_s);
        VercelDeployRequest request;
        request.projectName = u"web"_s;
        request.repoId = u"1"_s;
        request.ref = u"main"_s;
        request.sha = u"cafe"_s;
        std::optional<Result<VercelDeployment>> created;
        m_vercel->createDeployment(request, this, [&](const Result<VercelDeployment> &d) { created = d; });
        QTRY_VERIFY(created.has_value());
        QVERIFY(!created->ok());
        QVERIFY2(created->error().message.contains(u"outcome is unknown"_s),
                 qPrintable(created->error().message));
        // Sent once: neither Switchyard nor Qt's connection handling sent it again.
        QCOMPARE(m_vercelFake->callCount(u"createDeployment"_s), 1);
    }

    void listsRollbackCandidates()
    {
        m_vercelFake->addPromotedDeployment(u"aaaa"_s);
        m_vercelFake->addPromotedDeployment(u"bbbb"_s);
        std::optional<Result<QList<VercelDeployment>>> list;
        m_vercel->listDeployments(kProject, 20, true, this,
                                  [&](const Result<QList<VercelDeployment>> &l) { list = l; });
        QTRY_VERIFY(list.has_value());
        QVERIFY2(list->ok(), qPrintable(problem(*list)));
        QCOMPARE((*list)->size(), 2);
        QCOMPARE((*list)->first().commitSha, u"bbbb"_s); // newest first
        QVERIFY((*list)->first().rollbackCandidate);
    }

    void vercelVerifyToken()
    {
        std::optional<Result<TokenIdentity>> identity;
        m_vercel->verifyToken(kProject, this, [&](const Result<TokenIdentity> &i) { identity = i; });
        QTRY_VERIFY(identity.has_value());
        QVERIFY2(identity->ok(), qPrintable(problem(*identity)));
        QVERIFY((*identity)->summary.contains(u"web-a"_s));
    }

    void supabaseHealthSecretsAndIdentity()
    {
        std::optional<Result<QList<SupabaseServiceHealth>>> health;
        m_supabase->health(kRef, {u"db"_s, u"rest"_s}, this,
                           [&](const Result<QList<SupabaseServiceHealth>> &h) { health = h; });
        QTRY_VERIFY(health.has_value());
        QVERIFY2(health->ok(), qPrintable(problem(*health)));
        QCOMPARE((*health)->size(), 2);
        QCOMPARE((*health)->first().status, u"ACTIVE_HEALTHY"_s);

        std::optional<Status> set;
        m_supabase->setSecrets(kRef, {{u"STRIPE_KEY"_s, "sk_1"}, {u"MAIL_KEY"_s, "mk_2"}}, this,
                               [&](const Status &s) { set = s; });
        QTRY_VERIFY(set.has_value());
        QVERIFY(set->ok());
        std::optional<Result<QStringList>> names;
        m_supabase->listSecrets(kRef, this, [&](const Result<QStringList> &n) { names = n; });
        QTRY_VERIFY(names.has_value());
        QVERIFY(names->ok());
        QStringList sorted = **names;
        sorted.sort();
        QCOMPARE(sorted, (QStringList{u"MAIL_KEY"_s, u"STRIPE_KEY"_s}));

        std::optional<Result<TokenIdentity>> identity;
        m_supabase->verifyToken(kRef, this, [&](const Result<TokenIdentity> &i) { identity = i; });
        QTRY_VERIFY(identity.has_value());
        QVERIFY2(identity->ok(), qPrintable(problem(*identity)));
        QCOMPARE((*identity)->status, u"ACTIVE_HEALTHY"_s);
    }
};

QTEST_GUILESS_MAIN(TestCloudClients)
#include "TestCloudClients.moc"
