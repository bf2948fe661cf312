#pragma once

#include <functional>

#include <QByteArray>
#include <QObject>
#include <QString>

#include "core/Result.h"
#include "core/model/Ids.h"
#include "core/model/ProviderSettings.h"

namespace core {

class EnvironmentRepository;
class SecretStore;

// The cloud providers' API tokens (Vercel, Supabase, Cloudflare), one per environment and provider.
//
// A token lives only in the OS keychain (through SecretStore). The workspace stores which keychain
// entry holds it — ProviderSettings::tokenEntry in the environment's settings, a name like
// "provider-token/vercel/5f0c…" — and never the value. The token is read when a request is about
// to be sent (tokenSource()) and not kept.
//
// Environment variables (VERCEL_TOKEN, SUPABASE_ACCESS_TOKEN, CLOUDFLARE_API_TOKEN) count only
// when setEnvironmentVariablesWin(true), which the CLI does for CI: then a set, non-empty variable
// WINS over the keychain, for every environment. The GUI leaves it off and uses the keychain only.
//
// Nothing here logs, returns in an error, or otherwise shows a token value.
class ProviderTokens final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderTokens)

public:
    // The keychain service the app stores tokens under (tests use their own SecretStore).
    static constexpr auto kKeychainService = "switchyard";

    enum class Source
    {
        None,               // no token: neither stored nor in the environment
        Keychain,           // the keychain entry named in the settings holds one
        EnvironmentVariable // the provider's variable is set (and wins)
    };
    // Where a provider's token would come from now. Never the value.
    struct State
    {
        QString provider;
        Source source = Source::None;
        QString entry;            // the keychain entry named in the settings (may be set while empty)
        QString variable;         // the provider's environment variable name
        bool variableSet = false; // set and non-empty, whether or not it wins
    };

    using StatusCallback = std::function<void(Status)>;
    using TokenCallback = std::function<void(const Result<QByteArray> &)>;
    // Same shape as the HTTP core's TokenSource: asked once per request, answers once.
    using TokenSource = std::function<void(TokenCallback)>;

    explicit ProviderTokens(SecretStore &store, QObject *parent = nullptr);

    void setEnvironmentVariablesWin(bool win) { m_envWins = win; }
    [[nodiscard]] bool environmentVariablesWin() const { return m_envWins; }

    // A fresh keychain entry name for `provider`: unique, so workspaces never share one.
    static QString newEntryName(const QString &provider);
    // Refuses what cannot be a token (empty, whitespace or control characters inside, > 4 KiB).
    // The error never quotes the value.
    static Status validate(const QString &provider, const QByteArray &token);
    // "stored in the keychain", "from VERCEL_TOKEN", "not stored" — for people.
    static QString describe(const State &state);
    static QString sourceKey(Source source); // "keychain", "environment", "none"

    // Reads the environment, stores `token` under its entry for `provider` (creating the entry
    // name and saving it in the environment's settings if there is none yet). Overwrites.
    void storeFor(EnvironmentRepository &environments,
                  EnvironmentId environment,
                  const QString &provider,
                  const QByteArray &token,
                  QObject *context,
                  StatusCallback done);
    // Deletes the keychain entry and forgets its name in the environment's settings.
    void removeFor(EnvironmentRepository &environments,
                   EnvironmentId environment,
                   const QString &provider,
                   QObject *context,
                   StatusCallback done);

    // Where the token comes from now (reads the keychain to tell whether the entry holds one).
    void state(const ProviderSettings &settings, QObject *context, std::function<void(Result<State>)> done);
    // The token, read now: the variable if it wins, else the keychain. "tokens.missing" if none.
    void read(const ProviderSettings &settings, QObject *context, TokenCallback done);
    // A token source for the HTTP core: each call reads the token again.
    TokenSource tokenSource(const ProviderSettings &settings);

private:
    [[nodiscard]] QByteArray fromEnvironment(const QString &provider) const;

    SecretStore &m_store;
    bool m_envWins = false;
};

} // namespace core
