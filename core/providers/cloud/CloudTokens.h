#pragma once

#include <functional>

#include "core/http/HttpRequest.h"

namespace core {

struct Environment;

// Makes the token source of one provider for one environment (see KeychainTokens).
using TokenSourceFactory = std::function<TokenSource(Provider provider, const Environment &environment)>;

// Where provider tokens come from when a cloud environment's router or deployer is made
// (RouterFactory, CloudStandby). The default reads only the providers' conventional CI variables
// (VERCEL_TOKEN, CLOUDFLARE_API_TOKEN, SUPABASE_ACCESS_TOKEN) at call time. The app installs the
// keychain-backed source at start-up (KeychainTokens, an RAII guard), so a deployment reads the
// token the environment's provider settings name when each request is sent.
//
// This is one process-wide hook rather than a constructor argument because routers are made in
// many places from (environment, network manager) alone — status, health monitor, planner,
// runner, the GUI's overview — and all of them must read tokens the same way.
class CloudTokens
{
public:
    // The variable a provider's token is read from: "CLOUDFLARE_API_TOKEN", …
    static QByteArray environmentVariable(Provider provider);
    // Reads the variable when a request is sent; an error naming the environment if it is unset.
    static TokenSource fromEnvironment(Provider provider, const QString &environmentName = QString());
    // Used by RouterFactory and the cloud deployer; fromEnvironment unless a factory is installed.
    static TokenSource sourceFor(Provider provider, const Environment &environment);
    // Replaces the factory (an empty one restores the default). Prefer KeychainTokens / Override.
    static void setTokenSourceFactory(TokenSourceFactory factory);

    // Installs `factory` for its lifetime and restores the previous one afterwards.
    class Override
    {
    public:
        explicit Override(TokenSourceFactory factory);
        ~Override();
        Q_DISABLE_COPY_MOVE(Override)

    private:
        TokenSourceFactory m_previous;
    };
};

} // namespace core
