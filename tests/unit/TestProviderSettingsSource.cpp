// One source of provider ids: an environment's provider settings (ProviderSettings::of), with the
// router_config of older workspaces as a read-time fallback. CloudConfig::forEnvironment (what the
// router and the deployer use) must agree with what the settings dialog and the token store see.
#include <QJsonObject>
#include <QTest>

#include "core/model/Environment.h"
#include "core/model/ProviderSettings.h"
#include "core/providers/cloud/CloudConfig.h"

using namespace Qt::StringLiterals;
using core::CloudConfig;
using core::Environment;
using core::ProviderSettings;

namespace {

const QString kOldAccount = u"11111111111111111111111111111111"_s;
const QString kOldNamespace = u"22222222222222222222222222222222"_s;
const QString kNewAccount = u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
const QString kNewNamespace = u"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s;

// A cloud environment as older workspaces wrote it: every id in router_config.
Environment legacyEnvironment()
{
    Environment env;
    env.name = u"production"_s;
    env.routerKind = u"cloudflare-kv"_s;
    env.routerConfig = QJsonObject{
        {u"cloudflare"_s, QJsonObject{{u"account_id"_s, kOldAccount},
                                      {u"namespace_id"_s, kOldNamespace},
                                      {u"api_base_url"_s, u"http://127.0.0.1:1/client/v4"_s},
                                      {u"public_health_url"_s, u"https://example.com/api/health"_s}}},
        {u"vercel"_s, QJsonObject{{u"team_id"_s, u"team_old"_s}, {u"project_id"_s, u"prj_old"_s}}},
        {u"supabase"_s,
         QJsonObject{{u"project"_s, u"abcdefghijabcdefghij"_s},
                     {u"prefixes"_s, QJsonObject{{u"blue"_s, u"a-"_s}, {u"green"_s, u"b-"_s}}}}}};
    return env;
}

} // namespace

class TestProviderSettingsSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void olderWorkspacesReadTheirRouterConfig()
    {
        const Environment env = legacyEnvironment();
        const ProviderSettings cf = ProviderSettings::of(env, u"cloudflare"_s);
        QCOMPARE(cf.accountId, kOldAccount);
        QCOMPARE(cf.kvNamespaceId, kOldNamespace);
        QCOMPARE(cf.baseUrl, u"http://127.0.0.1:1/client/v4"_s);
        QCOMPARE(ProviderSettings::of(env, u"vercel"_s).teamId, u"team_old"_s);
        QCOMPARE(ProviderSettings::of(env, u"vercel"_s).projectId, u"prj_old"_s);
        QCOMPARE(ProviderSettings::of(env, u"supabase"_s).projectId, u"abcdefghijabcdefghij"_s);
        auto config = CloudConfig::forEnvironment(env);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->cloudflare.accountId, kOldAccount);
        QCOMPARE(config->vercel.teamId, u"team_old"_s);
        QCOMPARE(config->supabase.project, u"abcdefghijabcdefghij"_s);
    }

    void providerSettingsWinOverRouterConfig()
    {
        Environment env = legacyEnvironment();
        ProviderSettings cf = ProviderSettings::of(env, u"cloudflare"_s);
        cf.accountId = kNewAccount;
        cf.kvNamespaceId = kNewNamespace;
        cf.storeIn(env);
        ProviderSettings vercel = ProviderSettings::of(env, u"vercel"_s);
        vercel.teamId = u"team_new"_s;
        vercel.projectId = u"prj_new"_s;
        vercel.storeIn(env);
        auto config = CloudConfig::forEnvironment(env);
        QVERIFY(config.ok());
        QCOMPARE(config->cloudflare.accountId, kNewAccount);
        QCOMPARE(config->cloudflare.namespaceId, kNewNamespace);
        QCOMPARE(config->vercel.teamId, u"team_new"_s);
        QCOMPARE(config->vercel.projectFor(u"green"_s), u"prj_new"_s);
        // What the dialog shows is what the deploy uses.
        QCOMPARE(ProviderSettings::of(env, u"cloudflare"_s).accountId, config->cloudflare.accountId);
        // Router-only settings still come from router_config.
        QCOMPARE(config->cloudflare.publicHealthUrl, QUrl(u"https://example.com/api/health"_s));
    }

    void idsOnlyInProviderSettings()
    {
        Environment env;
        env.name = u"staging"_s;
        env.routerKind = u"cloudflare-kv"_s;
        env.routerConfig = QJsonObject{
            {u"cloudflare"_s, QJsonObject{{u"public_health_url"_s, u"https://example.com/api/health"_s}}}};
        ProviderSettings cf;
        cf.provider = u"cloudflare"_s;
        cf.accountId = kNewAccount;
        cf.kvNamespaceId = kNewNamespace;
        cf.storeIn(env);
        ProviderSettings vercel;
        vercel.provider = u"vercel"_s;
        vercel.teamId = u"team_x"_s;
        vercel.projectId = u"prj_x"_s;
        vercel.storeIn(env);
        auto config = CloudConfig::forEnvironment(env);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->cloudflare.accountId, kNewAccount);
        QVERIFY(config->vercel.isSet());
        QCOMPARE(config->vercel.teamId, u"team_x"_s);
    }

    void missingIdSaysWhereToSetIt()
    {
        Environment env;
        env.routerKind = u"cloudflare-kv"_s;
        env.routerConfig = QJsonObject{
            {u"cloudflare"_s, QJsonObject{{u"public_health_url"_s, u"https://example.com/api/health"_s}}}};
        auto config = CloudConfig::forEnvironment(env);
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(u"provider settings"_s), qPrintable(config.error().message));
    }

    void otherRoutersHaveNoFallback()
    {
        Environment env = legacyEnvironment();
        env.routerKind = u"nginx"_s;
        QVERIFY(ProviderSettings::of(env, u"cloudflare"_s).accountId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProviderSettingsSource)
#include "TestProviderSettingsSource.moc"
