#include "FakeVercel.h"

#include <algorithm>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fakes {

FakeVercel::FakeVercel(QObject *parent)
    : FakeServer(providerSpec(u"vercel.subset.json"_s), {}, parent)
{
    on(u"getProject"_s, [this](const ReceivedRequest &, const QHash<QString, QString> &params) {
        const QString project = params.value(u"idOrName"_s);
        if (project != QLatin1String(kProject) && project != QLatin1String(kProjectB))
            return errorResponse(404, u"not_found"_s, u"Project not found"_s);
        return FakeResponse::json(200, projectJson(project));
    });
    on(u"createDeployment"_s, [this](const ReceivedRequest &r, const QHash<QString, QString> &) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        Deployment d;
        d.id = u"dpl_%1"_s.arg(m_next++);
        d.sha = body.value(u"gitSource"_s).toObject().value(u"sha"_s).toString();
        d.state = u"QUEUED"_s;
        d.target = body.value(u"target"_s).toString();
        d.created = QDateTime::currentMSecsSinceEpoch() + m_next;
        d.meta = body.value(u"meta"_s).toObject();
        d.projectId = body.value(u"project"_s).toString(QString::fromLatin1(kProject));
        m_deployments.insert(d.id, d);
        return FakeResponse::json(200, deploymentJson(d));
    });
    on(u"getDeployment"_s, [this](const ReceivedRequest &, const QHash<QString, QString> &params) {
        auto it = m_deployments.find(params.value(u"idOrUrl"_s));
        if (it == m_deployments.end())
            return errorResponse(404, u"not_found"_s, u"Deployment not found"_s);
        if (it->state == u"QUEUED")
            it->state = u"BUILDING"_s;
        else if (it->state == u"BUILDING")
            it->state = failBuilds ? u"ERROR"_s : u"READY"_s;
        return FakeResponse::json(200, deploymentJson(*it));
    });
    on(u"getDeployments"_s, [this](const ReceivedRequest &r, const QHash<QString, QString> &) {
        QList<Deployment> list = m_deployments.values();
        std::sort(list.begin(), list.end(),
                  [](const Deployment &a, const Deployment &b) { return a.created > b.created; });
        const bool candidatesOnly = r.query.queryItemValue(u"rollbackCandidate"_s) == u"true";
        QJsonArray items;
        for (const Deployment &d : list) {
            if ((candidatesOnly && !d.promoted) || d.projectId != r.query.queryItemValue(u"projectId"_s))
                continue;
            if (r.query.hasQueryItem(u"sha"_s) && d.sha != r.query.queryItemValue(u"sha"_s))
                continue;
            items.append(deploymentJson(d));
        }
        return FakeResponse::json(200,
                                  QJsonObject{{u"pagination"_s, QJsonObject{{u"count"_s, items.size()},
                                                                            {u"next"_s, QJsonValue::Null},
                                                                            {u"prev"_s, QJsonValue::Null}}},
                                              {u"deployments"_s, items}});
    });
    on(u"requestPromote"_s, [this](const ReceivedRequest &, const QHash<QString, QString> &params) {
        return aliasRequest(u"promote"_s, params);
    });
    on(u"requestRollback"_s, [this](const ReceivedRequest &, const QHash<QString, QString> &params) {
        return aliasRequest(u"rollback"_s, params);
    });
}

QString FakeVercel::addPromotedDeployment(const QString &sha, const QString &project)
{
    Deployment d;
    d.id = u"dpl_%1"_s.arg(m_next++);
    d.sha = sha;
    d.state = u"READY"_s;
    d.target = u"production"_s;
    d.promoted = true;
    d.created = QDateTime::currentMSecsSinceEpoch() - 100000 + m_next;
    d.projectId = project;
    m_deployments.insert(d.id, d);
    m_production.insert(project, d.id);
    return d.id;
}

FakeResponse FakeVercel::aliasRequest(const QString &type, const QHash<QString, QString> &params)
{
    const QString project = params.value(u"projectId"_s);
    if (project != QLatin1String(kProject) && project != QLatin1String(kProjectB))
        return errorResponse(404, u"not_found"_s, u"Project not found"_s);
    auto it = m_deployments.find(params.value(u"deploymentId"_s));
    if (it == m_deployments.end() || it->projectId != project)
        return errorResponse(404, u"not_found"_s, u"Deployment not found"_s);
    if (it->state != u"READY")
        return errorResponse(400, u"deployment_not_ready"_s, u"The deployment is not ready"_s);
    if (type == u"rollback" && !it->promoted)
        return errorResponse(422, u"not_rollback_candidate"_s,
                             u"The deployment is not eligible for rollback"_s);
    const QString status = m_lastAlias.value(project).value(u"jobStatus"_s).toString();
    if (status == u"pending" || status == u"in-progress")
        return errorResponse(409, u"conflict"_s, u"Another alias job is running"_s);
    m_lastAlias.insert(project, QJsonObject{{u"type"_s, type},
                                            {u"jobStatus"_s, u"pending"_s},
                                            {u"fromDeploymentId"_s, m_production.value(project)},
                                            {u"toDeploymentId"_s, it->id},
                                            {u"requestedAt"_s, double(QDateTime::currentMSecsSinceEpoch())}});
    m_aliasPollsLeft.insert(project, aliasPolls);
    return FakeResponse::raw(202, {}, {});
}

QJsonObject FakeVercel::projectJson(const QString &projectId)
{
    QJsonObject &last = m_lastAlias[projectId];
    const QString status = last.value(u"jobStatus"_s).toString();
    if (status == u"pending" || status == u"in-progress") {
        int &left = m_aliasPollsLeft[projectId];
        if (left-- <= 0) {
            last.insert(u"jobStatus"_s, u"succeeded"_s);
            const QString to = last.value(u"toDeploymentId"_s).toString();
            m_production.insert(projectId, to);
            m_deployments[to].promoted = true;
        } else {
            last.insert(u"jobStatus"_s, u"in-progress"_s);
        }
    }
    QJsonObject project{{u"id"_s, projectId},
                        {u"name"_s, projectId == QLatin1String(kProject) ? u"web-a"_s : u"web-b"_s},
                        {u"accountId"_s, QString::fromLatin1(kTeam)},
                        {u"autoAssignCustomDomains"_s, false}};
    if (m_production.contains(projectId))
        project.insert(u"targets"_s,
                       QJsonObject{{u"production"_s, QJsonObject{{u"id"_s, m_production.value(projectId)},
                                                                 {u"readyState"_s, u"READY"_s}}}});
    if (!last.isEmpty())
        project.insert(u"lastAliasRequest"_s, last);
    return project;
}

QJsonObject FakeVercel::deploymentJson(const Deployment &d) const
{
    QJsonObject json{{u"id"_s, d.id},
                     {u"uid"_s, d.id},
                     {u"name"_s, u"web"_s},
                     {u"url"_s, u"web-%1.vercel.app"_s.arg(d.id.mid(4))},
                     {u"readyState"_s, d.state},
                     {u"state"_s, d.state},
                     {u"created"_s, double(d.created)},
                     {u"createdAt"_s, double(d.created)},
                     {u"type"_s, u"LAMBDAS"_s},
                     {u"creator"_s, QJsonObject{{u"uid"_s, u"user_1"_s}}},
                     {u"inspectorUrl"_s, u"https://vercel.com/team/web/%1"_s.arg(d.id)},
                     {u"projectId"_s, d.projectId},
                     {u"target"_s, d.target.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.target)},
                     {u"isRollbackCandidate"_s, d.promoted},
                     {u"meta"_s, QJsonObject{{u"githubCommitSha"_s, d.sha}}}};
    if (d.state == u"READY")
        json.insert(u"readySubstate"_s, d.promoted ? u"PROMOTED"_s : u"STAGED"_s);
    if (d.state == u"ERROR")
        json.insert(u"errorMessage"_s, u"Command \"npm run build\" exited with 1"_s);
    return json;
}

QStringList FakeVercel::extraProblems(const ReceivedRequest &request, const QString &) const
{
    if (request.query.queryItemValue(u"teamId"_s) != QLatin1String(kTeam))
        return {u"teamId=%1 is required on every call (got \"%2\")"_s.arg(
            QLatin1String(kTeam), request.query.queryItemValue(u"teamId"_s))};
    return {};
}

FakeResponse FakeVercel::errorResponse(int status, const QString &code, const QString &message) const
{
    return FakeResponse::json(
        status, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
}

QList<std::pair<QByteArray, QByteArray>> FakeVercel::rateLimitHeaders(int seconds) const
{
    const QByteArray reset = QByteArray::number(QDateTime::currentSecsSinceEpoch() + seconds);
    return {{"X-RateLimit-Limit", "100"}, {"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", reset}};
}

} // namespace fakes
