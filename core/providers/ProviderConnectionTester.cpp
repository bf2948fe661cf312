#include "ProviderConnectionTester.h"

#include <QCoreApplication>
#include <QPointer>

#include "core/http/HttpClient.h"
#include "core/http/HttpRequest.h"
#include "core/providers/cloud/CloudflareClient.h"
#include "core/providers/cloud/SupabaseClient.h"
#include "core/providers/cloud/VercelClient.h"
#include "core/secrets/ProviderTokens.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::ProviderConnectionTester)
};

Error missingSetting(const QString &provider, const QString &what)
{
    return Error{u"settings.missing"_s,
                 Tr::tr("Enter the %1 %2 first: the connection test needs it.")
                     .arg(ProviderSettings::displayName(provider), what),
                 {}};
}

ConnectionIdentity toIdentity(const QString &provider, const TokenIdentity &identity)
{
    return ConnectionIdentity{provider, identity.subject, identity.status, identity.summary};
}

} // namespace

ProviderConnectionTester::ProviderConnectionTester(QNetworkAccessManager *nam,
                                                   ProviderTokens &tokens,
                                                   QObject *parent)
    : QObject(parent)
    , m_http(new HttpClient(nam, this))
    , m_tokens(tokens)
{}

ProviderConnectionTester::~ProviderConnectionTester() = default;

void ProviderConnectionTester::test(const ProviderSettings &settings, QObject *context, Callback done)
{
    const QString &p = settings.provider;
    ProviderEndpoint endpoint;
    if (p == QLatin1StringView(ProviderSettings::kVercel))
        endpoint.provider = Provider::Vercel;
    else if (p == QLatin1StringView(ProviderSettings::kSupabase))
        endpoint.provider = Provider::Supabase;
    else if (p == QLatin1StringView(ProviderSettings::kCloudflare))
        endpoint.provider = Provider::Cloudflare;
    else {
        done(Error{u"tokens.bad_provider"_s, Tr::tr("Unknown provider “%1”.").arg(p), {}});
        return;
    }
    endpoint.baseUrl = settings.baseUrl.isEmpty() ? ProviderEndpoint::defaultBaseUrl(endpoint.provider)
                                                  : QUrl(settings.baseUrl);
    if (!endpoint.baseUrl.isValid() || endpoint.baseUrl.scheme().isEmpty()) {
        done(Error{u"settings.bad_url"_s,
                   Tr::tr("The %1 API base URL “%2” is not a URL.")
                       .arg(ProviderSettings::displayName(p), settings.baseUrl),
                   {}});
        return;
    }
    endpoint.token = m_tokens.tokenSource(settings);
    endpoint.timeoutMs = 15000;
    endpoint.retry.maxAttempts = 2; // a person is waiting: one retry at most

    QPointer<QObject> guard(context);
    auto finish = [guard, done](QObject *client, const Result<ConnectionIdentity> &result) {
        client->deleteLater();
        if (guard)
            done(result);
    };

    if (endpoint.provider == Provider::Vercel) {
        if (settings.projectId.isEmpty()) {
            done(missingSetting(p, Tr::tr("project ID")));
            return;
        }
        auto *client = new VercelClient(*m_http, endpoint, settings.teamId, this);
        client->verifyToken(settings.projectId, this, [client, finish, p](const Result<TokenIdentity> &r) {
            finish(client, r.ok() ? Result<ConnectionIdentity>(toIdentity(p, *r))
                                  : Result<ConnectionIdentity>(r.error()));
        });
        return;
    }
    if (endpoint.provider == Provider::Supabase) {
        if (settings.projectId.isEmpty()) {
            done(missingSetting(p, Tr::tr("project ref")));
            return;
        }
        auto *client = new SupabaseClient(*m_http, endpoint, this);
        client->verifyToken(settings.projectId, this, [client, finish, p](const Result<TokenIdentity> &r) {
            finish(client, r.ok() ? Result<ConnectionIdentity>(toIdentity(p, *r))
                                  : Result<ConnectionIdentity>(r.error()));
        });
        return;
    }
    auto *client = new CloudflareClient(*m_http, endpoint, settings.accountId, this);
    const bool hasAccount = !settings.accountId.isEmpty();
    client->verifyToken(false, this, [this, client, finish, p, hasAccount](const Result<TokenIdentity> &r) {
        if (r.ok() || !hasAccount) {
            finish(client, r.ok() ? Result<ConnectionIdentity>(toIdentity(p, *r))
                                  : Result<ConnectionIdentity>(r.error()));
            return;
        }
        // Maybe an account-owned token: those verify under the account.
        const Error userError = r.error();
        client->verifyToken(true, this, [client, finish, p, userError](const Result<TokenIdentity> &account) {
            finish(client, account.ok() ? Result<ConnectionIdentity>(toIdentity(p, *account))
                                        : Result<ConnectionIdentity>(userError));
        });
    });
}

} // namespace core
