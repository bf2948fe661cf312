#pragma once

#include <QString>

namespace core {

// Something a cloud provider created for a deployment (a Vercel deployment, a Supabase function
// version, the KV key written), so status and history can show and link it.
struct ProviderRef
{
    QString provider; // "vercel", "supabase", "cloudflare"
    QString kind;     // "deployment", "function", "kv"
    QString id;       // dpl_…, function id, key=value
    QString url;      // inspector / dashboard / public URL

    friend bool operator==(const ProviderRef &, const ProviderRef &) = default;
};

} // namespace core
