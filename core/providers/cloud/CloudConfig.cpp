#include "CloudConfig.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "core/model/Environment.h"
#include "core/model/ProviderSettings.h"

using namespace Qt::StringLiterals;

namespace core {

QString CloudflareSettings::slotFor(const QString &value) const
{
    const QString trimmed = value.trimmed();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().compare(trimmed, Qt::CaseInsensitive) == 0 ||
            it.key().compare(trimmed, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return trimmed;
}

namespace {

QHash<QString, QString> stringMap(const QJsonValue &value)
{
    QHash<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

int intOr(const QJsonObject &json, const QString &key, int fallback)
{
    return json.contains(key) ? json.value(key).toInt(fallback) : fallback;
}

} // namespace

Result<CloudConfig> CloudConfig::fromJson(const QJsonObject &json)
{
    const auto missing = [](const QString &field) {
        return Error{u"router.config"_s,
                     tr("The Cloudflare settings have no \"%1\": set it in the environment's provider "
                        "settings.")
                         .arg(field),
                     {}};
    };
    CloudConfig config;
    const QJsonObject cf = json.value(u"cloudflare"_s).toObject();
    CloudflareSettings &c = config.cloudflare;
    c.apiBaseUrl = QUrl(cf.value(u"api_base_url"_s).toString());
    c.accountId = cf.value(u"account_id"_s).toString();
    c.namespaceId = cf.value(u"namespace_id"_s).toString();
    c.key = cf.value(u"key"_s).toString(c.key);
    if (cf.contains(u"values"_s))
        c.values = stringMap(cf.value(u"values"_s));
    c.workerVars = stringMap(cf.value(u"worker_vars"_s));
    c.publicHealthUrl = QUrl(cf.value(u"public_health_url"_s).toString());
    c.scriptName = cf.value(u"script_name"_s).toString(c.scriptName);
    c.kvBinding = cf.value(u"kv_binding"_s).toString(c.kvBinding);
    c.accountToken = cf.value(u"account_token"_s).toBool(false);
    c.propagationTimeoutMs = intOr(cf, u"propagation_timeout_ms"_s, c.propagationTimeoutMs);
    c.pollMs = intOr(cf, u"poll_ms"_s, c.pollMs);
    c.confirmations = qMax(1, intOr(cf, u"confirmations"_s, c.confirmations));
    if (c.accountId.isEmpty())
        return missing(u"cloudflare.account_id"_s);
    if (c.namespaceId.isEmpty())
        return missing(u"cloudflare.namespace_id"_s);
    if (!c.publicHealthUrl.isValid() || c.publicHealthUrl.scheme().isEmpty())
        return Error{u"router.config"_s,
                     tr("The Cloudflare router settings have no \"cloudflare.public_health_url\" (the health "
                        "endpoint as users reach it through the Worker)."),
                     {}};
    static const QRegularExpression hex32(u"^[0-9a-f]{32}$"_s);
    if (!hex32.match(c.accountId).hasMatch() || !hex32.match(c.namespaceId).hasMatch())
        return Error{u"router.config"_s,
                     tr("Cloudflare account and namespace ids are 32 hexadecimal characters (got \"%1\" and "
                        "\"%2\").")
                         .arg(c.accountId, c.namespaceId),
                     {}};

    const QJsonObject v = json.value(u"vercel"_s).toObject();
    VercelSettings &vs = config.vercel;
    vs.apiBaseUrl = QUrl(v.value(u"api_base_url"_s).toString());
    vs.teamId = v.value(u"team_id"_s).toString();
    vs.projectId = v.value(u"project_id"_s).toString();
    vs.projectBySlot = stringMap(v.value(u"projects"_s));
    vs.projectName = v.value(u"project_name"_s).toString(vs.projectId);
    vs.repoId = v.value(u"repo_id"_s).toString();
    vs.gitRef = v.value(u"git_ref"_s).toString(vs.gitRef);
    vs.buildTimeoutMs = intOr(v, u"build_timeout_ms"_s, vs.buildTimeoutMs);
    vs.pollMs = intOr(v, u"poll_ms"_s, vs.pollMs);
    vs.aliasTimeoutMs = intOr(v, u"alias_timeout_ms"_s, vs.aliasTimeoutMs);

    const QJsonObject s = json.value(u"supabase"_s).toObject();
    SupabaseSettings &ss = config.supabase;
    ss.apiBaseUrl = QUrl(s.value(u"api_base_url"_s).toString());
    ss.projectBySlot = stringMap(s.value(u"projects"_s));
    ss.project = s.value(u"project"_s).toString();
    ss.prefixBySlot = stringMap(s.value(u"prefixes"_s));
    ss.functionsDir = s.value(u"functions_dir"_s).toString();
    ss.functions = stringList(s.value(u"functions"_s));
    ss.secretNames = stringList(s.value(u"secrets"_s));
    ss.healthFunction = s.value(u"health_function"_s).toString(ss.healthFunction);
    if (!ss.project.isEmpty() && ss.prefixBySlot.isEmpty())
        return Error{u"router.config"_s,
                     tr("Supabase in one project needs \"supabase.prefixes\" (a function prefix per slot)."),
                     {}};
    return config;
}

Result<CloudConfig> CloudConfig::forEnvironment(const Environment &environment)
{
    QJsonObject json = environment.routerConfig;
    const auto overlay = [&json, &environment](const QString &provider,
                                               const QList<std::pair<QString, QString>> &fields) {
        const ProviderSettings settings = ProviderSettings::of(environment, provider);
        QJsonObject part = json.value(provider).toObject();
        bool any = json.contains(provider);
        for (const auto &[settingsField, configKey] : fields) {
            const QString value = settings.field(settingsField);
            if (value.isEmpty())
                continue;
            part.insert(configKey, value);
            any = true;
        }
        if (any)
            json.insert(provider, part);
    };
    overlay(u"cloudflare"_s, {{u"account_id"_s, u"account_id"_s},
                              {u"kv_namespace_id"_s, u"namespace_id"_s},
                              {u"base_url"_s, u"api_base_url"_s}});
    overlay(u"vercel"_s, {{u"team_id"_s, u"team_id"_s},
                          {u"project_id"_s, u"project_id"_s},
                          {u"base_url"_s, u"api_base_url"_s}});
    // Supabase: the provider settings' project is the one project of the "prefix" layout; a
    // per-slot "projects" map (two projects, seed 000) stays the router's.
    if (!json.value(u"supabase"_s).toObject().contains(u"projects"_s))
        overlay(u"supabase"_s, {{u"project_id"_s, u"project"_s}, {u"base_url"_s, u"api_base_url"_s}});
    else
        overlay(u"supabase"_s, {{u"base_url"_s, u"api_base_url"_s}});
    return fromJson(json);
}

} // namespace core
