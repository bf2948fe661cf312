#pragma once

#include <QString>

#include "core/http/HttpRequest.h"

namespace core {

// What a provider says a token is, as "Test connection" shows it.
struct TokenIdentity
{
    Provider provider = Provider::Other;
    QString subject; // Cloudflare: token id; Vercel: project name (account); Supabase: project name (ref)
    QString status;  // Cloudflare: active/disabled/expired; Vercel/Supabase: "ok" or the project status
    QString summary; // one translated line for people: "Token 3f… is active (expires …)"
};

} // namespace core
