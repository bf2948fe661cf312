#include "Cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include "CliApprovals.h"
#include "CliEnv.h"
#include "CliIncidents.h"
#include "CliMigrations.h"
#include "CliMonitor.h"
#include "CliOutput.h"
#include "CliReleaseCommit.h"
#include "CliRun.h"
#include "CliTokens.h"
#include "TeamPassword.h"
#include "UserName.h"
#include "core/demo/DemoSandbox.h"
#include "core/engine/Planner.h"
#include "core/engine/RouterFactory.h"
#include "core/model/Release.h"
#include "core/model/Service.h"
#include "core/policy/ApprovalService.h"
#include "core/policy/ReleaseMigrations.h"
#include "core/providers/HealthProbe.h"
#include "core/providers/cloud/KeychainTokens.h"
#include "core/secrets/ProviderTokens.h"
#include "core/secrets/SecretStore.h"
#include "core/store/AuditLog.h"
#include "core/store/AuditVerifier.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ProviderRefRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(app::Cli)
};

const QStringList kCommands{u"status"_s,    u"deploy"_s,  u"rollback"_s, u"resume"_s,     u"history"_s,
                            u"audit"_s,     u"release"_s, u"demo"_s,     u"migrations"_s, u"env"_s,
                            u"incident"_s,  u"token"_s,   u"monitor"_s,  u"identity"_s,   u"approve"_s,
                            u"approvals"_s, u"policy"_s,  u"login"_s};

QString workspaceLocation(const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString fromEnv = qEnvironmentVariable("SWITCHYARD_WORKSPACE");
    return fromEnv.isEmpty() ? core::Workspace::defaultLocation() : fromEnv;
}

// Parses a sub-command's arguments. Returns false (after printing why) on bad usage or --help.
bool parse(QCommandLineParser &parser,
           const QString &command,
           const QString &description,
           const QStringList &args,
           const CliOutput &out,
           int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"switchyard "_s + command} + args)) {
        out.error(
            Tr::tr("%1: %2\nRun “switchyard %1 --help” for its options.").arg(command, parser.errorText()));
        *exitCode = Cli::BadInput;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        // QCommandLineParser names the program as started; name the command instead.
        QString help = parser.helpText();
        const qsizetype firstLineEnd = help.indexOf(u'\n');
        QString usage = help.left(firstLineEnd);
        usage.replace(QCoreApplication::arguments().constFirst(), u"switchyard "_s + command);
        out.line(usage + help.mid(firstLineEnd));
        *exitCode = Cli::Done;
        return false;
    }
    return true;
}

QString mainHelp()
{
    return Tr::tr("Usage: switchyard [--workspace PATH|URL] COMMAND [options]\n"
                  "Without a command, opens the Switchyard window (--demo: on the demo sandbox).\n\n"
                  "Commands:\n"
                  "  status [--json]                             environments, slots, health, interrupted "
                  "deployments\n"
                  "  deploy --env NAME --version V [--dry-run]   blue-green deploy of a release\n"
                  "  rollback --env NAME [--dry-run]             traffic back to the previous slot\n"
                  "  resume ID | resume --deployment ID          continue an interrupted deployment,\n"
                  "                                              or one that failed on a provider error\n"
                  "  history [--env NAME] [--limit N]            past deployments\n"
                  "  audit verify                                check the audit log's hash chain and "
                  "signatures\n"
                  "  identity create|list|export-public|register|rotate|revoke --name NAME\n"
                  "                                              signing identities (two-person rule)\n"
                  "  approve --deployment ID | --plan-digest D [--reject] [--comment C] [--out FILE]\n"
                  "                                              sign an approval or rejection\n"
                  "  approvals import FILE | approvals list      signed approval files, pending approvals\n"
                  "  policy show|set --env NAME [--required N]   an environment's approval policy\n"
                  "  login                                       keep a team workspace's database password "
                  "in the keychain\n"
                  "  release add --version V [--commit SHA]      register a release\n"
                  "      [--migrations DIR] [--contract]         with its migrations; a contract release\n"
                  "      [--commit-time ISO8601 | --repo DIR]    when the commit was made (DORA lead time)\n"
                  "  env set-database --env NAME --url URL [--password-stdin]\n"
                  "                                              the database the env migrates\n"
                  "  demo up | demo down                         start / stop the demo sandbox\n"
                  "  migrations lint PATH… [--contract]          lint SQL migration files\n"
                  "  migrations status --database URL --dir PATH applied and pending migrations\n"
                  "  migrations apply --database URL --dir PATH [--dry-run]\n"
                  "                                              apply pending migrations\n"
                  "  migrations status|apply --env NAME [--release VERSION]\n"
                  "                                              the same on the env's bound database\n"
                  "  incident list | show ID | open | update ID | export ID\n"
                  "                                              incidents, timelines, updates\n"
                  "  monitor [--env NAME] [--interval-ms N]      watch triggers, roll back automatically\n"
                  "  token set|status|remove [--env NAME] [--provider P]\n"
                  "                                              provider API tokens in the keychain\n\n"
                  "Every command takes --json for machine output and --help for its options;\n"
                  "--verbose shows the subsystems' log lines.\n"
                  "The workspace defaults to $SWITCHYARD_WORKSPACE, else %1.\n"
                  "Exit codes: 0 done, 1 failed, 2 usage or bad input, 3 blocked by policy.")
        .arg(core::Workspace::defaultLocation());
}

QJsonArray providerRefsJson(const QList<core::ProviderRef> &refs)
{
    QJsonArray array;
    for (const core::ProviderRef &ref : refs)
        array.append(QJsonObject{
            {u"provider"_s, ref.provider}, {u"kind"_s, ref.kind}, {u"id"_s, ref.id}, {u"url"_s, ref.url}});
    return array;
}

// "      vercel deployment dpl_… https://…" under a deployment or an environment.
void printProviderRefs(const CliOutput &out, const QList<core::ProviderRef> &refs)
{
    for (const core::ProviderRef &ref : refs)
        out.line(u"      %1 %2 %3 %4"_s.arg(ref.provider, ref.kind, ref.id, ref.url)
                     .trimmed()
                     .prepend(u"      "_s));
}

class Commands
{
public:
    Commands(core::Workspace &workspace, const CliOutput &out)
        : m_ws(workspace)
        , m_out(out)
    {}

    int status(bool probe);
    int history(const QString &env, int limit);
    int auditVerify();
    int releaseAdd(const QString &service,
                   const QString &version,
                   const QString &commit,
                   const QString &migrationsDir,
                   bool contract,
                   const QString &commitTime = {},
                   const QString &repository = {});
    QNetworkAccessManager *nam() { return &m_nam; }

private:
    core::Workspace &m_ws;
    const CliOutput &m_out;
    QNetworkAccessManager m_nam;
};

int Commands::status(bool probe)
{
    auto envs = m_ws.environments().list();
    if (!envs.ok()) {
        m_out.error(envs.error().message);
        return Cli::Failed;
    }
    // Probe every slot at once (bounded), then print.
    QHash<QString, core::ProbeOutcome> health;
    core::HealthProbe prober(&m_nam);
    QEventLoop loop;
    int pending = 0;
    QJsonArray envArray;
    QList<std::pair<core::Environment, QList<core::Slot>>> rows;
    for (const core::Environment &env : *envs) {
        auto slotList = m_ws.environments().slotsOf(env.id);
        if (!slotList.ok()) {
            m_out.error(slotList.error().message);
            return Cli::Failed;
        }
        rows.append({env, *slotList});
        if (!probe)
            continue;
        for (const core::Slot &slot : *slotList) {
            ++pending;
            const QString key = QString::number(env.id) + u'/' + slot.name;
            prober.probe(QUrl(slot.healthUrl), 2000, &loop, [&, key](const core::ProbeOutcome &outcome) {
                health.insert(key, outcome);
                if (--pending == 0)
                    loop.quit();
            });
        }
    }
    if (pending > 0)
        loop.exec();

    for (const auto &[env, slotList] : rows) {
        auto service = m_ws.services().get(env.serviceId);
        auto router = core::RouterFactory::create(env, &m_nam);
        const std::optional<QString> routed = router.ok() ? (*router)->configuredSlot() : std::nullopt;
        m_out.line(Tr::tr("%1/%2 — router %3%4")
                       .arg(service.ok() ? service->name : QString(), env.name,
                            router.ok() ? (*router)->publicHealthUrl().toString() : router.error().message,
                            routed ? Tr::tr(" (routes to %1)").arg(*routed) : QString()));
        QJsonArray slotArray;
        for (const core::Slot &slot : slotList) {
            const QString key = QString::number(env.id) + u'/' + slot.name;
            QString healthText = Tr::tr("not probed");
            QJsonObject slotJson{{u"name"_s, slot.name},
                                 {u"role"_s, core::slotRoleToString(slot.role)},
                                 {u"version"_s, slot.version}};
            if (health.contains(key)) {
                const core::ProbeOutcome &o = health.value(key);
                healthText = o.report.ok() ? Tr::tr("%1, %2 ms, reports %3")
                                                 .arg(core::healthStatusToString(o.report->status))
                                                 .arg(o.latencyMs)
                                                 .arg(o.report->version)
                                           : o.report.error().message;
                slotJson.insert(u"health"_s,
                                o.report.ok() ? core::healthStatusToString(o.report->status) : u"error"_s);
                slotJson.insert(u"health_detail"_s, healthText);
            }
            m_out.line(u"  %1 %2 %3  %4"_s.arg(slot.name, -6)
                           .arg(slot.role == core::SlotRole::Live ? Tr::tr("LIVE") : Tr::tr("standby"), -8)
                           .arg(slot.version.isEmpty() ? u"—"_s : slot.version, -8)
                           .arg(healthText));
            slotArray.append(slotJson);
        }
        // What the providers call the latest deployment's work, with links.
        QList<core::ProviderRef> latestRefs;
        core::DeploymentId latestId = 0;
        if (auto latest = m_ws.deployments().list(env.id, 1); latest.ok() && !latest->isEmpty()) {
            latestId = latest->first().id;
            auto refs = core::ProviderRefRepository(m_ws).list(latestId);
            if (refs.ok())
                latestRefs = *refs;
        }
        if (!latestRefs.isEmpty()) {
            m_out.line(Tr::tr("  latest deployment #%1 at the providers:").arg(latestId));
            printProviderRefs(m_out, latestRefs);
        }
        envArray.append(QJsonObject{{u"service"_s, service.ok() ? service->name : QString()},
                                    {u"environment"_s, env.name},
                                    {u"router_slot"_s, routed.value_or(QString())},
                                    {u"slots"_s, slotArray},
                                    {u"latest_deployment"_s, latestId},
                                    {u"provider_refs"_s, providerRefsJson(latestRefs)}});
    }

    core::Planner planner(m_ws, &m_nam);
    auto stuck = planner.interrupted();
    QJsonArray interruptedArray;
    if (stuck.ok()) {
        for (const core::InterruptedDeployment &i : *stuck) {
            auto env = m_ws.environments().get(i.deployment.environmentId);
            const QString envName = env.ok() ? env->name : QString::number(i.deployment.environmentId);
            m_out.line(Tr::tr("INTERRUPTED: deployment #%1 (%2 %3 to %4, %5 → %6) stopped in step %7.")
                           .arg(i.deployment.id)
                           .arg(core::deploymentKindToString(i.deployment.kind), i.deployment.version,
                                envName, i.deployment.fromSlot, i.deployment.toSlot, i.step));
            m_out.line(Tr::tr("  Resume:    switchyard resume %1").arg(i.deployment.id));
            m_out.line(Tr::tr("  Roll back: switchyard rollback --env %1").arg(envName));
            interruptedArray.append(QJsonObject{{u"deployment"_s, i.deployment.id},
                                                {u"environment"_s, envName},
                                                {u"kind"_s, core::deploymentKindToString(i.deployment.kind)},
                                                {u"version"_s, i.deployment.version},
                                                {u"step"_s, i.step}});
        }
    }
    if (m_out.json())
        m_out.document(QJsonObject{{u"environments"_s, envArray}, {u"interrupted"_s, interruptedArray}});
    return Cli::Done;
}

int Commands::history(const QString &envName, int limit)
{
    std::optional<core::EnvironmentId> envId;
    if (!envName.isEmpty()) {
        auto env = m_ws.environments().byName(envName);
        if (!env.ok()) {
            m_out.error(env.error().message);
            return CliOutput::exitCodeFor(env.error());
        }
        envId = env->id;
    }
    auto list = m_ws.deployments().list(envId, limit);
    if (!list.ok()) {
        m_out.error(list.error().message);
        return Cli::Failed;
    }
    QHash<core::EnvironmentId, QString> names;
    if (auto envs = m_ws.environments().list(); envs.ok()) {
        for (const core::Environment &e : *envs)
            names.insert(e.id, e.name);
    }
    QList<core::DeploymentId> ids;
    for (const core::Deployment &d : *list)
        ids << d.id;
    QHash<core::DeploymentId, QList<core::ProviderRef>> refs;
    core::ProviderRefRepository refStore(m_ws);
    for (const core::DeploymentId id : std::as_const(ids)) {
        auto found = refStore.list(id);
        if (!found.ok()) {
            m_out.error(found.error().message);
            return Cli::Failed;
        }
        refs.insert(id, *found);
    }
    QJsonArray array;
    m_out.line(u"%1 %2 %3 %4 %5 %6 %7"_s.arg(u"#"_s, 5)
                   .arg(Tr::tr("ENVIRONMENT"), -12)
                   .arg(Tr::tr("KIND"), -9)
                   .arg(Tr::tr("VERSION"), -8)
                   .arg(Tr::tr("SLOTS"), -15)
                   .arg(Tr::tr("STATUS"), -10)
                   .arg(Tr::tr("STARTED (UTC)")));
    for (const core::Deployment &d : *list) {
        const QString status = core::deploymentStatusToString(d.status);
        m_out.line(u"%1 %2 %3 %4 %5 %6 %7"_s.arg(d.id, 5)
                       .arg(names.value(d.environmentId), -12)
                       .arg(core::deploymentKindToString(d.kind), -9)
                       .arg(d.version, -8)
                       .arg(d.fromSlot + u" → "_s + d.toSlot, -15)
                       .arg(status, -10)
                       .arg(d.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s)));
        array.append(QJsonObject{{u"id"_s, d.id},
                                 {u"environment"_s, names.value(d.environmentId)},
                                 {u"kind"_s, core::deploymentKindToString(d.kind)},
                                 {u"version"_s, d.version},
                                 {u"from_slot"_s, d.fromSlot},
                                 {u"to_slot"_s, d.toSlot},
                                 {u"status"_s, status},
                                 {u"started_at"_s, d.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                                 {u"finished_at"_s, d.finishedAt.isValid()
                                                        ? d.finishedAt.toUTC().toString(Qt::ISODateWithMs)
                                                        : QString()},
                                 {u"requested_by"_s, d.requestedBy},
                                 {u"plan_digest"_s, d.planDigest},
                                 {u"error"_s, d.error},
                                 {u"provider_refs"_s, providerRefsJson(refs.value(d.id))}});
        printProviderRefs(m_out, refs.value(d.id));
    }
    if (m_out.json())
        m_out.document(array);
    return Cli::Done;
}

int Commands::auditVerify()
{
    auto result = core::AuditVerifier(m_ws.database(), m_ws.dialect()).verify();
    if (!result.ok()) {
        m_out.error(result.error().message);
        return Cli::Failed;
    }
    if (m_out.json()) {
        m_out.document(QJsonObject{{u"entries"_s, result->entries},
                                   {u"intact"_s, result->intact()},
                                   {u"first_broken"_s, result->firstBrokenSeq},
                                   {u"first_bad_approval"_s, result->firstBadApprovalId},
                                   {u"signatures"_s, result->signaturesChecked},
                                   {u"reason"_s, result->reason}});
    }
    if (!result->intact()) {
        m_out.error(
            result->firstBrokenSeq > 0
                ? Tr::tr("Audit log BROKEN at entry %1: %2.").arg(result->firstBrokenSeq).arg(result->reason)
                : Tr::tr("Approvals BROKEN at approval %1: %2.")
                      .arg(result->firstBadApprovalId)
                      .arg(result->reason));
        return Cli::Failed;
    }
    m_out.line(Tr::tr("Audit log intact: %n entries, hash chain verified.", nullptr,
                      static_cast<int>(result->entries)));
    m_out.line(Tr::tr("Signatures verified: %1 (including %2 stored approvals).")
                   .arg(result->signaturesChecked)
                   .arg(result->approvalsChecked));
    return Cli::Done;
}

int Commands::releaseAdd(const QString &serviceName,
                         const QString &version,
                         const QString &commit,
                         const QString &migrationsDir,
                         bool contract,
                         const QString &commitTime,
                         const QString &repository)
{
    auto services = m_ws.services().list();
    if (!services.ok()) {
        m_out.error(services.error().message);
        return Cli::Failed;
    }
    std::optional<core::Service> service;
    if (!serviceName.isEmpty()) {
        auto found = m_ws.services().byName(serviceName);
        if (!found.ok()) {
            m_out.error(found.error().message);
            return Cli::BadInput;
        }
        service = *found;
    } else if (services->size() == 1) {
        service = services->first();
    } else {
        m_out.error(Tr::tr("The workspace has %n service(s); name one with --service.", nullptr,
                           static_cast<int>(services->size())));
        return Cli::BadInput;
    }
    core::Release release;
    release.serviceId = service->id;
    release.version = version;
    release.commitSha = commit;
    release.contract = contract;
    if (!migrationsDir.isEmpty()) {
        release.migrationsDir = QFileInfo(migrationsDir).absoluteFilePath();
        auto migrations = core::ReleaseMigrations::describeFolder(release.migrationsDir);
        if (!migrations.ok()) {
            m_out.error(migrations.error().message);
            return Cli::BadInput;
        }
        release.migrations = *migrations;
        core::Release probe = release;
        auto checked = core::ReleaseMigrations::inspect(probe);
        if (!checked.ok()) {
            m_out.error(checked.error().message);
            return Cli::BadInput;
        }
        if (auto refused = checked->refuseBreaking(version); !refused.ok()) {
            m_out.error(refused.error().message);
            return Cli::Blocked;
        }
    }
    auto committed = CliReleaseCommit::find(commit, commitTime, repository);
    if (!committed.ok()) {
        m_out.error(committed.error().message);
        return Cli::BadInput;
    }
    release.committedAt = committed->at;
    auto id = m_ws.releases().create(release);
    if (!id.ok()) {
        m_out.error(id.error().message);
        return id.error().code == u"release.exists" ? Cli::BadInput : Cli::Failed;
    }
    m_out.line(
        Tr::tr("Registered %1 of %2 (release digest %3).").arg(version, service->name, release.digest()));
    m_out.line(committed->note);
    return Cli::Done;
}

int demoCommand(const QStringList &args, const CliOutput &out)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, Tr::tr("up or down"));
    parser.addOption(
        {u"dir"_s, Tr::tr("Folder of the sandbox (default %1).").arg(core::DemoSandbox::defaultDirectory()),
         Tr::tr("path")});
    parser.addOption({u"json"_s, Tr::tr("Machine-readable output.")});
    int code = Cli::Done;
    if (!parse(parser, u"demo"_s,
               Tr::tr("Start or stop the demo sandbox: a real nginx and sample slots on loopback."), args,
               out, &code))
        return code;
    const QString action = parser.positionalArguments().value(0);
    core::DemoSandbox sandbox(parser.isSet(u"dir"_s) ? parser.value(u"dir"_s)
                                                     : core::DemoSandbox::defaultDirectory());
    if (action == u"down") {
        if (auto stopped = sandbox.down(); !stopped.ok()) {
            out.error(stopped.error().message);
            return Cli::Failed;
        }
        out.line(Tr::tr("Demo sandbox stopped."));
        return Cli::Done;
    }
    if (action != u"up") {
        out.error(Tr::tr("demo: say “up” or “down”."));
        return Cli::BadInput;
    }
    auto info = sandbox.up();
    if (!info.ok()) {
        out.error(Tr::tr("The demo sandbox could not start: %1").arg(info.error().message));
        return Cli::Failed;
    }
    QJsonArray envs;
    out.line(info->wasRunning ? Tr::tr("Demo sandbox already running.") : Tr::tr("Demo sandbox started."));
    for (const core::DemoEnvironment &e : info->environments) {
        out.line(Tr::tr("  %1 router: %2").arg(e.name, -11).arg(e.routerUrl.toString()));
        envs.append(QJsonObject{{u"environment"_s, e.name}, {u"router_url"_s, e.routerUrl.toString()}});
    }
    out.line(Tr::tr("  workspace:         %1").arg(info->workspacePath));
    out.line(
        Tr::tr("Try: export SWITCHYARD_WORKSPACE=%1; switchyard deploy --env production --version v1.1.0")
            .arg(info->workspacePath));
    if (out.json())
        out.document(QJsonObject{{u"workspace"_s, info->workspacePath}, {u"environments"_s, envs}});
    return Cli::Done;
}

} // namespace

bool Cli::isCliInvocation(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--workspace") {
            ++i;
            continue;
        }
        if (a == u"--help" || a == u"-h" || a == u"--version" || kCommands.contains(a))
            return true;
        if (!a.startsWith(u'-'))
            return true; // an unknown command: let the CLI say so
    }
    return false;
}

int Cli::run(const QStringList &arguments)
{
    // Global options come before the command; everything after it belongs to the command.
    QString workspaceOption;
    QStringList rest = arguments;
    bool jsonFlag = arguments.contains(u"--json"_s);
    const CliOutput out(jsonFlag);
    while (!rest.isEmpty() && rest.first().startsWith(u'-')) {
        const QString option = rest.takeFirst();
        if (option == u"--workspace" && !rest.isEmpty()) {
            workspaceOption = rest.takeFirst();
        } else if (option.startsWith(u"--workspace="_s)) {
            workspaceOption = option.mid(12);
        } else if (option == u"--help" || option == u"-h") {
            out.line(mainHelp());
            return Done;
        } else if (option == u"--version") {
            out.line(u"switchyard "_s + QStringLiteral(SWITCHYARD_VERSION));
            return Done;
        } else {
            out.error(Tr::tr("Unknown option %1.\n\n%2").arg(option, mainHelp()));
            return BadInput;
        }
    }
    if (rest.isEmpty()) {
        out.error(mainHelp());
        return BadInput;
    }
    const QString command = rest.takeFirst();
    // Provider tokens for every deployment, rollback and status this command runs: the CI variable
    // when set (it wins, for CI), else the keychain entry the environment's settings name.
    core::SecretStore tokenStore(QString::fromLatin1(core::ProviderTokens::kKeychainService));
    core::ProviderTokens providerTokens(tokenStore);
    providerTokens.setEnvironmentVariablesWin(true);
    const core::KeychainTokens keychainTokens(providerTokens);
    if (command == u"monitor")
        return CliMonitor::run(rest, workspaceLocation(workspaceOption), out);
    if (!kCommands.contains(command)) {
        out.error(Tr::tr("Unknown command “%1”.\n\n%2").arg(command, mainHelp()));
        return BadInput;
    }
    if (command == u"demo")
        return demoCommand(rest, out);
    if (command == u"migrations")
        return CliMigrations::run(workspaceLocation(workspaceOption), rest, out);
    if (command == u"identity" || command == u"approve" || command == u"approvals" || command == u"policy" ||
        command == u"login")
        return CliApprovals::run(command, rest, workspaceLocation(workspaceOption), out);
    if (command == u"env")
        return CliEnv::run(workspaceLocation(workspaceOption), rest, out);
    if (command == u"incident")
        return CliIncidents::run(workspaceLocation(workspaceOption), rest, out);
    if (command == u"token")
        return CliTokens::run(rest, workspaceLocation(workspaceOption), out);

    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, Tr::tr("Machine-readable output (JSON on stdout)."));
    const QCommandLineOption env(u"env"_s, Tr::tr("Environment name (or service/environment)."),
                                 Tr::tr("name"));
    const QCommandLineOption version(u"version"_s, Tr::tr("Release version, e.g. v1.2.3."),
                                     Tr::tr("version"));
    const QCommandLineOption dryRun(
        u"dry-run"_s, Tr::tr("Run the preflight checks and print every action; change nothing."));
    parser.addOption(json);
    int code = Done;
    QString description;
    if (command == u"status") {
        parser.addOption({u"no-probe"_s, Tr::tr("Do not probe the slots' health endpoints.")});
        description = Tr::tr("Environments, their slots and health, and interrupted deployments.");
    } else if (command == u"deploy") {
        parser.addOptions(
            {env,
             version,
             dryRun,
             {u"no-auto-rollback"_s, Tr::tr("Leave traffic on the new slot when monitoring fails.")}});
        description = Tr::tr("Deploy a release to the standby slot, verify it, switch traffic, monitor.");
    } else if (command == u"rollback") {
        parser.addOptions(
            {env, dryRun, {u"emergency"_s, Tr::tr("An emergency: the policy may let it go alone.")}});
        description = Tr::tr("Move traffic back to the previous slot (or end an interrupted deployment).");
    } else if (command == u"resume") {
        parser.addPositionalArgument(u"id"_s, Tr::tr("The deployment's number (or --deployment ID)."));
        parser.addOption({u"deployment"_s, Tr::tr("The deployment's number."), Tr::tr("id")});
        description = Tr::tr(
            "Continue an interrupted deployment from the step it was in, or a deployment that failed on a "
            "provider error (outage, timeout, rate limit, token) from its failed step once the provider "
            "has recovered. A failure in the switch re-verifies the standby first. Failures that resuming "
            "cannot fix (the release was unhealthy, a bad request, traffic already moved) are refused with "
            "what to do instead.");
    } else if (command == u"history") {
        parser.addOptions(
            {env, {u"limit"_s, Tr::tr("At most this many (default 50)."), Tr::tr("n"), u"50"_s}});
        description = Tr::tr("Past deployments, newest first.");
    } else if (command == u"audit") {
        parser.addPositionalArgument(u"verify"_s, Tr::tr("Check every entry's hash chain."));
        description = Tr::tr("Verify the append-only audit log.");
    } else if (command == u"release") {
        parser.addPositionalArgument(u"add"_s, Tr::tr("Register a release."));
        parser.addOptions(
            {version,
             {u"commit"_s, Tr::tr("Commit SHA."), Tr::tr("sha")},
             {u"service"_s, Tr::tr("Service name (when there are several)."), Tr::tr("name")},
             {u"migrations"_s, Tr::tr("Folder of the release's <version>_<name>.sql migrations."),
              Tr::tr("dir")},
             {u"contract"_s, Tr::tr("A contract release: its migrations may break old code.")},
             {u"commit-time"_s, Tr::tr("When the commit was made (ISO 8601), for DORA lead time."),
              Tr::tr("time")},
             {u"repo"_s, Tr::tr("The git repository holding the commit: its commit time is read from it."),
              Tr::tr("dir")}});
        description = Tr::tr("Register a release so it can be deployed.");
    }
    if (!parse(parser, command, description, rest, out, &code))
        return code;
    auto require = [&](const QCommandLineOption &option) {
        if (parser.isSet(option) && !parser.value(option).isEmpty())
            return true;
        out.error(
            Tr::tr("%1: --%2 is required. Run “switchyard %1 --help”.").arg(command, option.names().first()));
        return false;
    };

    auto opened = core::Workspace::open(TeamPassword::withPassword(workspaceLocation(workspaceOption)));
    if (!opened.ok()) {
        out.error(opened.error().message);
        return CliOutput::exitCodeFor(opened.error());
    }
    core::Workspace &ws = **opened;
    Commands commands(ws, out);
    if (command == u"status")
        return commands.status(!parser.isSet(u"no-probe"_s));
    if (command == u"history")
        return commands.history(parser.value(env), parser.value(u"limit"_s).toInt());
    if (command == u"audit") {
        if (parser.positionalArguments().value(0) != u"verify") {
            out.error(Tr::tr("audit: the only action is “verify”."));
            return BadInput;
        }
        return commands.auditVerify();
    }
    if (command == u"release") {
        if (parser.positionalArguments().value(0) != u"add" || !require(version))
            return BadInput;
        return commands.releaseAdd(parser.value(u"service"_s), parser.value(version),
                                   parser.value(u"commit"_s), parser.value(u"migrations"_s),
                                   parser.isSet(u"contract"_s), parser.value(u"commit-time"_s),
                                   parser.value(u"repo"_s));
    }

    CliRun runner(ws, commands.nam(), out, CliApprovals::actorName(ws, QString()));
    core::Planner planner(ws, commands.nam());
    if (command == u"resume") {
        bool ok = false;
        const QString given = parser.isSet(u"deployment"_s) ? parser.value(u"deployment"_s)
                                                            : parser.positionalArguments().value(0);
        const qint64 id = given.toLongLong(&ok);
        if (!ok || id <= 0) {
            out.error(Tr::tr("resume: give the deployment's number (see “switchyard status” and “switchyard "
                             "history”)."));
            return BadInput;
        }
        return runner.resume(id);
    }
    if (!require(env))
        return BadInput;
    if (command == u"deploy" && !require(version))
        return BadInput;
    if (command == u"deploy") {
        // The plan lists (and its digest covers) exactly the migrations the database still needs.
        auto pending = core::PendingMigrations::read(ws, parser.value(env), parser.value(version),
                                                     &CliMigrations::readPassword);
        if (!pending.ok()) {
            out.error(pending.error().message);
            return CliOutput::exitCodeFor(pending.error());
        }
        planner.setPendingMigrations(*pending);
    }
    auto plan = command == u"deploy" ? planner.planDeploy(parser.value(env), parser.value(version))
                                     : planner.planRollback(parser.value(env));
    if (!plan.ok()) {
        if (plan.error().code == u"deploy.noop") {
            out.line(plan.error().message + u' ' + Tr::tr("Nothing to do."));
            return Done;
        }
        out.error(plan.error().message);
        return CliOutput::exitCodeFor(plan.error());
    }
    if (command == u"rollback" && parser.isSet(u"emergency"_s)) {
        plan->emergency = true;
        if (auto gated = core::ApprovalService(ws).addGateTo(*plan); !gated.ok()) {
            out.error(gated.error().message);
            return CliOutput::exitCodeFor(gated.error());
        }
    }
    if (parser.isSet(dryRun))
        return runner.dryRun(*plan);
    return command == u"deploy" ? runner.deploy(*plan, !parser.isSet(u"no-auto-rollback"_s))
                                : runner.rollback(*plan);
}

} // namespace app
