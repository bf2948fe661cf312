#pragma once

#include <QObject>

#include "core/providers/ConnectionTester.h"

class QNetworkAccessManager;

namespace core {

class HttpClient;
class ProviderTokens;

// "Test connection" for real: calls the provider's verify / identity endpoint with the token the
// keychain (or, in the CLI, the environment variable) holds now, through the shared HTTP core.
// Cloudflare: GET /user/tokens/verify (then /accounts/{id}/tokens/verify for an account-owned
// token when an account id is set); Vercel: GET /v9/projects/{project}?teamId=…; Supabase:
// GET /v1/projects/{ref}. The settings' base URL override applies (tests point it at fakes).
class ProviderConnectionTester final : public QObject, public ConnectionTester
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderConnectionTester)

public:
    ProviderConnectionTester(QNetworkAccessManager *nam, ProviderTokens &tokens, QObject *parent = nullptr);
    ~ProviderConnectionTester() override;

    void test(const ProviderSettings &settings, QObject *context, Callback done) override;

private:
    HttpClient *m_http;
    ProviderTokens &m_tokens;
};

} // namespace core
