#pragma once

#include "core/http/HttpRequest.h"
#include "core/providers/cloud/CloudTokens.h"

namespace core {

struct Environment;
class ProviderTokens;

// Wires the deploy path to the keychain. While a KeychainTokens lives (the app makes one at
// start-up, GUI and CLI), every Cloudflare router and cloud deployer made for an environment reads
// its provider token when each request is sent, through `tokens`:
//   1. CLI only (ProviderTokens::setEnvironmentVariablesWin(true)): the provider's CI variable
//      (VERCEL_TOKEN, SUPABASE_ACCESS_TOKEN, CLOUDFLARE_API_TOKEN) when set and non-empty wins;
//   2. else the keychain entry the environment's provider settings name (ProviderSettings::tokenEntry).
// No token: the request is not sent and the step fails with "tokens.missing", naming the
// environment, the provider and how to store one. The token is never kept or logged.
class KeychainTokens
{
public:
    explicit KeychainTokens(ProviderTokens &tokens);
    Q_DISABLE_COPY_MOVE(KeychainTokens)

    // The source of `provider`'s token for `environment`, read at call time.
    static TokenSource sourceFor(ProviderTokens &tokens, Provider provider, const Environment &environment);

private:
    CloudTokens::Override m_override;
};

} // namespace core
