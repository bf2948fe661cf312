#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include "FakeServer.h"

namespace fakes {

// Vercel REST fake: one team project; deployments created from a git SHA go QUEUED → BUILDING →
// READY (one step per GET of the deployment), or ERROR when `failBuilds`; promote and rollback are
// accepted (202) and finish in the background: the project shows lastAliasRequest pending for
// `aliasPolls` reads of the project, then succeeded with targets.production switched. Every call
// must carry teamId=kTeam (a missing one is a violation, as Vercel answers 404 for team projects).
class FakeVercel final : public FakeServer
{
    Q_OBJECT

public:
    static constexpr auto kTeam = "team_switchyard";
    static constexpr auto kProject = "prj_switchyard";
    static constexpr auto kProjectB = "prj_switchyard_b";
    static constexpr auto kToken = "vercel-test-token";

    explicit FakeVercel(QObject *parent = nullptr);

    struct Deployment
    {
        QString id;
        QString sha;
        QString state;
        QString target;
        QString projectId;
        bool promoted = false;
        qint64 created = 0;
        QJsonObject meta;
    };

    bool failBuilds = false;
    int aliasPolls = 2;
    [[nodiscard]] QString productionDeploymentId(const QString &project = QString::fromLatin1(kProject)) const
    {
        return m_production.value(project);
    }
    [[nodiscard]] const QHash<QString, Deployment> &deployments() const { return m_deployments; }
    // A READY production deployment that already served production (for rollback tests).
    QString addPromotedDeployment(const QString &sha, const QString &project = QString::fromLatin1(kProject));

protected:
    FakeResponse errorResponse(int status, const QString &code, const QString &message) const override;
    QList<std::pair<QByteArray, QByteArray>> rateLimitHeaders(int seconds) const override;
    QStringList extraProblems(const ReceivedRequest &request, const QString &operationId) const override;

private:
    QJsonObject deploymentJson(const Deployment &d) const;
    QJsonObject projectJson(const QString &project);
    FakeResponse aliasRequest(const QString &type, const QHash<QString, QString> &params);

    QHash<QString, Deployment> m_deployments;
    QHash<QString, QString> m_production;    // project → deployment
    QHash<QString, QJsonObject> m_lastAlias; // project → lastAliasRequest
    QHash<QString, int> m_aliasPollsLeft;
    int m_next = 1;
};

} // namespace fakes
