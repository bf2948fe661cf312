#include "VercelClient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

#include "core/http/HttpClient.h"

using namespace Qt::StringLiterals;

namespace core {

bool VercelDeployment::isTerminal() const
{
    return readyState == u"READY" || readyState == u"ERROR" || readyState == u"CANCELED" ||
           readyState == u"DELETED";
}

VercelDeployment VercelDeployment::fromJson(const QJsonObject &json)
{
    VercelDeployment d;
    d.id = json.value(u"uid"_s).toString();
    if (d.id.isEmpty())
        d.id = json.value(u"id"_s).toString();
    d.url = json.value(u"url"_s).toString();
    d.readyState = json.value(u"readyState"_s).toString();
    if (d.readyState.isEmpty())
        d.readyState = json.value(u"state"_s).toString();
    d.readySubstate = json.value(u"readySubstate"_s).toString();
    d.target = json.value(u"target"_s).toString();
    d.inspectorUrl = json.value(u"inspectorUrl"_s).toString();
    const QJsonObject meta = json.value(u"meta"_s).toObject();
    d.commitSha = meta.value(u"githubCommitSha"_s).toString();
    if (d.commitSha.isEmpty())
        d.commitSha = json.value(u"gitSource"_s).toObject().value(u"sha"_s).toString();
    d.errorMessage = json.value(u"errorMessage"_s).toString();
    d.createdMs = qint64(json.value(u"createdAt"_s).toDouble(json.value(u"created"_s).toDouble()));
    d.rollbackCandidate = json.value(u"isRollbackCandidate"_s).toBool();
    return d;
}

VercelProject VercelProject::fromJson(const QJsonObject &json)
{
    VercelProject p;
    p.id = json.value(u"id"_s).toString();
    p.name = json.value(u"name"_s).toString();
    p.accountId = json.value(u"accountId"_s).toString();
    p.productionDeploymentId =
        json.value(u"targets"_s).toObject().value(u"production"_s).toObject().value(u"id"_s).toString();
    const QJsonObject last = json.value(u"lastAliasRequest"_s).toObject();
    p.lastAliasType = last.value(u"type"_s).toString();
    p.lastAliasStatus = last.value(u"jobStatus"_s).toString();
    p.lastAliasToDeploymentId = last.value(u"toDeploymentId"_s).toString();
    return p;
}

// One promote or rollback until production is confirmed.
struct VercelClient::AliasJob
{
    bool rollback = false;
    QString projectId;
    QString deploymentId;
    HttpRequest request;
    QDeadlineTimer deadline;
    int pollMs = 1000;
    QPointer<QObject> context;
    std::function<void(const QString &)> progress;
    std::function<void(const Status &)> done;
    std::optional<Error> sendError; // the POST failed in a way that may still have reached Vercel
    QString lastSeen;
    bool conflictSeen = false; // 409: another alias job ran; we waited for it once
};

VercelClient::VercelClient(HttpClient &http, ProviderEndpoint endpoint, QString teamId, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_endpoint(std::move(endpoint))
    , m_teamId(std::move(teamId))
{
    m_endpoint.provider = Provider::Vercel;
}

void VercelClient::withTeam(HttpRequest &request) const
{
    if (!m_teamId.isEmpty())
        request.query.addQueryItem(u"teamId"_s, m_teamId);
}

void VercelClient::verifyToken(const QString &projectId,
                               QObject *context,
                               std::function<void(const Result<TokenIdentity> &)> done)
{
    getProject(projectId, context, [done = std::move(done)](const Result<VercelProject> &project) {
        if (!project.ok()) {
            done(project.error());
            return;
        }
        TokenIdentity identity;
        identity.provider = Provider::Vercel;
        identity.subject = project->name;
        identity.status = u"ok"_s;
        identity.summary = tr("The Vercel token can read project %1 (%2, account %3).")
                               .arg(project->name, project->id, project->accountId);
        done(identity);
    });
}

void VercelClient::getProject(const QString &projectId,
                              QObject *context,
                              std::function<void(const Result<VercelProject> &)> done)
{
    HttpRequest request = HttpRequest::get(u"/v9/projects/"_s + HttpRequest::segment(projectId),
                                           tr("read project %1").arg(projectId));
    withTeam(request);
    m_http.send(m_endpoint, request, context, [done = std::move(done)](const HttpResult &result) {
        if (!result.ok()) {
            done(result.error().toError());
            return;
        }
        done(VercelProject::fromJson(result.response().json().object()));
    });
}

HttpRequest VercelClient::createDeploymentRequest(const VercelDeployRequest &deploy) const
{
    QJsonObject gitSource{{u"type"_s, deploy.gitProvider}, {u"ref"_s, deploy.ref}, {u"sha"_s, deploy.sha}};
    if (!deploy.repoId.isEmpty())
        gitSource.insert(u"repoId"_s, deploy.repoId);
    QJsonObject body{{u"name"_s, deploy.projectName}, {u"gitSource"_s, gitSource}};
    if (!deploy.projectId.isEmpty())
        body.insert(u"project"_s, deploy.projectId);
    if (!deploy.target.isEmpty())
        body.insert(u"target"_s, deploy.target);
    if (!deploy.meta.isEmpty())
        body.insert(u"meta"_s, deploy.meta);
    HttpRequest request = HttpRequest::json("POST", u"/v13/deployments"_s, body,
                                            tr("create a deployment of %1").arg(deploy.sha));
    request.idempotent = false; // each POST builds a new deployment
    withTeam(request);
    return request;
}

void VercelClient::createDeployment(const VercelDeployRequest &deploy,
                                    QObject *context,
                                    std::function<void(const Result<VercelDeployment> &)> done)
{
    // The spec's github gitSource requires repoId (we send no org/repo): refuse before sending
    // rather than let Vercel answer 400 — or build something else.
    if (deploy.repoId.trimmed().isEmpty() || deploy.sha.trimmed().isEmpty()) {
        const Error refused{
            u"vercel.request_invalid"_s,
            deploy.repoId.trimmed().isEmpty()
                ? tr("Vercel: “create a deployment of %1” was not sent: the environment's Vercel "
                     "settings have no repo_id (the id of the Git repository linked to project "
                     "%2). Set it, then deploy again.")
                      .arg(deploy.sha, deploy.projectId)
                : tr("Vercel: “create a deployment” was not sent: the release has no commit SHA. "
                     "Register the release with --commit, then deploy again."),
            {}};
        QTimer::singleShot(0, this,
                           [guard = QPointer<QObject>(context), hasContext = context != nullptr,
                            done = std::move(done), refused] {
                               if (!hasContext || guard)
                                   done(refused);
                           });
        return;
    }
    m_http.send(m_endpoint, createDeploymentRequest(deploy), context,
                [done = std::move(done)](const HttpResult &result) {
                    if (!result.ok()) {
                        done(result.error().toError());
                        return;
                    }
                    done(VercelDeployment::fromJson(result.response().json().object()));
                });
}

void VercelClient::getDeployment(const QString &id,
                                 QObject *context,
                                 std::function<void(const Result<VercelDeployment> &)> done)
{
    HttpRequest request =
        HttpRequest::get(u"/v13/deployments/"_s + HttpRequest::segment(id), tr("read deployment %1").arg(id));
    withTeam(request);
    m_http.send(m_endpoint, request, context, [done = std::move(done)](const HttpResult &result) {
        if (!result.ok()) {
            done(result.error().toError());
            return;
        }
        done(VercelDeployment::fromJson(result.response().json().object()));
    });
}

void VercelClient::waitUntilReady(const QString &id,
                                  int timeoutMs,
                                  int pollMs,
                                  QObject *context,
                                  std::function<void(const QString &)> progress,
                                  std::function<void(const Result<VercelDeployment> &)> done)
{
    struct Wait
    {
        QString id;
        QDeadlineTimer deadline;
        int pollMs;
        QString lastState;
        QPointer<QObject> context;
        std::function<void(const QString &)> progress;
        std::function<void(const Result<VercelDeployment> &)> done;
        std::function<void()> poll;
    };
    auto wait = std::make_shared<Wait>(
        Wait{id, QDeadlineTimer(timeoutMs), pollMs, {}, context, std::move(progress), std::move(done), {}});
    QPointer<VercelClient> self(this);
    wait->poll = [self, wait, timeoutMs] {
        if (!self || !wait->context)
            return;
        self->getDeployment(
            wait->id, wait->context, [self, wait, timeoutMs](const Result<VercelDeployment> &d) {
                if (!d.ok()) {
                    auto done = std::move(wait->done);
                    wait->poll = nullptr;
                    done(d.error());
                    return;
                }
                if (d->readyState != wait->lastState) {
                    wait->lastState = d->readyState;
                    if (wait->progress)
                        wait->progress(tr("Vercel deployment %1: %2").arg(d->id, d->readyState));
                }
                if (d->isTerminal() || wait->deadline.hasExpired()) {
                    auto done = std::move(wait->done);
                    wait->poll = nullptr;
                    if (d->readyState == u"READY")
                        done(d.value());
                    else if (!d->isTerminal())
                        done(Error{
                            u"vercel.timeout"_s,
                            tr("Vercel: deployment %1 was still %2 after %n second(s). Look at its build in "
                               "Vercel, then resume the deployment.",
                               nullptr, timeoutMs / 1000)
                                .arg(d->id, d->readyState),
                            d->inspectorUrl});
                    else
                        done(Error{
                            u"vercel.build_failed"_s,
                            tr("Vercel: deployment %1 ended %2%3. Fix the build (see its inspector page), "
                               "then deploy again.")
                                .arg(d->id, d->readyState,
                                     d->errorMessage.isEmpty() ? QString() : u": "_s + d->errorMessage),
                            d->inspectorUrl});
                    return;
                }
                QTimer::singleShot(wait->pollMs, self, [wait] {
                    if (wait->poll)
                        wait->poll();
                });
            });
    };
    wait->poll();
}

void VercelClient::listDeployments(const QString &projectId,
                                   int limit,
                                   bool rollbackCandidatesOnly,
                                   QObject *context,
                                   std::function<void(const Result<QList<VercelDeployment>> &)> done)
{
    HttpRequest request = HttpRequest::get(u"/v6/deployments"_s, tr("list deployments of %1").arg(projectId));
    request.query.addQueryItem(u"projectId"_s, projectId);
    request.query.addQueryItem(u"target"_s, u"production"_s);
    request.query.addQueryItem(u"limit"_s, QString::number(limit));
    if (rollbackCandidatesOnly)
        request.query.addQueryItem(u"rollbackCandidate"_s, u"true"_s);
    withTeam(request);
    m_http.send(m_endpoint, request, context, [done = std::move(done)](const HttpResult &result) {
        if (!result.ok()) {
            done(result.error().toError());
            return;
        }
        QList<VercelDeployment> list;
        for (const QJsonValue &item : result.response().json().object().value(u"deployments"_s).toArray())
            list << VercelDeployment::fromJson(item.toObject());
        done(list);
    });
}

void VercelClient::findDeploymentsOf(const QString &projectId,
                                     const QString &sha,
                                     QObject *context,
                                     std::function<void(const Result<QList<VercelDeployment>> &)> done)
{
    HttpRequest request =
        HttpRequest::get(u"/v6/deployments"_s, tr("list deployments of %1 in %2").arg(sha, projectId));
    request.query.addQueryItem(u"projectId"_s, projectId);
    request.query.addQueryItem(u"target"_s, u"production"_s);
    request.query.addQueryItem(u"sha"_s, sha);
    request.query.addQueryItem(u"limit"_s, u"20"_s);
    withTeam(request);
    m_http.send(m_endpoint, request, context, [sha, done = std::move(done)](const HttpResult &result) {
        if (!result.ok()) {
            done(result.error().toError());
            return;
        }
        QList<VercelDeployment> list;
        for (const QJsonValue &item : result.response().json().object().value(u"deployments"_s).toArray()) {
            VercelDeployment d = VercelDeployment::fromJson(item.toObject());
            if (d.commitSha == sha)
                list << d;
        }
        done(list);
    });
}

HttpRequest VercelClient::promoteRequest(const QString &projectId, const QString &deploymentId) const
{
    HttpRequest request =
        HttpRequest::json("POST",
                          u"/v10/projects/%1/promote/%2"_s.arg(HttpRequest::segment(projectId),
                                                               HttpRequest::segment(deploymentId)),
                          QJsonObject{}, tr("promote deployment %1").arg(deploymentId));
    request.body.clear(); // the operation defines no body
    request.contentType.clear();
    request.idempotent = false; // never retried blindly: the project is re-read instead
    withTeam(request);
    return request;
}

HttpRequest VercelClient::rollbackRequest(const QString &projectId,
                                          const QString &deploymentId,
                                          const QString &description) const
{
    HttpRequest request =
        HttpRequest::json("POST",
                          u"/v1/projects/%1/rollback/%2"_s.arg(HttpRequest::segment(projectId),
                                                               HttpRequest::segment(deploymentId)),
                          QJsonObject{}, tr("roll back to deployment %1").arg(deploymentId));
    request.body.clear();
    request.contentType.clear();
    request.idempotent = false;
    if (!description.isEmpty())
        request.query.addQueryItem(u"description"_s, description);
    withTeam(request);
    return request;
}

void VercelClient::promote(const QString &projectId,
                           const QString &deploymentId,
                           int timeoutMs,
                           int pollMs,
                           QObject *context,
                           std::function<void(const QString &)> progress,
                           std::function<void(const Status &)> done)
{
    auto job = std::make_shared<AliasJob>();
    job->projectId = projectId;
    job->deploymentId = deploymentId;
    job->request = promoteRequest(projectId, deploymentId);
    job->deadline = QDeadlineTimer(timeoutMs);
    job->pollMs = pollMs;
    job->context = context;
    job->progress = std::move(progress);
    job->done = std::move(done);
    startAliasJob(job);
}

void VercelClient::rollback(const QString &projectId,
                            const QString &deploymentId,
                            const QString &description,
                            int timeoutMs,
                            int pollMs,
                            QObject *context,
                            std::function<void(const QString &)> progress,
                            std::function<void(const Status &)> done)
{
    auto job = std::make_shared<AliasJob>();
    job->rollback = true;
    job->projectId = projectId;
    job->deploymentId = deploymentId;
    job->request = rollbackRequest(projectId, deploymentId, description);
    job->deadline = QDeadlineTimer(timeoutMs);
    job->pollMs = pollMs;
    job->context = context;
    job->progress = std::move(progress);
    job->done = std::move(done);
    startAliasJob(job);
}

void VercelClient::startAliasJob(const std::shared_ptr<AliasJob> &job)
{
    m_http.send(m_endpoint, job->request, job->context, [this, job](const HttpResult &result) {
        if (!result.ok()) {
            const ProviderError &error = result.error();
            const bool mayHaveArrived = error.kind == ProviderError::Kind::Network ||
                                        error.kind == ProviderError::Kind::Timeout ||
                                        error.kind == ProviderError::Kind::Malformed ||
                                        (error.kind == ProviderError::Kind::Http && error.httpStatus >= 500);
            if (error.httpStatus == 409 && !job->conflictSeen) {
                // Another promote/rollback is still running: wait for it (re-reading the
                // project), then ask once more.
                job->conflictSeen = true;
                if (job->progress)
                    job->progress(tr("Vercel: another alias job is running; waiting for it to finish"));
                waitForIdle(job);
                return;
            }
            if (!mayHaveArrived) {
                job->done(error.toError());
                return;
            }
            // Not retried blindly: look at the project to see whether Vercel took the request.
            job->sendError = error.toError();
        }
        if (job->progress)
            job->progress(job->rollback ? tr("Vercel: rollback to %1 requested; waiting for production to "
                                             "switch")
                                              .arg(job->deploymentId)
                                        : tr("Vercel: promotion of %1 requested; waiting for production to "
                                             "switch")
                                              .arg(job->deploymentId));
        pollAliasJob(job);
    });
}

void VercelClient::waitForIdle(const std::shared_ptr<AliasJob> &job)
{
    getProject(job->projectId, job->context, [this, job](const Result<VercelProject> &project) {
        if (!project.ok()) {
            job->done(project.error());
            return;
        }
        const bool busy =
            project->lastAliasStatus == u"pending" || project->lastAliasStatus == u"in-progress";
        if (!busy) {
            startAliasJob(job);
            return;
        }
        if (job->deadline.hasExpired()) {
            job->done(
                Error{u"vercel.timeout"_s,
                      tr("Vercel: another promote or rollback of %1 is still running. Wait for it in Vercel, "
                         "then resume.")
                          .arg(project->name),
                      {}});
            return;
        }
        QTimer::singleShot(job->pollMs, this, [this, job] {
            if (job->context)
                waitForIdle(job);
        });
    });
}

void VercelClient::pollAliasJob(const std::shared_ptr<AliasJob> &job)
{
    getProject(job->projectId, job->context, [this, job](const Result<VercelProject> &project) {
        if (!project.ok()) {
            job->done(job->sendError ? *job->sendError : project.error());
            return;
        }
        const bool aimedAtUs = project->lastAliasToDeploymentId == job->deploymentId;
        const QString state = aimedAtUs ? project->lastAliasStatus : QString();
        if (state != job->lastSeen && !state.isEmpty() && job->progress) {
            job->lastSeen = state;
            job->progress(tr("Vercel: %1 job %2").arg(project->lastAliasType, state));
        }
        const bool pending = aimedAtUs && (state == u"pending" || state == u"in-progress");
        if (aimedAtUs && state == u"failed") {
            job->done(Error{u"vercel.alias_failed"_s,
                            tr("Vercel: switching production of %1 to deployment %2 failed. Production still "
                               "serves %3; see the project's domains in Vercel.")
                                .arg(project->name, job->deploymentId, project->productionDeploymentId),
                            {}});
            return;
        }
        if (project->productionDeploymentId == job->deploymentId && !pending) {
            job->done(Status());
            return;
        }
        if (job->sendError && !aimedAtUs) {
            job->done(*job->sendError); // Vercel never received it
            return;
        }
        if (job->deadline.hasExpired()) {
            job->done(
                Error{u"vercel.timeout"_s,
                      tr("Vercel: production of %1 did not switch to deployment %2 in time (still %3). Check "
                         "the project in Vercel, then resume.")
                          .arg(project->name, job->deploymentId, project->productionDeploymentId),
                      {}});
            return;
        }
        QTimer::singleShot(job->pollMs, this, [this, job] {
            if (job->context)
                pollAliasJob(job);
        });
    });
}

} // namespace core
