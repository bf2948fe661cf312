#include "CloudDeployer.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include "core/http/HttpClient.h"
#include "core/providers/cloud/SupabaseClient.h"
#include "core/providers/cloud/VercelClient.h"

using namespace Qt::StringLiterals;

namespace core {

struct CloudDeployer::Run
{
    CloudRelease release;
    QPointer<QObject> context;
    std::function<void(const Result<QList<ProviderRef>> &)> done;
    QList<SupabaseFunction> functions;
    qsizetype nextFunction = 0;
    qsizetype nextSecret = 0;
    QList<SupabaseSecret> secrets;
    QList<ProviderRef> refs;
    bool finished = false;
};

CloudDeployer::CloudDeployer(CloudConfig config, QNetworkAccessManager *nam, Tokens tokens, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(new HttpClient(nam, this))
{
    if (m_config.vercel.isSet()) {
        ProviderEndpoint endpoint;
        endpoint.provider = Provider::Vercel;
        endpoint.baseUrl = m_config.vercel.apiBaseUrl.isEmpty()
                               ? ProviderEndpoint::defaultBaseUrl(Provider::Vercel)
                               : m_config.vercel.apiBaseUrl;
        endpoint.token = std::move(tokens.vercel);
        m_vercel = new VercelClient(*m_http, endpoint, m_config.vercel.teamId, this);
    }
    if (m_config.supabase.isSet()) {
        ProviderEndpoint endpoint;
        endpoint.provider = Provider::Supabase;
        endpoint.baseUrl = m_config.supabase.apiBaseUrl.isEmpty()
                               ? ProviderEndpoint::defaultBaseUrl(Provider::Supabase)
                               : m_config.supabase.apiBaseUrl;
        endpoint.token = std::move(tokens.supabase);
        m_supabase = new SupabaseClient(*m_http, endpoint, this);
    }
    m_secretValues = [](const QString &name, const TokenCallback &done) {
        const QByteArray value = qgetenv(name.toLocal8Bit().constData());
        if (value.isEmpty())
            done(Error{u"secrets.not_found"_s, tr("No value for the function secret %1.").arg(name), {}});
        else
            done(value);
    };
}

CloudDeployer::~CloudDeployer() = default;

Result<QList<SupabaseFunction>> CloudDeployer::functionsFor(const CloudRelease &release) const
{
    QList<SupabaseFunction> list;
    const SupabaseSettings &s = m_config.supabase;
    if (!s.isSet())
        return list;
    QDir root(s.functionsDir);
    if (s.functionsDir.isEmpty() || !root.exists())
        return Error{u"config.functions"_s,
                     tr("The Supabase functions folder \"%1\" does not exist.").arg(s.functionsDir),
                     {}};
    QStringList names = s.functions;
    if (names.isEmpty()) {
        names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        names.removeAll(u"_shared"_s);
    }
    const QByteArray releaseJson = QJsonDocument(QJsonObject{{u"version"_s, release.version},
                                                             {u"commit"_s, release.commit},
                                                             {u"slot"_s, release.slot},
                                                             {u"environment"_s, release.environment}})
                                       .toJson(QJsonDocument::Compact);
    for (const QString &name : std::as_const(names)) {
        SupabaseFunction function;
        function.slug = s.slugFor(release.slot, name);
        const QDir dir(root.filePath(name));
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error{
                    u"config.functions"_s, tr("Could not read %1: %2").arg(path, file.errorString()), {}};
            function.files.insert(dir.relativeFilePath(path), file.readAll());
        }
        if (!function.files.contains(function.entrypointPath))
            return Error{u"config.functions"_s,
                         tr("The function %1 has no %2.").arg(name, function.entrypointPath),
                         {}};
        function.files.insert(u"_switchyard/release.json"_s, releaseJson);
        list << function;
    }
    return list;
}

QStringList CloudDeployer::describe(const CloudRelease &release) const
{
    QStringList lines;
    const auto line = [](const ProviderEndpoint &endpoint, const HttpRequest &request) {
        return HttpClient::describe(endpoint, request).toString();
    };
    if (m_supabase) {
        const QString ref = m_config.supabase.projectFor(release.slot);
        lines << tr("GET %1/v1/projects/%2 (must be ACTIVE_HEALTHY)")
                     .arg(m_supabase->endpoint().baseUrl.toString(), ref);
        QList<SupabaseSecret> secrets;
        for (const QString &name : m_config.supabase.secretNames)
            secrets << SupabaseSecret{name, "***"};
        if (!secrets.isEmpty())
            lines << line(m_supabase->endpoint(), m_supabase->setSecretsRequest(ref, secrets));
        const auto functions = functionsFor(release);
        if (functions.ok()) {
            for (const SupabaseFunction &function : *functions)
                lines << line(m_supabase->endpoint(), m_supabase->deployFunctionRequest(ref, function));
        } else {
            lines << functions.error().message;
        }
    }
    if (m_vercel) {
        const QString project = m_config.vercel.projectFor(release.slot);
        VercelDeployRequest request;
        request.projectName = m_config.vercel.projectName.isEmpty() ? project : m_config.vercel.projectName;
        request.projectId = project;
        request.repoId = m_config.vercel.repoId;
        request.ref = m_config.vercel.gitRef;
        request.sha = release.commit;
        request.meta =
            QJsonObject{{u"switchyardVersion"_s, release.version}, {u"switchyardSlot"_s, release.slot}};
        lines
            << tr("GET %1/v6/deployments?projectId=%2&target=production&sha=%3 (reuse a build of the commit "
                  "if one exists)")
                   .arg(m_vercel->endpoint().baseUrl.toString(), project, release.commit);
        lines << line(m_vercel->endpoint(), m_vercel->createDeploymentRequest(request));
        lines << tr("GET %1/v13/deployments/{id} every %2 s until READY (timeout %3 s)")
                     .arg(m_vercel->endpoint().baseUrl.toString())
                     .arg(m_config.vercel.pollMs / 1000.0)
                     .arg(m_config.vercel.buildTimeoutMs / 1000);
        lines << line(m_vercel->endpoint(), m_vercel->promoteRequest(project, u"{id}"_s));
        lines << tr("GET %1/v9/projects/%2 until production is the new deployment")
                     .arg(m_vercel->endpoint().baseUrl.toString(), project);
    }
    return lines;
}

void CloudDeployer::deploy(const CloudRelease &release,
                           QObject *context,
                           std::function<void(const Result<QList<ProviderRef>> &)> done)
{
    auto run = std::make_shared<Run>();
    run->release = release;
    run->context = context;
    run->done = std::move(done);
    if (m_supabase) {
        auto functions = functionsFor(release);
        if (!functions.ok()) {
            QTimer::singleShot(0, this, [this, run, error = functions.error()] { finish(run, error); });
            return;
        }
        run->functions = std::move(functions).value();
        QTimer::singleShot(0, this, [this, run] { checkProject(run); });
        return;
    }
    QTimer::singleShot(0, this, [this, run] { deployWeb(run); });
}

void CloudDeployer::checkProject(const std::shared_ptr<Run> &run)
{
    const QString ref = m_config.supabase.projectFor(run->release.slot);
    emit progress(tr("Supabase: checking project %1").arg(ref));
    m_supabase->getProject(ref, this, [this, run, ref](const Result<SupabaseProject> &project) {
        if (!project.ok()) {
            finish(run, project.error());
            return;
        }
        if (project->status != u"ACTIVE_HEALTHY") {
            finish(run,
                   Error{u"supabase.unhealthy"_s,
                         tr("Supabase project %1 (%2) is %3, not ACTIVE_HEALTHY: nothing was deployed. Wait "
                            "until it is healthy, then resume.")
                             .arg(project->name, ref, project->status),
                         {}});
            return;
        }
        emit progress(tr("Supabase: project %1 (%2) is %3").arg(project->name, ref, project->status));
        setSecrets(run);
    });
}

void CloudDeployer::setSecrets(const std::shared_ptr<Run> &run)
{
    const QStringList &names = m_config.supabase.secretNames;
    if (run->nextSecret < names.size()) {
        const QString name = names.at(run->nextSecret++);
        m_secretValues(name, [this, run, name](const Result<QByteArray> &value) {
            if (!value.ok()) {
                finish(run, value.error());
                return;
            }
            run->secrets << SupabaseSecret{name, value.value()};
            setSecrets(run);
        });
        return;
    }
    if (run->secrets.isEmpty()) {
        deployFunctions(run);
        return;
    }
    const QString ref = m_config.supabase.projectFor(run->release.slot);
    QStringList shown;
    for (const SupabaseSecret &secret : std::as_const(run->secrets))
        shown << secret.name;
    emit progress(tr("Supabase: setting function secrets %1 (values not shown)").arg(shown.join(u", "_s)));
    m_supabase->setSecrets(ref, run->secrets, this, [this, run](const Status &status) {
        run->secrets.clear(); // do not keep values around
        if (!status.ok()) {
            finish(run, status);
            return;
        }
        deployFunctions(run);
    });
}

void CloudDeployer::deployFunctions(const std::shared_ptr<Run> &run)
{
    if (run->nextFunction >= run->functions.size()) {
        deployWeb(run);
        return;
    }
    const SupabaseFunction &function = run->functions.at(run->nextFunction++);
    const QString ref = m_config.supabase.projectFor(run->release.slot);
    emit progress(tr("Supabase: deploying function %1 to project %2").arg(function.slug, ref));
    m_supabase->deployFunction(ref, function, this, [this, run, ref](const Result<QJsonObject> &deployed) {
        if (!deployed.ok()) {
            finish(run, deployed.error());
            return;
        }
        const QString slug = deployed->value(u"slug"_s).toString();
        emit progress(tr("Supabase: function %1 is version %2 (%3)")
                          .arg(slug)
                          .arg(deployed->value(u"version"_s).toInt())
                          .arg(deployed->value(u"status"_s).toString()));
        run->refs << ProviderRef{u"supabase"_s, u"function"_s, deployed->value(u"id"_s).toString(),
                                 u"https://supabase.com/dashboard/project/%1/functions/%2"_s.arg(ref, slug)};
        deployFunctions(run);
    });
}

void CloudDeployer::deployWeb(const std::shared_ptr<Run> &run)
{
    if (!m_vercel) {
        finish(run, Status());
        return;
    }
    const VercelSettings &v = m_config.vercel;
    const QString project = v.projectFor(run->release.slot);
    VercelDeployRequest request;
    request.projectName = v.projectName.isEmpty() ? project : v.projectName;
    request.projectId = project;
    request.repoId = v.repoId;
    request.ref = v.gitRef;
    request.sha = run->release.commit;
    request.meta =
        QJsonObject{{u"switchyardVersion"_s, run->release.version}, {u"switchyardSlot"_s, run->release.slot}};
    // A build of this commit may exist already: an earlier attempt whose answer was lost, or the
    // run before a resume. Creating is not idempotent, so look first and reuse a live one.
    m_vercel->findDeploymentsOf(
        project, run->release.commit, this,
        [this, run, project, request](const Result<QList<VercelDeployment>> &found) {
            if (!found.ok()) {
                finish(run, found.error());
                return;
            }
            for (const VercelDeployment &d : *found) {
                if (d.readyState != u"ERROR" && d.readyState != u"CANCELED" && d.readyState != u"DELETED") {
                    emit progress(tr("Vercel: %1 already builds %2 in %3 (%4); using it "
                                     "instead of building again")
                                      .arg(d.id, run->release.commit, project, d.readyState));
                    buildAndPromote(run, project, d);
                    return;
                }
            }
            emit progress(
                tr("Vercel: creating a deployment of %1 in project %2").arg(run->release.commit, project));
            m_vercel->createDeployment(request, this,
                                       [this, run, project](const Result<VercelDeployment> &created) {
                                           if (!created.ok()) {
                                               finish(run, created.error());
                                               return;
                                           }
                                           buildAndPromote(run, project, *created);
                                       });
        });
}

void CloudDeployer::buildAndPromote(const std::shared_ptr<Run> &run,
                                    const QString &project,
                                    const VercelDeployment &deployment)
{
    run->refs << ProviderRef{u"vercel"_s, u"deployment"_s, deployment.id,
                             deployment.inspectorUrl.isEmpty() ? u"https://"_s + deployment.url
                                                               : deployment.inspectorUrl};
    const auto relay = [this](const QString &line) { emit progress(line); };
    m_vercel->waitUntilReady(
        deployment.id, m_config.vercel.buildTimeoutMs, m_config.vercel.pollMs, this, relay,
        [this, run, project, relay](const Result<VercelDeployment> &ready) {
            if (!ready.ok()) {
                finish(run, ready.error());
                return;
            }
            emit progress(tr("Vercel: %1 is READY at https://%2; promoting it in %3")
                              .arg(ready->id, ready->url, project));
            m_vercel->promote(project, ready->id, m_config.vercel.aliasTimeoutMs, m_config.vercel.pollMs,
                              this, relay, [this, run](const Status &promoted) { finish(run, promoted); });
        });
}

void CloudDeployer::finish(const std::shared_ptr<Run> &run, const Status &status)
{
    if (run->finished || !run->context)
        return;
    run->finished = true;
    if (status.ok())
        run->done(run->refs);
    else
        run->done(status.error());
}

} // namespace core
