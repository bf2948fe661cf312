#include "KeychainTokens.h"

#include <QCoreApplication>
#include <QPointer>

#include "core/model/Environment.h"
#include "core/model/ProviderSettings.h"
#include "core/secrets/ProviderTokens.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::KeychainTokens)
};

} // namespace

KeychainTokens::KeychainTokens(ProviderTokens &tokens)
    : m_override([&tokens](Provider provider, const Environment &environment) {
        return sourceFor(tokens, provider, environment);
    })
{}

TokenSource
KeychainTokens::sourceFor(ProviderTokens &tokens, Provider provider, const Environment &environment)
{
    const QString key = providerKey(provider);
    const ProviderSettings settings = ProviderSettings::of(environment, key);
    const QString envName = environment.name;
    const bool variableWins = tokens.environmentVariablesWin();
    QPointer<ProviderTokens> store(&tokens);
    return [store, settings, envName, key, variableWins](const TokenCallback &done) {
        if (!store) {
            done(Error{u"tokens.failed"_s, Tr::tr("The token store was closed."), {}});
            return;
        }
        store->read(
            settings, store, [done, settings, envName, key, variableWins](const Result<QByteArray> &r) {
                if (r.ok() || r.error().code != u"tokens.missing") {
                    done(r);
                    return;
                }
                const QString name = ProviderSettings::displayName(key);
                const QString variable = ProviderSettings::tokenEnvironmentVariable(key);
                const QString how = Tr::tr("switchyard token set --env %1 --provider %2").arg(envName, key);
                done(Error{
                    u"tokens.missing"_s,
                    variableWins
                        ? Tr::tr("No %1 API token for environment %2: none is stored in the keychain and "
                                 "%3 is not set. Store one with “%4” (it reads the token from standard "
                                 "input), or set %3 in CI.")
                              .arg(name, envName, variable, how)
                        : Tr::tr("No %1 API token for environment %2: none is stored in the keychain. "
                                 "Enter it in the environment's provider settings, or run “%3”.")
                              .arg(name, envName, how),
                    settings.tokenEntry});
            });
    };
}

} // namespace core
