#pragma once

#include <functional>

#include "core/http/HttpRequest.h"

namespace core {

// Where provider tokens come from when a cloud environment is loaded. The default reads the
// providers' conventional CI variables (VERCEL_TOKEN, CLOUDFLARE_API_TOKEN, SUPABASE_ACCESS_TOKEN)
// at call time; the keychain-backed ProviderTokens plugs in through setTokenSourceFactory().
using TokenSourceFactory = std::function<TokenSource(Provider provider, const QString &environmentName)>;

class CloudTokens
{
public:
    // The variable a provider's token is read from: "CLOUDFLARE_API_TOKEN", …
    static QByteArray environmentVariable(Provider provider);
    // Reads the variable when a request is sent; an error if it is unset.
    static TokenSource fromEnvironment(Provider provider);
    // Used by RouterFactory and the cloud deployer; fromEnvironment unless replaced.
    static TokenSource sourceFor(Provider provider, const QString &environmentName);
    static void setTokenSourceFactory(TokenSourceFactory factory);
};

} // namespace core
