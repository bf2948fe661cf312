#pragma once

#include <QJsonObject>
#include <QString>

namespace core {

// What a provider calls the thing a deployment made or changed there, and where a person can see
// it: a Vercel deployment (dpl_…, its inspector URL), a Supabase function version, the Cloudflare
// KV write or Worker version. Recorded per deployment; status and history show and link them.
struct ProviderRef
{
    QString provider; // "vercel", "supabase", "cloudflare"
    QString kind;     // "deployment", "function", "kv", "worker", …
    QString id;       // the provider's own id
    QString url;      // https://… to look at it (may be empty)

    [[nodiscard]] QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("provider"), provider},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("url"), url}};
    }

    friend bool operator==(const ProviderRef &, const ProviderRef &) = default;
};

} // namespace core
