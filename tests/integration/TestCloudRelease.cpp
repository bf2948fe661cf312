// A full cloud release (seed 000) through the engine against the spec-checking fakes: Supabase
// functions + secrets and a Vercel build to the standby slot, diag-health with version and commit,
// the Cloudflare KV switch verified through the Worker's public URL, monitoring, then a rollback.
// Misbehaving providers: the step fails with a clear message, traffic stays, the journal records
// it, and the deployment resumes once the provider recovers.
// Tokens from the keychain use a real keyring (gnome-keyring in the D-Bus session scripts/test.sh
// starts): without one, the keychain test FAILS.
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include "FakeCloudflare.h"
#include "FakeSupabase.h"
#include "FakeVercel.h"
#include "core/engine/DeploymentSession.h"
#include "core/engine/Planner.h"
#include "core/engine/ResumePolicy.h"
#include "core/model/AuditEntry.h"
#include "core/model/Environment.h"
#include "core/model/Release.h"
#include "core/model/Service.h"
#include "core/model/Slot.h"
#include "core/model/StepRecord.h"
#include "core/providers/cloud/CloudDeployer.h"
#include "core/providers/cloud/CloudTokens.h"
#include "core/providers/cloud/KeychainTokens.h"
#include "core/secrets/ProviderTokens.h"
#include "core/secrets/SecretStore.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ProviderRefRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using namespace core;
using fakes::FakeCloudflare;
using fakes::FakeResponse;
using fakes::FakeSupabase;
using fakes::FakeVercel;
using fakes::Fault;

namespace {

const QString kRefA = QString::fromLatin1(FakeSupabase::kProjectA);
const QString kRefB = QString::fromLatin1(FakeSupabase::kProjectB);

QStringList s_messages;
QtMessageHandler s_previousHandler = nullptr;

// Keeps what the subsystems log (quietly: the deployment's own lines are checked separately).
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_messages.append(message);
}

// Every byte of the workspace (database, its journal files).
QByteArray workspaceBytes(const QString &dir)
{
    QByteArray all;
    for (const QFileInfo &info : QDir(dir).entryInfoList({u"ws.sqlite*"_s}, QDir::Files)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestCloudRelease : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeCloudflare> m_cf;
    std::unique_ptr<FakeVercel> m_vercel;
    std::unique_ptr<FakeSupabase> m_supabase;
    std::unique_ptr<Workspace> m_workspace;
    EnvironmentId m_env = 0;
    QStringList m_log;

    QJsonObject routerConfig() const
    {
        return QJsonObject{
            {u"cloudflare"_s,
             QJsonObject{{u"api_base_url"_s, m_cf->baseUrl().toString()},
                         {u"account_id"_s, QString::fromLatin1(FakeCloudflare::kAccount)},
                         {u"namespace_id"_s, QString::fromLatin1(FakeCloudflare::kNamespace)},
                         {u"public_health_url"_s, m_cf->edgeUrl().toString()},
                         {u"poll_ms"_s, 50},
                         {u"confirmations"_s, 2},
                         {u"propagation_timeout_ms"_s, 3000}}},
            {u"vercel"_s, QJsonObject{{u"api_base_url"_s, m_vercel->baseUrl().toString()},
                                      {u"team_id"_s, QString::fromLatin1(FakeVercel::kTeam)},
                                      {u"projects"_s,
                                       QJsonObject{{u"blue"_s, QString::fromLatin1(FakeVercel::kProject)},
                                                   {u"green"_s, QString::fromLatin1(FakeVercel::kProjectB)}}},
                                      {u"repo_id"_s, u"123456"_s},
                                      {u"poll_ms"_s, 20},
                                      {u"alias_timeout_ms"_s, 5000}}},
            {u"supabase"_s, QJsonObject{{u"api_base_url"_s, m_supabase->baseUrl().toString()},
                                        {u"projects"_s, QJsonObject{{u"blue"_s, kRefA}, {u"green"_s, kRefB}}},
                                        {u"functions_dir"_s, m_dir.filePath(u"functions"_s)},
                                        {u"secrets"_s, QJsonArray{u"STRIPE_KEY"_s}}}},
        };
    }

    // What users get through the Worker for slot A or B: that slot's diag-health.
    FakeResponse edgeHealth(const QString &ref)
    {
        QNetworkRequest request(m_supabase->functionUrl(ref, u"diag-health"_s));
        Q_UNUSED(request)
        const auto function = m_supabase->functions().value(ref).value(u"diag-health"_s);
        const QJsonObject release =
            QJsonDocument::fromJson(function.files.value(u"_switchyard/release.json"_s)).object();
        return FakeResponse::json(200, QJsonObject{{u"ok"_s, true},
                                                   {u"projectRef"_s, ref},
                                                   {u"commitSha"_s, release.value(u"commit"_s)},
                                                   {u"version"_s, release.value(u"version"_s)},
                                                   {u"timestamp"_s, u"2026-01-01T00:00:00Z"_s}});
    }

    Status runSession(const std::function<void(DeploymentSession &)> &start, DeploymentId *id = nullptr)
    {
        DeploymentSession session(*m_workspace, m_nam.get(), u"tester"_s);
        session.setAutoRollback(false);
        connect(
            &session, &DeploymentSession::logLine, this,
            [this](DeploymentId, const QString &, const QString &line, const QString &) { m_log << line; });
        QEventLoop loop;
        Status outcome = Error{u"test.timeout"_s, u"no outcome in 60 s"_s, {}};
        connect(&session, &DeploymentSession::finished, &loop, [&](const Status &s) {
            outcome = s;
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        start(session);
        loop.exec();
        if (id)
            *id = session.deploymentId();
        return outcome;
    }

    Status deploy(const QString &version, DeploymentId *id = nullptr)
    {
        Planner planner(*m_workspace, m_nam.get());
        auto plan = planner.planDeploy(u"production"_s, version);
        if (!plan.ok())
            return plan.error();
        const Plan p = *plan;
        return runSession([p](DeploymentSession &s) { s.deploy(p); }, id);
    }

    // Stores `token` for `provider` of production in the real keyring, through ProviderTokens.
    Status storeToken(ProviderTokens &tokens, const QString &provider, const QByteArray &token)
    {
        std::optional<Status> stored;
        tokens.storeFor(m_workspace->environments(), m_env, provider, token, this,
                        [&stored](Status s) { stored = std::move(s); });
        if (!QTest::qWaitFor([&stored] { return stored.has_value(); }, 2 * SecretStore::kJobTimeoutMs + 5000))
            return Error{u"test.timeout"_s, u"the keychain did not answer"_s, {}};
        return *stored;
    }

    static QString text(const Status &status) { return status.ok() ? QString() : status.error().toString(); }

    void checkNoViolations()
    {
        const QStringList all = m_cf->violations() + m_vercel->violations() + m_supabase->violations();
        QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(u"functions/diag-health"_s));
        QFile index(m_dir.filePath(u"functions/diag-health/index.ts"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("import release from '../_switchyard/release.json' with { type: 'json' };\n"
                    "Deno.serve(() => Response.json({ ok: true, version: release.version, commitSha: "
                    "release.commit }));\n");
        index.close();
        qputenv("STRIPE_KEY", "sk_test_do_not_log_me");
        CloudTokens::setTokenSourceFactory([](Provider provider, const Environment &) {
            switch (provider) {
            case Provider::Cloudflare:
                return staticToken(FakeCloudflare::kToken);
            case Provider::Vercel:
                return staticToken(FakeVercel::kToken);
            case Provider::Supabase:
                return staticToken(FakeSupabase::kToken);
            case Provider::Other:
                break;
            }
            return staticToken({});
        });

        m_nam = std::make_unique<QNetworkAccessManager>();
        m_cf = std::make_unique<FakeCloudflare>();
        m_vercel = std::make_unique<FakeVercel>();
        m_supabase = std::make_unique<FakeSupabase>();
        QVERIFY(m_cf->startAll() && m_vercel->start() && m_supabase->startAll());
        m_cf->setValue(u"ACTIVE_ENV"_s, "A");
        m_cf->slotHealth.insert(u"A"_s, [this] { return edgeHealth(kRefA); });
        m_cf->slotHealth.insert(u"B"_s, [this] { return edgeHealth(kRefB); });

        QFile::remove(m_dir.filePath(u"ws.sqlite"_s));
        auto opened = Workspace::open(m_dir.filePath(u"ws.sqlite"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        m_workspace = std::move(*opened);
        auto service = m_workspace->services().create(Service{0, u"web platform"_s, {}});
        QVERIFY(service.ok());
        for (const auto &[version, commit] :
             {std::pair{u"v1.0.0"_s, u"aaaa1111"_s}, std::pair{u"v1.1.0"_s, u"bbbb2222"_s}}) {
            Release r;
            r.serviceId = *service;
            r.version = version;
            r.commitSha = commit;
            QVERIFY(m_workspace->releases().create(r).ok());
        }
        Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"cloudflare-kv"_s;
        env.routerConfig = routerConfig();
        env.settings.healthIntervalMs = 50;
        env.settings.healthTimeoutMs = 3000;
        env.settings.requestTimeoutMs = 1000;
        env.settings.monitorProbes = 2;
        env.settings.monitorIntervalMs = 50;
        auto envId = m_workspace->environments().create(env);
        QVERIFY2(envId.ok(), qPrintable(envId.ok() ? QString() : envId.error().toString()));
        m_env = *envId;
        for (const QString &name : {u"blue"_s, u"green"_s}) {
            Slot slot;
            slot.environmentId = m_env;
            slot.name = name;
            slot.role = name == u"blue" ? SlotRole::Live : SlotRole::Standby;
            slot.version = u"v1.0.0"_s;
            slot.healthUrl =
                m_supabase->functionUrl(name == u"blue" ? kRefA : kRefB, u"diag-health"_s).toString();
            slot.upstream = name == u"blue" ? u"web-a.example.com:443"_s : u"web-b.example.com:443"_s;
            QVERIFY(m_workspace->environments().addSlot(slot).ok());
        }
        // Blue runs v1.0.0 already: deploy it there directly, as an earlier release did.
        auto config = CloudConfig::fromJson(routerConfig());
        QVERIFY(config.ok());
        CloudDeployer seed(*config, m_nam.get(),
                           {staticToken(FakeVercel::kToken), staticToken(FakeSupabase::kToken)});
        std::optional<Result<QList<ProviderRef>>> seeded;
        seed.deploy(CloudRelease{u"production"_s, u"blue"_s, u"v1.0.0"_s, u"aaaa1111"_s}, this,
                    [&](const Result<QList<ProviderRef>> &r) { seeded = r; });
        QTRY_VERIFY_WITH_TIMEOUT(seeded.has_value(), 20000);
        QVERIFY2(seeded->ok(), qPrintable(seeded->ok() ? QString() : seeded->error().toString()));
        m_cf->clearCalls();
        m_vercel->clearCalls();
        m_supabase->clearCalls();
        m_log.clear();
    }

    void cleanup()
    {
        checkNoViolations();
        for (const QString &line : std::as_const(m_log))
            QVERIFY2(!line.contains(u"sk_test_do_not_log_me"_s) && !line.contains(u"test-token"_s),
                     qPrintable(line));
        CloudTokens::setTokenSourceFactory({});
        m_workspace.reset();
        m_supabase.reset();
        m_vercel.reset();
        m_cf.reset();
        m_nam.reset();
    }

    void releaseAndRollback()
    {
        DeploymentId id = 0;
        const Status deployed = deploy(u"v1.1.0"_s, &id);
        QVERIFY2(deployed.ok(), qPrintable(text(deployed) + u"\n"_s + m_log.join(u'\n')));
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("B"));
        // Green's Vercel project serves a build of the release's commit.
        const QString production =
            m_vercel->productionDeploymentId(QString::fromLatin1(FakeVercel::kProjectB));
        QCOMPARE(m_vercel->deployments().value(production).sha, u"bbbb2222"_s);
        // Green's functions carry the release, and the secret reached the project.
        const auto diag = m_supabase->functions().value(kRefB).value(u"diag-health"_s);
        QVERIFY(diag.files.value(u"_switchyard/release.json"_s).contains("v1.1.0"));
        QCOMPARE(m_supabase->secrets(kRefB).value(u"STRIPE_KEY"_s), QByteArray("sk_test_do_not_log_me"));
        // Provider ids and URLs are stored with the deployment.
        auto refs = ProviderRefRepository(*m_workspace).list(id);
        QVERIFY(refs.ok());
        QCOMPARE(refs->size(), 2);
        QCOMPARE(refs->at(0).provider, u"supabase"_s);
        QCOMPARE(refs->at(1).provider, u"vercel"_s);
        QCOMPARE(refs->at(1).id, production);
        QVERIFY(refs->at(1).url.startsWith(u"https://"_s));
        QVERIFY(m_log.join(u'\n').contains(u"Propagation:"_s));

        Planner planner(*m_workspace, m_nam.get());
        auto plan = planner.planRollback(u"production"_s);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        const Plan p = *plan;
        const Status rolledBack = runSession([p](DeploymentSession &s) { s.rollback(p); });
        QVERIFY2(rolledBack.ok(), qPrintable(text(rolledBack) + u"\n"_s + m_log.join(u'\n')));
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("A"));
        // A rollback is one router action: nothing was built or deployed again.
        QCOMPARE(m_vercel->callCount(u"createDeployment"_s), 1);
        QCOMPARE(m_supabase->callCount(u"v1-deploy-a-function"_s), 1);
    }

    void planListsEveryRequest()
    {
        Planner planner(*m_workspace, m_nam.get());
        auto plan = planner.planDeploy(u"production"_s, u"v1.1.0"_s);
        QVERIFY(plan.ok());
        QStringList actions;
        for (const PlanStep &step : plan->steps)
            actions << step.actions;
        const QString all = actions.join(u'\n');
        QVERIFY2(all.contains(u"POST "_s + m_supabase->baseUrl().toString() + u"/v1/projects/"_s + kRefB +
                              u"/functions/deploy?slug=diag-health"_s),
                 qPrintable(all));
        QVERIFY2(all.contains(u"\"value\":\"***\""_s) && !all.contains(u"sk_test"_s), qPrintable(all));
        QVERIFY2(all.contains(u"POST "_s + m_vercel->baseUrl().toString() +
                              u"/v13/deployments?teamId=team_switchyard"_s),
                 qPrintable(all));
        QVERIFY2(all.contains(u"/values/ACTIVE_ENV body: B"_s), qPrintable(all));
        QVERIFY(m_cf->calls().isEmpty() && m_vercel->calls().isEmpty() && m_supabase->calls().isEmpty());
    }

    void misbehaviourFailsClearlyAndResumes_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Supabase deploy 503")
            << u"supabase"_s << Fault::Unavailable << u"v1-deploy-a-function"_s
            << u"Supabase: “deploy edge function diag-health” failed (HTTP 503"_s;
        QTest::newRow("Supabase secrets 429 for long")
            << u"supabase"_s << Fault::RateLimited << u"v1-bulk-create-secrets"_s << u"rate limit"_s;
        QTest::newRow("Vercel create 500") << u"vercel"_s << Fault::ServerError << u"createDeployment"_s
                                           << u"Vercel: “create a deployment of bbbb2222” failed (HTTP 500"_s;
        QTest::newRow("Vercel token expired")
            << u"vercel"_s << Fault::Unauthorized << u"getDeployment"_s << u"refused the API token"_s;
        QTest::newRow("Vercel malformed JSON")
            << u"vercel"_s << Fault::Malformed << u"getProject"_s << u"not valid JSON"_s;
        QTest::newRow("Cloudflare KV write 403")
            << u"cloudflare"_s << Fault::Forbidden
            << u"workers-kv-namespace-write-key-value-pair-with-metadata"_s
            << u"Cloudflare: “write ACTIVE_ENV in Workers KV” failed (HTTP 403"_s;
        QTest::newRow("Cloudflare KV dropped connections")
            << u"cloudflare"_s << Fault::Drop << u"workers-kv-namespace-read-key-value-pair"_s
            << u"could not be reached"_s;
    }
    void misbehaviourFailsClearlyAndResumes()
    {
        QFETCH(QString, provider);
        QFETCH(Fault, fault);
        QFETCH(QString, operation);
        QFETCH(QString, expected);
        fakes::FakeServer *fake = provider == u"supabase" ? static_cast<fakes::FakeServer *>(m_supabase.get())
                                  : provider == u"vercel" ? static_cast<fakes::FakeServer *>(m_vercel.get())
                                                          : static_cast<fakes::FakeServer *>(m_cf.get());
        fake->retryAfterSeconds = 600;
        fake->injectFault(fault, 100, operation);
        DeploymentId id = 0;
        const Status failed = deploy(u"v1.1.0"_s, &id);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(expected, Qt::CaseInsensitive),
                 qPrintable(failed.error().message));
        // Traffic never went to the unverified slot.
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("A"));
        // The journal records the failed step with the provider's message.
        auto steps = m_workspace->deployments().steps(id);
        QVERIFY(steps.ok());
        bool recorded = false;
        for (const StepRecord &step : *steps)
            recorded = recorded || (step.status == StepStatus::Failed &&
                                    step.message.contains(expected, Qt::CaseInsensitive));
        QVERIFY2(recorded, "the failed step and its message are in the journal");
        // The CLI and the GUI offer to resume it.
        QVERIFY2(ResumePolicy::isResumableCode(failed.error().code), qPrintable(failed.error().code));
        // The provider recovers: the same deployment resumes from its failed step and completes.
        fake->clearFaults();
        const Status resumed = runSession([id](DeploymentSession &s) { s.resume(id); });
        QVERIFY2(resumed.ok(), qPrintable(text(resumed) + u"\n"_s + m_log.join(u'\n')));
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("B"));
        auto done = m_workspace->deployments().get(id);
        QVERIFY(done.ok());
        QCOMPARE(done->status, DeploymentStatus::Succeeded);
        // Nothing was built twice at Vercel: one build of the commit in green's project.
        int builds = 0;
        for (const auto &d : m_vercel->deployments())
            builds += d.sha == u"bbbb2222" ? 1 : 0;
        QCOMPARE(builds, 1);
    }

    void deploysWithTokensFromTheKeychain()
    {
        // The app's wiring (app/Cli.cpp, app/Gui.cpp): ProviderTokens over a real keyring.
        SecretStore store(u"switchyard-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        ProviderTokens tokens(store);
        const QByteArray vercelToken = "vcp_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray supabaseToken = "sbp_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray cloudflareToken = FakeCloudflare::kToken; // the only one the fake accepts
        for (const auto &[provider, token] :
             {std::pair{u"vercel"_s, vercelToken}, std::pair{u"supabase"_s, supabaseToken},
              std::pair{u"cloudflare"_s, cloudflareToken}}) {
            const Status stored = storeToken(tokens, provider, token);
            QVERIFY2(stored.ok(), qPrintable(text(stored)));
        }
        const KeychainTokens wiring(tokens);
        s_messages.clear();
        s_previousHandler = qInstallMessageHandler(captureMessages);
        QLoggingCategory::setFilterRules(u"switchyard.*=true"_s);
        DeploymentId id = 0;
        const Status deployed = deploy(u"v1.1.0"_s, &id);
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(s_previousHandler);
        QVERIFY2(deployed.ok(), qPrintable(text(deployed) + u"\n"_s + m_log.join(u'\n')));
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("B"));

        // Each fake received the token stored for its provider, on every request.
        for (const auto &[fake, token] :
             {std::pair<fakes::FakeServer *, QByteArray>{m_vercel.get(), vercelToken},
              std::pair<fakes::FakeServer *, QByteArray>{m_supabase.get(), supabaseToken},
              std::pair<fakes::FakeServer *, QByteArray>{m_cf.get(), cloudflareToken}}) {
            QVERIFY(!fake->calls().isEmpty());
            for (const fakes::RecordedCall &call : fake->calls())
                QCOMPARE(call.request.headers.value("authorization"), QByteArray("Bearer " + token));
        }
        // The tokens appear nowhere: log lines, the journal, the workspace database.
        const QByteArray bytes = workspaceBytes(m_dir.path());
        const QString journal = m_log.join(u'\n') + s_messages.join(u'\n');
        for (const QByteArray &token : {vercelToken, supabaseToken}) {
            QVERIFY(!bytes.contains(token));
            QVERIFY(!journal.contains(QString::fromLatin1(token)));
        }
        auto logs = m_workspace->deployments().log(id);
        QVERIFY(logs.ok());
        for (const auto &line : *logs)
            QVERIFY(!line.line.contains(QString::fromLatin1(vercelToken)));
        QVERIFY2(s_messages.join(u'\n').contains(u"/v13/deployments"_s), "the HTTP core logged");

        // Clean the keyring.
        for (const QString &provider : {u"vercel"_s, u"supabase"_s, u"cloudflare"_s}) {
            std::optional<Status> removed;
            tokens.removeFor(m_workspace->environments(), m_env, provider, this,
                             [&removed](Status st) { removed = std::move(st); });
            QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 2 * SecretStore::kJobTimeoutMs + 5000);
        }
    }

    void missingTokenFailsTheStepAndSaysHowToFix()
    {
        SecretStore store(u"switchyard-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        ProviderTokens tokens(store);
        tokens.setEnvironmentVariablesWin(true); // as the CLI does
        qunsetenv("VERCEL_TOKEN");
        for (const auto &[provider, token] :
             {std::pair{u"supabase"_s, QByteArray(FakeSupabase::kToken)},
              std::pair{u"cloudflare"_s, QByteArray(FakeCloudflare::kToken)}}) {
            const Status stored = storeToken(tokens, provider, token);
            QVERIFY2(stored.ok(), qPrintable(text(stored)));
        }
        const KeychainTokens wiring(tokens);
        DeploymentId id = 0;
        const Status failed = deploy(u"v1.1.0"_s, &id);
        QVERIFY(!failed.ok());
        const QString message = failed.error().message;
        QVERIFY2(message.contains(u"No Vercel API token for environment production"_s), qPrintable(message));
        QVERIFY2(message.contains(u"switchyard token set --env production --provider vercel"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"VERCEL_TOKEN"_s), qPrintable(message));
        QCOMPARE(m_vercel->callCount(u"createDeployment"_s), 0); // nothing sent without a token
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("A"));
        // In CI the variable wins over the (missing) keychain entry: resume with it set.
        qputenv("VERCEL_TOKEN", FakeVercel::kToken);
        const Status resumed = runSession([id](DeploymentSession &s) { s.resume(id); });
        qunsetenv("VERCEL_TOKEN");
        QVERIFY2(resumed.ok(), qPrintable(text(resumed) + u"\n"_s + m_log.join(u'\n')));
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("B"));
        for (const fakes::RecordedCall &call : m_vercel->calls())
            QCOMPARE(call.request.headers.value("authorization"), QByteArray("Bearer ") + FakeVercel::kToken);
        for (const QString &provider : {u"supabase"_s, u"cloudflare"_s}) {
            std::optional<Status> removed;
            tokens.removeFor(m_workspace->environments(), m_env, provider, this,
                             [&removed](Status st) { removed = std::move(st); });
            QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 2 * SecretStore::kJobTimeoutMs + 5000);
        }
    }

    void switchFailingOnA503ResumesAfterReverifying()
    {
        // The KV write answers 503 on every attempt: the switch fails, users stay on blue.
        m_cf->injectFault(Fault::Unavailable, 100,
                          u"workers-kv-namespace-write-key-value-pair-with-metadata"_s);
        DeploymentId id = 0;
        const Status failed = deploy(u"v1.1.0"_s, &id);
        QVERIFY(!failed.ok());
        const QString message = failed.error().message;
        for (const QString &part :
             {u"Step switch failed"_s, u"Cloudflare"_s, u"write ACTIVE_ENV in Workers KV"_s, u"HTTP 503"_s,
              u"after 4 attempt"_s, u"Resume the deployment"_s})
            QVERIFY2(message.contains(part), qPrintable(part + u" missing in: "_s + message));
        QCOMPARE(failed.error().code, u"cloudflare.server_error"_s);
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("A"));
        auto steps = m_workspace->deployments().steps(id);
        QVERIFY(steps.ok());
        QCOMPARE(steps->constLast().name, u"switch"_s);
        QCOMPARE(steps->constLast().status, StepStatus::Failed);
        QCOMPARE(steps->constLast().errorCode, u"cloudflare.server_error"_s);

        // Still down: resuming fails the same way, and traffic stays.
        const Status stillDown = runSession([id](DeploymentSession &s) { s.resume(id); });
        QVERIFY(!stillDown.ok());
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("A"));

        // Cloudflare recovers: resume re-verifies the standby, then switches.
        m_cf->clearFaults();
        m_log.clear();
        const Status resumed = runSession([id](DeploymentSession &s) { s.resume(id); });
        QVERIFY2(resumed.ok(), qPrintable(text(resumed) + u"\n"_s + m_log.join(u'\n')));
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("B"));
        QVERIFY2(m_log.join(u'\n').contains(u"verifying the standby again from step verify-standby"_s),
                 qPrintable(m_log.join(u'\n')));
        steps = m_workspace->deployments().steps(id);
        QVERIFY(steps.ok());
        int verifyAttempts = 0;
        int deployAttempts = 0;
        for (const StepRecord &step : *steps) {
            verifyAttempts += step.name == u"verify-standby" ? 1 : 0;
            deployAttempts += step.name == u"deploy-standby" ? 1 : 0;
        }
        QCOMPARE(verifyAttempts, 3); // the first run and both resumes probed the standby
        QCOMPARE(deployAttempts, 1); // the build was not made again
        QCOMPARE(m_vercel->callCount(u"createDeployment"_s), 1);
        auto entries = m_workspace->audit().entries();
        QVERIFY(entries.ok());
        int resumedEntries = 0;
        for (const AuditEntry &e : *entries) {
            if (e.action == u"deployment.resumed" && e.details.value(u"after_failure"_s).toBool()) {
                ++resumedEntries;
                QCOMPARE(e.details.value(u"failed_step"_s).toString(), u"switch"_s);
                QCOMPARE(e.details.value(u"error_code"_s).toString(), u"cloudflare.server_error"_s);
            }
        }
        QCOMPARE(resumedEntries, 2);
        auto done = m_workspace->deployments().get(id);
        QVERIFY(done.ok());
        QCOMPARE(done->status, DeploymentStatus::Succeeded);
    }

    void unhealthyReleaseIsNotResumable()
    {
        m_supabase->diagHealthOk = false; // the new release's diag-health answers ok:false
        DeploymentId id = 0;
        const Status failed = deploy(u"v1.1.0"_s, &id);
        QVERIFY(!failed.ok());
        QVERIFY(!ResumePolicy::isResumableCode(failed.error().code));
        m_supabase->diagHealthOk = true;
        const Status refused = runSession([id](DeploymentSession &s) { s.resume(id); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"resume.not_resumable"_s);
        QVERIFY2(
            refused.error().message.contains(u"did not prove healthy"_s) &&
                refused.error().message.contains(u"switchyard deploy --env production --version v1.1.0"_s),
            qPrintable(refused.error().message));
        QCOMPARE(m_cf->callCount(u"workers-kv-namespace-write-key-value-pair-with-metadata"_s), 0);
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("A"));
        auto kept = m_workspace->deployments().get(id);
        QVERIFY(kept.ok());
        QCOMPARE(kept->status, DeploymentStatus::Failed); // untouched by the refusal
    }

    void supersededFailureIsNotResumable()
    {
        m_cf->injectFault(Fault::Unavailable, 100,
                          u"workers-kv-namespace-write-key-value-pair-with-metadata"_s);
        DeploymentId id = 0;
        QVERIFY(!deploy(u"v1.1.0"_s, &id).ok());
        m_cf->clearFaults();
        QVERIFY(deploy(u"v1.1.0"_s).ok()); // someone deployed again meanwhile
        const Status refused = runSession([id](DeploymentSession &s) { s.resume(id); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"resume.not_resumable"_s);
        QVERIFY2(refused.error().message.contains(u"out of date"_s), qPrintable(refused.error().message));
    }

    void unverifiedStandbyIsNeverSwitchedTo()
    {
        m_supabase->diagHealthOk = false; // diag-health answers ok:false
        const Status failed = deploy(u"v1.1.0"_s);
        QVERIFY(!failed.ok());
        QCOMPARE(m_cf->callCount(u"workers-kv-namespace-write-key-value-pair-with-metadata"_s), 0);
        QCOMPARE(m_cf->value(u"ACTIVE_ENV"_s), QByteArray("A"));
    }
};

QTEST_GUILESS_MAIN(TestCloudRelease)
#include "TestCloudRelease.moc"
