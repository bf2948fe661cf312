#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace core {

struct Environment;

// One cloud provider's settings for one environment, kept in the environment's settings JSON
// (EnvironmentSettings::providers, under the provider's key). Only non-secret values: the API
// token itself lives in the OS keychain, and `tokenEntry` names the keychain entry that holds it
// (see ProviderTokens). Empty strings mean "not set".
struct ProviderSettings
{
    QString provider;      // "vercel", "supabase" or "cloudflare"
    QString teamId;        // Vercel: team_… (sent as ?teamId= on every call)
    QString projectId;     // Vercel project id/name; Supabase project ref (20 lowercase letters)
    QString accountId;     // Cloudflare account id (32 hex)
    QString kvNamespaceId; // Cloudflare KV namespace holding ACTIVE_ENV (32 hex)
    QString publicUrl;     // what users reach (the Worker's route, the production domain)
    QString baseUrl;       // API base URL override (tests, proxies); empty: the provider's default
    QString tokenEntry;    // keychain entry name of the API token; empty: none stored

    static constexpr auto kVercel = "vercel";
    static constexpr auto kSupabase = "supabase";
    static constexpr auto kCloudflare = "cloudflare";

    // The providers Switchyard knows, in display order.
    static QStringList providers();
    static bool isKnownProvider(const QString &provider);
    // "Vercel", "Supabase", "Cloudflare" (brand names: not translated).
    static QString displayName(const QString &provider);
    // The provider's conventional token variable: VERCEL_TOKEN, SUPABASE_ACCESS_TOKEN,
    // CLOUDFLARE_API_TOKEN.
    static QString tokenEnvironmentVariable(const QString &provider);
    // Which of the fields above this provider uses (JSON names, e.g. "team_id"), for the dialog.
    static QStringList fieldsOf(const QString &provider);

    [[nodiscard]] QJsonObject toJson() const;
    static ProviderSettings fromJson(const QString &provider, const QJsonObject &json);

    // The settings of `provider` in `environment` (defaults if none are stored). This is the one
    // place the provider ids are read from (the deploy path, the dialog, the token store): for a
    // field the settings do not set, a "cloudflare-kv" environment's router_config value of older
    // workspaces counts (cloudflare.account_id/namespace_id, vercel.team_id/project_id,
    // supabase.project, <provider>.api_base_url).
    static ProviderSettings of(const Environment &environment, const QString &provider);
    // Stores these settings in `environment` (in memory; save it with EnvironmentRepository::update).
    void storeIn(Environment &environment) const;

    // A field by its JSON name ("team_id", …); setField ignores unknown names and "token_entry".
    [[nodiscard]] QString field(const QString &name) const;
    void setField(const QString &name, const QString &value);

    friend bool operator==(const ProviderSettings &, const ProviderSettings &) = default;
};

} // namespace core
