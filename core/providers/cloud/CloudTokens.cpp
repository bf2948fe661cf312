#include "CloudTokens.h"

#include <utility>

#include <QCoreApplication>

#include "core/model/Environment.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

TokenSourceFactory &factory()
{
    static TokenSourceFactory instance;
    return instance;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::CloudTokens)
};

} // namespace

QByteArray CloudTokens::environmentVariable(Provider provider)
{
    switch (provider) {
    case Provider::Cloudflare:
        return QByteArrayLiteral("CLOUDFLARE_API_TOKEN");
    case Provider::Vercel:
        return QByteArrayLiteral("VERCEL_TOKEN");
    case Provider::Supabase:
        return QByteArrayLiteral("SUPABASE_ACCESS_TOKEN");
    case Provider::Other:
        break;
    }
    return {};
}

TokenSource CloudTokens::fromEnvironment(Provider provider, const QString &environmentName)
{
    return [provider, environmentName](const TokenCallback &done) {
        const QByteArray name = environmentVariable(provider);
        const QByteArray token = qgetenv(name.constData()).trimmed();
        if (token.isEmpty()) {
            done(Error{u"tokens.missing"_s,
                       Tr::tr("No %1 API token for environment %2: %3 is not set. Set it, or store the "
                              "token in the keychain with “switchyard token set --env %2 --provider %4”.")
                           .arg(providerName(provider), environmentName, QString::fromLatin1(name),
                                providerKey(provider)),
                       {}});
            return;
        }
        done(token);
    };
}

TokenSource CloudTokens::sourceFor(Provider provider, const Environment &environment)
{
    if (factory())
        return factory()(provider, environment);
    return fromEnvironment(provider, environment.name);
}

void CloudTokens::setTokenSourceFactory(TokenSourceFactory f)
{
    factory() = std::move(f);
}

CloudTokens::Override::Override(TokenSourceFactory f)
    : m_previous(std::exchange(factory(), std::move(f)))
{}

CloudTokens::Override::~Override()
{
    factory() = std::move(m_previous);
}

} // namespace core
