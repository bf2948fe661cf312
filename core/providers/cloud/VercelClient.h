#pragma once

#include <functional>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include "core/Result.h"
#include "core/http/HttpRequest.h"
#include "core/providers/cloud/TokenIdentity.h"

namespace core {

class HttpClient;

struct VercelDeployment
{
    QString id;            // dpl_…
    QString url;           // hostname, no scheme
    QString readyState;    // QUEUED INITIALIZING BUILDING READY ERROR CANCELED
    QString readySubstate; // STAGED PROMOTED …
    QString target;        // production / staging / empty
    QString inspectorUrl;
    QString commitSha;
    QString errorMessage;
    qint64 createdMs = 0;
    bool rollbackCandidate = false;

    [[nodiscard]] bool isTerminal() const;
    static VercelDeployment fromJson(const QJsonObject &json);
};

struct VercelProject
{
    QString id;
    QString name;
    QString accountId;
    QString productionDeploymentId; // targets.production.id
    QString lastAliasType;          // promote / rollback
    QString lastAliasStatus;        // pending in-progress succeeded failed skipped
    QString lastAliasToDeploymentId;

    static VercelProject fromJson(const QJsonObject &json);
};

// What to build: a git commit of the project's linked repository.
struct VercelDeployRequest
{
    QString projectName; // `name` of the create body
    QString projectId;
    QString gitProvider = QStringLiteral("github");
    QString repoId; // the linked repository's id (github)
    QString ref;    // branch
    QString sha;
    QString target =
        QStringLiteral("production"); // built staged: the project has autoAssignCustomDomains=false
    QJsonObject meta;                 // e.g. switchyard.release
};

// Vercel REST API calls Switchyard makes (NOTES.md §2). teamId (when set) goes on every call.
// Create, promote and rollback are not retried blindly; promote/rollback are confirmed by polling
// the project (lastAliasRequest / targets.production).
class VercelClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VercelClient)

public:
    VercelClient(HttpClient &http, ProviderEndpoint endpoint, QString teamId, QObject *parent = nullptr);

    [[nodiscard]] const ProviderEndpoint &endpoint() const { return m_endpoint; }
    [[nodiscard]] QString teamId() const { return m_teamId; }

    // GET /v9/projects/{id}: the token can read the project (the spec has no user endpoint).
    void verifyToken(const QString &projectId,
                     QObject *context,
                     std::function<void(const Result<TokenIdentity> &)> done);
    void getProject(const QString &projectId,
                    QObject *context,
                    std::function<void(const Result<VercelProject> &)> done);
    void createDeployment(const VercelDeployRequest &request,
                          QObject *context,
                          std::function<void(const Result<VercelDeployment> &)> done);
    void getDeployment(const QString &id,
                       QObject *context,
                       std::function<void(const Result<VercelDeployment> &)> done);
    // Polls GET /v13/deployments/{id} every pollMs until READY (ok) or ERROR/CANCELED/timeout (error);
    // `progress` gets each state change.
    void waitUntilReady(const QString &id,
                        int timeoutMs,
                        int pollMs,
                        QObject *context,
                        std::function<void(const QString &)> progress,
                        std::function<void(const Result<VercelDeployment> &)> done);
    // GET /v6/deployments?projectId&target=production&limit[&rollbackCandidate=true].
    void listDeployments(const QString &projectId,
                         int limit,
                         bool rollbackCandidatesOnly,
                         QObject *context,
                         std::function<void(const Result<QList<VercelDeployment>> &)> done);
    // GET /v6/deployments?projectId&target=production&sha: the project's production builds of a
    // commit, newest first (checked again here: only those whose commit is `sha`). Used before a
    // create, so a build whose create outcome is unknown (dropped connection, resumed deployment) is
    // found instead of built twice.
    void findDeploymentsOf(const QString &projectId,
                           const QString &sha,
                           QObject *context,
                           std::function<void(const Result<QList<VercelDeployment>> &)> done);
    // POST /v10/projects/{p}/promote/{d}, then polls the project until production is d.
    void promote(const QString &projectId,
                 const QString &deploymentId,
                 int timeoutMs,
                 int pollMs,
                 QObject *context,
                 std::function<void(const QString &)> progress,
                 std::function<void(const Status &)> done);
    // POST /v1/projects/{p}/rollback/{d}, then polls the project until production is d.
    void rollback(const QString &projectId,
                  const QString &deploymentId,
                  const QString &description,
                  int timeoutMs,
                  int pollMs,
                  QObject *context,
                  std::function<void(const QString &)> progress,
                  std::function<void(const Status &)> done);

    [[nodiscard]] HttpRequest createDeploymentRequest(const VercelDeployRequest &request) const;
    [[nodiscard]] HttpRequest promoteRequest(const QString &projectId, const QString &deploymentId) const;
    [[nodiscard]] HttpRequest
    rollbackRequest(const QString &projectId, const QString &deploymentId, const QString &description) const;

private:
    struct AliasJob;
    void withTeam(HttpRequest &request) const;
    void startAliasJob(const std::shared_ptr<AliasJob> &job);
    void pollAliasJob(const std::shared_ptr<AliasJob> &job);
    void waitForIdle(const std::shared_ptr<AliasJob> &job);

    HttpClient &m_http;
    ProviderEndpoint m_endpoint;
    QString m_teamId;
};

} // namespace core
