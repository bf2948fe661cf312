#pragma once

#include <functional>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/http/HttpRequest.h"
#include "core/providers/cloud/TokenIdentity.h"

namespace core {

class HttpClient;

struct SupabaseProject
{
    QString ref;
    QString name;
    QString region;
    QString status; // ACTIVE_HEALTHY …
};

struct SupabaseServiceHealth
{
    QString name;
    QString status; // COMING_UP ACTIVE_HEALTHY UNHEALTHY
    QString error;
};

// An edge function to deploy: its slug and files (path relative to the function root → bytes).
struct SupabaseFunction
{
    QString slug;
    QString entrypointPath = QStringLiteral("index.ts");
    QMap<QString, QByteArray> files;
    bool verifyJwt = true;
};

struct SupabaseSecret
{
    QString name;
    QByteArray value; // never logged
};

// Supabase Management API calls Switchyard makes (NOTES.md §3). Secret values never reach a log
// line, a dry run or an error.
class SupabaseClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupabaseClient)

public:
    SupabaseClient(HttpClient &http, ProviderEndpoint endpoint, QObject *parent = nullptr);

    [[nodiscard]] const ProviderEndpoint &endpoint() const { return m_endpoint; }

    // GET /v1/projects/{ref}.
    void verifyToken(const QString &ref,
                     QObject *context,
                     std::function<void(const Result<TokenIdentity> &)> done);
    void getProject(const QString &ref,
                    QObject *context,
                    std::function<void(const Result<SupabaseProject> &)> done);
    // GET /v1/projects/{ref}/health?services=…
    void health(const QString &ref,
                const QStringList &services,
                QObject *context,
                std::function<void(const Result<QList<SupabaseServiceHealth>> &)> done);
    // POST /v1/projects/{ref}/functions/deploy?slug= (multipart: metadata + file parts). Not
    // retried blindly (each call makes a version); the engine's step is idempotent by re-deploying.
    void deployFunction(const QString &ref,
                        const SupabaseFunction &function,
                        QObject *context,
                        std::function<void(const Result<QJsonObject> &)> done);
    // POST /v1/projects/{ref}/secrets [{name, value}] (create-or-overwrite: idempotent).
    void setSecrets(const QString &ref,
                    const QList<SupabaseSecret> &secrets,
                    QObject *context,
                    std::function<void(const Status &)> done);
    // GET /v1/projects/{ref}/secrets: the names (values are digests and are dropped).
    void
    listSecrets(const QString &ref, QObject *context, std::function<void(const Result<QStringList> &)> done);

    [[nodiscard]] HttpRequest deployFunctionRequest(const QString &ref,
                                                    const SupabaseFunction &function) const;
    [[nodiscard]] HttpRequest setSecretsRequest(const QString &ref,
                                                const QList<SupabaseSecret> &secrets) const;

private:
    HttpClient &m_http;
    ProviderEndpoint m_endpoint;
};

} // namespace core
