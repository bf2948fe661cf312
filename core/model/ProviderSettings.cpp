#include "ProviderSettings.h"

#include "core/model/Environment.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

// JSON names of the settable fields, in the order the dialog shows them.
const QStringList kAllFields{u"team_id"_s,         u"project_id"_s, u"account_id"_s,
                             u"kv_namespace_id"_s, u"public_url"_s, u"base_url"_s};

QString *member(ProviderSettings &s, const QString &name)
{
    if (name == u"team_id")
        return &s.teamId;
    if (name == u"project_id")
        return &s.projectId;
    if (name == u"account_id")
        return &s.accountId;
    if (name == u"kv_namespace_id")
        return &s.kvNamespaceId;
    if (name == u"public_url")
        return &s.publicUrl;
    if (name == u"base_url")
        return &s.baseUrl;
    return nullptr;
}

} // namespace

QStringList ProviderSettings::providers()
{
    return {QString::fromLatin1(kVercel), QString::fromLatin1(kSupabase), QString::fromLatin1(kCloudflare)};
}

bool ProviderSettings::isKnownProvider(const QString &provider)
{
    return providers().contains(provider);
}

QString ProviderSettings::displayName(const QString &provider)
{
    if (provider == QLatin1StringView(kVercel))
        return u"Vercel"_s;
    if (provider == QLatin1StringView(kSupabase))
        return u"Supabase"_s;
    if (provider == QLatin1StringView(kCloudflare))
        return u"Cloudflare"_s;
    return provider;
}

QString ProviderSettings::tokenEnvironmentVariable(const QString &provider)
{
    if (provider == QLatin1StringView(kVercel))
        return u"VERCEL_TOKEN"_s;
    if (provider == QLatin1StringView(kSupabase))
        return u"SUPABASE_ACCESS_TOKEN"_s;
    if (provider == QLatin1StringView(kCloudflare))
        return u"CLOUDFLARE_API_TOKEN"_s;
    return {};
}

QStringList ProviderSettings::fieldsOf(const QString &provider)
{
    if (provider == QLatin1StringView(kVercel))
        return {u"team_id"_s, u"project_id"_s, u"public_url"_s, u"base_url"_s};
    if (provider == QLatin1StringView(kSupabase))
        return {u"project_id"_s, u"public_url"_s, u"base_url"_s};
    if (provider == QLatin1StringView(kCloudflare))
        return {u"account_id"_s, u"kv_namespace_id"_s, u"public_url"_s, u"base_url"_s};
    return kAllFields;
}

QJsonObject ProviderSettings::toJson() const
{
    QJsonObject json;
    ProviderSettings copy = *this;
    for (const QString &name : kAllFields) {
        const QString value = *member(copy, name);
        if (!value.isEmpty())
            json.insert(name, value);
    }
    if (!tokenEntry.isEmpty())
        json.insert(u"token_entry"_s, tokenEntry);
    return json;
}

ProviderSettings ProviderSettings::fromJson(const QString &provider, const QJsonObject &json)
{
    ProviderSettings s;
    s.provider = provider;
    for (const QString &name : kAllFields)
        *member(s, name) = json.value(name).toString();
    s.tokenEntry = json.value(u"token_entry"_s).toString();
    return s;
}

ProviderSettings ProviderSettings::of(const Environment &environment, const QString &provider)
{
    ProviderSettings s = fromJson(provider, environment.settings.providers.value(provider).toObject());
    // Workspaces written before the provider settings existed keep these ids in the Cloudflare
    // router's config (router_config): read them from there when the settings have none.
    if (environment.routerKind != u"cloudflare-kv")
        return s;
    const QJsonObject legacy = environment.routerConfig.value(provider).toObject();
    const auto fallback = [&legacy](QString &field, const QString &key) {
        if (field.isEmpty())
            field = legacy.value(key).toString().trimmed();
    };
    fallback(s.baseUrl, u"api_base_url"_s);
    if (provider == QLatin1StringView(kCloudflare)) {
        fallback(s.accountId, u"account_id"_s);
        fallback(s.kvNamespaceId, u"namespace_id"_s);
    } else if (provider == QLatin1StringView(kVercel)) {
        fallback(s.teamId, u"team_id"_s);
        fallback(s.projectId, u"project_id"_s);
    } else if (provider == QLatin1StringView(kSupabase)) {
        fallback(s.projectId, u"project"_s);
    }
    return s;
}

void ProviderSettings::storeIn(Environment &environment) const
{
    const QJsonObject json = toJson();
    if (json.isEmpty())
        environment.settings.providers.remove(provider);
    else
        environment.settings.providers.insert(provider, json);
}

QString ProviderSettings::field(const QString &name) const
{
    ProviderSettings copy = *this;
    const QString *m = member(copy, name);
    return m ? *m : QString();
}

void ProviderSettings::setField(const QString &name, const QString &value)
{
    if (QString *m = member(*this, name))
        *m = value.trimmed();
}

} // namespace core
