#include "CloudTokens.h"

#include <QCoreApplication>

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

TokenSource CloudTokens::fromEnvironment(Provider provider)
{
    return [provider](const TokenCallback &done) {
        const QByteArray name = environmentVariable(provider);
        const QByteArray token = qgetenv(name.constData());
        if (token.isEmpty()) {
            done(Error{u"secrets.not_found"_s,
                       Tr::tr("No %1 token: %2 is not set and none is stored for this environment.")
                           .arg(providerName(provider), QString::fromLatin1(name)),
                       {}});
            return;
        }
        done(token);
    };
}

TokenSource CloudTokens::sourceFor(Provider provider, const QString &environmentName)
{
    if (factory())
        return factory()(provider, environmentName);
    return fromEnvironment(provider);
}

void CloudTokens::setTokenSourceFactory(TokenSourceFactory f)
{
    factory() = std::move(f);
}

} // namespace core
