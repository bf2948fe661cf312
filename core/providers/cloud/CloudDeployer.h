#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/http/HttpRequest.h"
#include "core/model/ProviderRef.h"
#include "core/providers/cloud/CloudConfig.h"
#include "core/providers/cloud/SupabaseClient.h"

class QNetworkAccessManager;

namespace core {

class HttpClient;
class VercelClient;
struct VercelDeployment;

// The release a cloud slot gets.
struct CloudRelease
{
    QString environment;
    QString slot;
    QString version;
    QString commit;
};

// Where function secret values come from (the keychain, or a CI variable). Never logged.
using SecretValueSource = std::function<void(const QString &name, TokenCallback done)>;

// deploy-standby for a cloud environment (seed 000): the standby slot's Supabase project (or its
// function prefix) gets every edge function of functions_dir plus _switchyard/release.json
// ({version, commit, slot}, which diag-health reports) after its secrets are set and the project is
// healthy; the standby slot's Vercel project builds the commit (target production, staged), is
// polled to READY, then promoted inside that project (confirmed by polling the project). Users get
// none of it until the Cloudflare switch. Each step is safe to run again (resume).
class CloudDeployer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudDeployer)

public:
    struct Tokens
    {
        TokenSource vercel;
        TokenSource supabase;
    };

    CloudDeployer(CloudConfig config, QNetworkAccessManager *nam, Tokens tokens, QObject *parent = nullptr);
    ~CloudDeployer() override;

    void setSecretValues(SecretValueSource source) { m_secretValues = std::move(source); }
    [[nodiscard]] HttpClient &http() { return *m_http; }

    // Every request deploy() would send, one line each (method, URL, redacted body).
    [[nodiscard]] QStringList describe(const CloudRelease &release) const;
    // `done` gets what was created, or the first error (nothing after it is attempted).
    void deploy(const CloudRelease &release,
                QObject *context,
                std::function<void(const Result<QList<ProviderRef>> &)> done);

    // The functions to deploy: sub-folder name → files (relative path → bytes), plus release.json.
    [[nodiscard]] Result<QList<SupabaseFunction>> functionsFor(const CloudRelease &release) const;

Q_SIGNALS:
    void progress(const QString &line);

private:
    struct Run;
    void checkProject(const std::shared_ptr<Run> &run);
    void setSecrets(const std::shared_ptr<Run> &run);
    void deployFunctions(const std::shared_ptr<Run> &run);
    void deployWeb(const std::shared_ptr<Run> &run);
    void buildAndPromote(const std::shared_ptr<Run> &run,
                         const QString &project,
                         const VercelDeployment &deployment);
    void finish(const std::shared_ptr<Run> &run, const Status &status);

    CloudConfig m_config;
    HttpClient *m_http;
    VercelClient *m_vercel = nullptr;
    SupabaseClient *m_supabase = nullptr;
    SecretValueSource m_secretValues;
};

} // namespace core
