#pragma once

#include <functional>

#include <QObject>
#include <QString>

#include "core/Result.h"
#include "core/model/ProviderSettings.h"

namespace core {

// What a provider's verify / identity endpoint said about a token ("Test connection").
struct ConnectionIdentity
{
    QString provider; // "vercel", "supabase", "cloudflare"
    QString subject;  // who or what the token reaches: token id, account, project
    QString status;   // e.g. "active", "ok", "ACTIVE_HEALTHY"
    QString summary;  // one translated line for people (identity, scopes, expiry)
};

// Checks one provider's settings and stored token against the provider: calls its verify or
// identity endpoint asynchronously. An Error carries the provider's own code and a message that
// names the provider, what failed and what to do. The settings dialog takes it by injection, so it
// can be tested without the network and the HTTP clients plug in behind it.
class ConnectionTester
{
public:
    using Callback = std::function<void(const Result<ConnectionIdentity> &)>;

    ConnectionTester() = default;
    virtual ~ConnectionTester() = default;
    Q_DISABLE_COPY_MOVE(ConnectionTester)

    // `done` runs once, later, on the caller's thread, unless `context` is destroyed first.
    virtual void test(const ProviderSettings &settings, QObject *context, Callback done) = 0;
};

} // namespace core
