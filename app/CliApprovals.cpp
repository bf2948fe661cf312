#include "CliApprovals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include "Cli.h"
#include "CliOutput.h"
#include "Passphrase.h"
#include "TeamPassword.h"
#include "UserName.h"
#include "core/crypto/ApprovalSignature.h"
#include "core/crypto/Ed25519.h"
#include "core/policy/ApprovalService.h"
#include "core/policy/KeyRotation.h"
#include "core/secrets/IdentityKeyStore.h"
#include "core/secrets/SecretStore.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/IdentityRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(app::CliApprovals)
};

constexpr auto kKeychainService = "switchyard";

QString keychainService()
{
    const QString fromEnv = qEnvironmentVariable("SWITCHYARD_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? QString::fromLatin1(kKeychainService) : fromEnv;
}

QString requestedIdentity(const QCommandLineParser &parser)
{
    if (parser.isSet(u"identity"_s))
        return parser.value(u"identity"_s);
    return qEnvironmentVariable("SWITCHYARD_IDENTITY");
}

core::Result<QString> passphrase(const QString &prompt, bool fromStdin, bool confirm)
{
    QString why;
    auto pass = readPassphrase(prompt, fromStdin, confirm, &why);
    if (!pass)
        return core::Error{u"usage.passphrase"_s, why, {}};
    return *pass;
}

// `registeredKey`: the identity's current public key, so an interrupted rotation is finished.
core::Result<core::Ed25519>
unlockKey(const QString &identity, const QString &pass, const QByteArray &registeredKey = {})
{
    core::SecretStore store(keychainService());
    core::IdentityKeyStore keys(store);
    QEventLoop loop;
    std::optional<core::Result<core::Ed25519>> result;
    keys.unlock(
        identity, pass, &loop,
        [&](core::Result<core::Ed25519> r) {
            result.emplace(std::move(r));
            loop.quit();
        },
        registeredKey);
    if (!result)
        loop.exec();
    return std::move(*result);
}

core::Status saveKey(const QString &identity, const core::Ed25519 &key, const QString &pass)
{
    core::SecretStore store(keychainService());
    core::IdentityKeyStore keys(store);
    QEventLoop loop;
    std::optional<core::Status> result;
    keys.save(identity, key, pass, &loop, [&](core::Status s) {
        result.emplace(std::move(s));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

int fail(const CliOutput &out, const core::Error &error)
{
    out.error(error.message);
    if (out.json())
        out.document(QJsonObject{{u"error"_s, error.message}, {u"code"_s, error.code}});
    const int code = CliOutput::exitCodeFor(error);
    if (error.code.startsWith(u"crypto.wrong_passphrase"_s) || error.code.startsWith(u"identity."_s))
        return error.code == u"identity.unknown" ? Cli::BadInput : Cli::Failed;
    return code;
}

QJsonObject identityJson(const core::Identity &i)
{
    return QJsonObject{
        {u"name"_s, i.name},
        {u"public_key"_s, QString::fromLatin1(i.publicKey.toBase64())},
        {u"groups"_s, QJsonArray::fromStringList(i.groups)},
        {u"db_role"_s, i.dbRole},
        {u"created_at"_s, i.createdAt.toString(Qt::ISODateWithMs)},
        {u"rotated_at"_s, i.rotatedAt.isValid() ? i.rotatedAt.toString(Qt::ISODateWithMs) : QString()},
        {u"revoked_at"_s, i.revokedAt.isValid() ? i.revokedAt.toString(Qt::ISODateWithMs) : QString()}};
}

QJsonObject evaluationJson(const core::ApprovalEvaluation &e)
{
    QJsonArray verdicts;
    for (const core::ApprovalVerdict &v : e.verdicts)
        verdicts.append(QJsonObject{{u"approval"_s, v.approvalId},
                                    {u"identity"_s, v.identity},
                                    {u"decision"_s, core::ApprovalSignature::decisionName(v.decision)},
                                    {u"counts"_s, v.counts},
                                    {u"code"_s, v.code},
                                    {u"reason"_s, v.reason}});
    return QJsonObject{{u"required"_s, e.required},
                       {u"satisfied"_s, e.satisfied},
                       {u"rejected"_s, e.rejected},
                       {u"needed"_s, e.needed},
                       {u"approved_by"_s, QJsonArray::fromStringList(e.approvedBy)},
                       {u"rejected_by"_s, QJsonArray::fromStringList(e.rejectedBy)},
                       {u"awaiting"_s, QJsonArray::fromStringList(e.awaiting)},
                       {u"summary"_s, e.summary()},
                       {u"approvals"_s, verdicts}};
}

class Commands
{
public:
    Commands(core::Workspace &ws, const CliOutput &out, QString actor)
        : m_ws(ws)
        , m_out(out)
        , m_actor(std::move(actor))
        , m_identities(ws.database(), ws.dialect())
        , m_service(ws)
    {}

    int identityCreate(const QString &name, const QStringList &groups, bool stdinPass);
    int identityList();
    int identityExport(const QString &name);
    int identityRegister(const QString &name, const QString &publicKey, const QStringList &groups);
    int identityRotate(const QString &name, bool stdinPass);
    int identityRevoke(const QString &name);
    int approve(std::optional<core::DeploymentId> deployment,
                QString digest,
                bool reject,
                const QString &comment,
                const QString &outFile,
                int expiresInMinutes,
                bool stdinPass);
    int importFile(const QString &path, std::optional<core::DeploymentId> deployment);
    int list(std::optional<core::DeploymentId> deployment);
    int policyShow(const QString &env);
    int policySet(const QString &env, const QCommandLineParser &parser, bool stdinPass);

private:
    int report(core::DeploymentId id);

    core::Workspace &m_ws;
    const CliOutput &m_out;
    QString m_actor;
    core::IdentityRepository m_identities;
    core::ApprovalService m_service;
};

int Commands::identityCreate(const QString &name, const QStringList &groups, bool stdinPass)
{
    auto key = core::Ed25519::generate();
    if (!key.ok())
        return fail(m_out, key.error());
    auto pass = passphrase(Tr::tr("New passphrase for %1's signing key: ").arg(name), stdinPass, true);
    if (!pass.ok())
        return fail(m_out, pass.error());
    // Keychain first: a registered key nobody holds would be useless.
    if (auto saved = saveKey(name, *key, *pass); !saved.ok())
        return fail(m_out, saved.error());
    auto id = m_identities.create(name, key->publicKey(), groups);
    if (!id.ok())
        return fail(m_out, id.error());
    if (auto audited = m_service.auditIdentity(
            name, u"identity.created"_s, name,
            QJsonObject{{u"public_key"_s, key->publicKeyBase64()}, {u"groups"_s, groups.join(u',')}}, &*key);
        !audited.ok())
        return fail(m_out, audited.error());
    m_out.line(Tr::tr("Identity %1 created. Public key: %2").arg(name, key->publicKeyBase64()));
    m_out.line(Tr::tr("The private key is in this machine's keychain, sealed with your passphrase."));
    if (m_out.json())
        m_out.document(QJsonObject{{u"name"_s, name}, {u"public_key"_s, key->publicKeyBase64()}});
    return Cli::Done;
}

int Commands::identityList()
{
    auto all = m_identities.list();
    if (!all.ok())
        return fail(m_out, all.error());
    QJsonArray array;
    for (const core::Identity &i : *all) {
        m_out.line(u"%1 %2 %3 %4"_s.arg(i.name, -16)
                       .arg(QString::fromLatin1(i.publicKey.toBase64()), -46)
                       .arg(i.groups.join(u','), -20)
                       .arg(i.revoked() ? Tr::tr("revoked") : (i.dbRole.isEmpty() ? QString() : i.dbRole)));
        array.append(identityJson(i));
    }
    if (m_out.json())
        m_out.document(array);
    return Cli::Done;
}

int Commands::identityExport(const QString &name)
{
    auto i = m_identities.byName(name);
    if (!i.ok())
        return fail(m_out, i.error());
    if (m_out.json())
        m_out.document(identityJson(*i));
    else
        m_out.line(QString::fromLatin1(i->publicKey.toBase64()));
    return Cli::Done;
}

int Commands::identityRegister(const QString &name, const QString &publicKey, const QStringList &groups)
{
    auto key = core::Ed25519::publicKeyFromBase64(publicKey);
    if (!key.ok()) {
        m_out.error(key.error().message);
        return Cli::BadInput;
    }
    auto id = m_identities.create(name, *key, groups);
    if (!id.ok())
        return fail(m_out, id.error());
    if (auto audited = m_service.auditIdentity(
            m_actor, u"identity.registered"_s, name,
            QJsonObject{{u"public_key"_s, publicKey}, {u"groups"_s, groups.join(u',')}}, nullptr);
        !audited.ok())
        return fail(m_out, audited.error());
    m_out.line(Tr::tr("Registered %1's public key %2.").arg(name, publicKey));
    return Cli::Done;
}

int Commands::identityRotate(const QString &name, bool stdinPass)
{
    auto existing = m_identities.byName(name);
    if (!existing.ok())
        return fail(m_out, existing.error());
    auto pass = passphrase(Tr::tr("Passphrase for %1: ").arg(name), stdinPass, false);
    if (!pass.ok())
        return fail(m_out, pass.error());
    // Crash-safe: keychain (pending entry), then the workspace, then the keychain's main entry.
    core::SecretStore store(keychainService());
    core::KeyRotation rotation(m_ws, store);
    QEventLoop loop;
    std::optional<core::Result<core::KeyRotation::Outcome>> result;
    rotation.rotate(name, *pass, &loop, [&](core::Result<core::KeyRotation::Outcome> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->ok())
        return fail(m_out, result->error());
    if (!(*result)->warning.isEmpty())
        m_out.error((*result)->warning);
    m_out.line(Tr::tr("Rotated %1's key. New public key: %2")
                   .arg(name, QString::fromLatin1((*result)->newPublicKey.toBase64())));
    return Cli::Done;
}

int Commands::identityRevoke(const QString &name)
{
    if (auto revoked = m_identities.revoke(name); !revoked.ok())
        return fail(m_out, revoked.error());
    if (auto audited = m_service.auditIdentity(m_actor, u"identity.revoked"_s, name, {}, nullptr);
        !audited.ok())
        return fail(m_out, audited.error());
    m_out.line(Tr::tr("Revoked %1: their signatures no longer count from now on.").arg(name));
    return Cli::Done;
}

int Commands::report(core::DeploymentId id)
{
    auto d = m_ws.deployments().get(id);
    if (!d.ok())
        return fail(m_out, d.error());
    auto eval = m_service.evaluate(*d);
    if (!eval.ok())
        return fail(m_out, eval.error());
    m_out.line(Tr::tr("Deployment #%1: %2").arg(id).arg(eval->summary()));
    for (const core::ApprovalVerdict &v : eval->verdicts) {
        if (!v.counts)
            m_out.line(Tr::tr("  not counted: %1 — %2")
                           .arg(v.identity.isEmpty() ? Tr::tr("unknown key") : v.identity, v.reason));
    }
    if (m_out.json()) {
        QJsonObject doc = evaluationJson(*eval);
        doc.insert(u"deployment"_s, id);
        doc.insert(u"plan_digest"_s, d->planDigest);
        m_out.document(doc);
    }
    return Cli::Done;
}

int Commands::approve(std::optional<core::DeploymentId> deployment,
                      QString digest,
                      bool reject,
                      const QString &comment,
                      const QString &outFile,
                      int expiresInMinutes,
                      bool stdinPass)
{
    if (m_actor.isEmpty())
        return fail(
            m_out,
            core::Error{u"usage.identity"_s, Tr::tr("approve: say who signs with --identity NAME."), {}});
    auto me = m_identities.byName(m_actor);
    if (!me.ok() && outFile.isEmpty())
        return fail(m_out, me.error());
    if (deployment) {
        auto d = m_ws.deployments().get(*deployment);
        if (!d.ok())
            return fail(m_out, d.error());
        digest = d->planDigest;
        if (expiresInMinutes <= 0) {
            auto policy = m_service.policyFor(d->environmentId);
            if (policy.ok())
                expiresInMinutes = policy->lifetimeMinutes;
        }
    }
    if (expiresInMinutes <= 0)
        expiresInMinutes = 24 * 60;
    auto pass = passphrase(Tr::tr("Passphrase for %1: ").arg(m_actor), stdinPass, false);
    if (!pass.ok())
        return fail(m_out, pass.error());
    auto key = unlockKey(m_actor, *pass, me.ok() ? me->publicKey : QByteArray());
    if (!key.ok())
        return fail(m_out, key.error());
    core::ApprovalSignature a;
    a.planDigest = digest;
    a.decision =
        reject ? core::ApprovalSignature::Decision::Reject : core::ApprovalSignature::Decision::Approve;
    a.comment = comment;
    a.signedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    a.expiresAt = a.signedAt.addSecs(qint64(expiresInMinutes) * 60);
    if (auto signedOk = a.sign(*key); !signedOk.ok()) {
        m_out.error(signedOk.error().message);
        return Cli::BadInput;
    }
    if (!outFile.isEmpty()) {
        QSaveFile file(outFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(a.toFile()) < 0 || !file.commit()) {
            m_out.error(Tr::tr("Cannot write %1: %2").arg(outFile, file.errorString()));
            return Cli::Failed;
        }
        m_out.line(Tr::tr("Signed %1 of plan %2 as %3, valid until %4: %5")
                       .arg(reject ? Tr::tr("rejection") : Tr::tr("approval"), digest.left(12), m_actor,
                            a.expiresAt.toString(Qt::ISODate), outFile));
        return Cli::Done;
    }
    auto stored = m_service.submit(a, deployment, u"local"_s, m_actor);
    if (!stored.ok())
        return fail(m_out, stored.error());
    m_out.line(Tr::tr("%1 recorded for plan %2 by %3.")
                   .arg(reject ? Tr::tr("Rejection") : Tr::tr("Approval"), digest.left(12), m_actor));
    return stored->deploymentId ? report(*stored->deploymentId) : Cli::Done;
}

int Commands::importFile(const QString &path, std::optional<core::DeploymentId> deployment)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_out.error(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return Cli::BadInput;
    }
    auto approval = core::ApprovalSignature::fromFile(file.read(64 * 1024));
    if (!approval.ok()) {
        // A file that does not even parse is refused too, and the attempt is recorded.
        core::Error refused = approval.error();
        refused.code = u"policy.bad_file"_s;
        refused.message = Tr::tr("Refused: %1").arg(approval.error().message);
        static_cast<void>(m_service.recordRefusal(refused, core::ApprovalSignature{}, u"file"_s, m_actor));
        return fail(m_out, refused);
    }
    auto stored = m_service.submit(*approval, deployment, u"file"_s, m_actor);
    if (!stored.ok())
        return fail(m_out, stored.error());
    m_out.line(Tr::tr("Imported the %1 of %2 for plan %3.")
                   .arg(approval->decision == core::ApprovalSignature::Decision::Approve
                            ? Tr::tr("approval")
                            : Tr::tr("rejection"),
                        stored->identityName, approval->planDigest.left(12)));
    return stored->deploymentId ? report(*stored->deploymentId) : Cli::Done;
}

int Commands::list(std::optional<core::DeploymentId> deployment)
{
    if (deployment)
        return report(*deployment);
    auto running = m_ws.deployments().withStatus(core::DeploymentStatus::Running);
    if (!running.ok())
        return fail(m_out, running.error());
    QJsonArray array;
    for (const core::Deployment &d : *running) {
        auto eval = m_service.evaluate(d);
        if (!eval.ok() || !eval->required)
            continue;
        m_out.line(Tr::tr("#%1 %2 %3 requested by %4: %5")
                       .arg(d.id)
                       .arg(d.version, d.planDigest.left(12), d.requestedBy, eval->summary()));
        QJsonObject o = evaluationJson(*eval);
        o.insert(u"deployment"_s, d.id);
        o.insert(u"plan_digest"_s, d.planDigest);
        o.insert(u"requested_by"_s, d.requestedBy);
        array.append(o);
    }
    if (m_out.json())
        m_out.document(array);
    return Cli::Done;
}

int Commands::policyShow(const QString &envName)
{
    auto env = m_ws.environments().byName(envName);
    if (!env.ok())
        return fail(m_out, env.error());
    auto policy = m_service.policyFor(env->id);
    if (!policy.ok())
        return fail(m_out, policy.error());
    m_out.line(Tr::tr("%1: %2").arg(env->name, policy->describe()));
    if (m_out.json())
        m_out.document(policy->toJson());
    return Cli::Done;
}

int Commands::policySet(const QString &envName, const QCommandLineParser &parser, bool stdinPass)
{
    auto env = m_ws.environments().byName(envName);
    if (!env.ok())
        return fail(m_out, env.error());
    auto current = m_service.policyFor(env->id);
    if (!current.ok())
        return fail(m_out, current.error());
    core::ApprovalPolicy p = *current;
    if (parser.isSet(u"required"_s))
        p.requiredApprovals = qMax(0, parser.value(u"required"_s).toInt());
    if (parser.isSet(u"allow"_s))
        p.allowedIdentities = parser.value(u"allow"_s).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(u"groups"_s))
        p.allowedGroups = parser.value(u"groups"_s).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(u"kinds"_s)) {
        const QStringList kinds = parser.value(u"kinds"_s).split(u',', Qt::SkipEmptyParts);
        p.forDeploy = kinds.contains(u"deploy"_s);
        p.forRollback = kinds.contains(u"rollback"_s);
        p.forContractMigration = kinds.contains(u"contract"_s);
    }
    if (parser.isSet(u"lifetime"_s))
        p.lifetimeMinutes = qMax(1, parser.value(u"lifetime"_s).toInt());
    if (parser.isSet(u"emergency-rollback"_s))
        p.emergencyRollback = parser.value(u"emergency-rollback"_s) == u"yes";
    std::optional<core::Ed25519> key;
    if (const auto me = m_identities.byName(m_actor); me.ok()) {
        auto pass = passphrase(Tr::tr("Passphrase for %1: ").arg(m_actor), stdinPass, false);
        if (!pass.ok())
            return fail(m_out, pass.error());
        auto unlocked = unlockKey(m_actor, *pass, me->publicKey);
        if (!unlocked.ok())
            return fail(m_out, unlocked.error());
        key.emplace(std::move(*unlocked));
    }
    if (auto set = m_service.setPolicy(env->id, p, m_actor, key ? &*key : nullptr); !set.ok())
        return fail(m_out, set.error());
    m_out.line(Tr::tr("Policy of %1: %2").arg(env->name, p.describe()));
    return Cli::Done;
}

} // namespace

QString CliApprovals::actorName(core::Workspace &workspace, const QString &identityOption)
{
    if (!identityOption.isEmpty())
        return identityOption;
    const QString fromEnv = qEnvironmentVariable("SWITCHYARD_IDENTITY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    auto role = core::IdentityRepository(workspace.database(), workspace.dialect()).forSessionRole();
    if (role.ok() && *role)
        return (*role)->name;
    return currentUserName();
}

int CliApprovals::run(const QString &command,
                      const QStringList &arguments,
                      const QString &workspaceLocation,
                      const CliOutput &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        command == u"identity"    ? Tr::tr("Identities: Ed25519 keys that sign approvals (create, list, "
                                              "export-public, register, rotate, revoke).")
        : command == u"approve"   ? Tr::tr("Sign an approval (or rejection) of a deployment's plan.")
        : command == u"approvals" ? Tr::tr("Import a signed approval file, or list approvals.")
        : command == u"login"     ? Tr::tr("Store a team workspace's database password in the keychain.")
                                  : Tr::tr("Show or set an environment's approval policy."));
    parser.addHelpOption();
    parser.addOption({u"json"_s, Tr::tr("Machine-readable output (JSON on stdout).")});
    parser.addOption({u"identity"_s,
                      Tr::tr("Who I am (default $SWITCHYARD_IDENTITY, the database role's "
                             "identity, or the OS user)."),
                      Tr::tr("name")});
    parser.addOption(
        {u"passphrase-stdin"_s, Tr::tr("Read the passphrase from the first line of standard input.")});
    if (command == u"identity") {
        parser.addPositionalArgument(u"action"_s,
                                     Tr::tr("create, list, export-public, register, rotate or revoke"));
        parser.addOption({u"name"_s, Tr::tr("The identity's name."), Tr::tr("name")});
        parser.addOption(
            {u"group"_s, Tr::tr("A group the identity belongs to (repeatable)."), Tr::tr("group")});
        parser.addOption({u"public-key"_s, Tr::tr("register: the base64 public key."), Tr::tr("key")});
    } else if (command == u"approve") {
        parser.addOption({u"deployment"_s, Tr::tr("The deployment to approve."), Tr::tr("id")});
        parser.addOption({u"plan-digest"_s, Tr::tr("The plan digest to approve."), Tr::tr("digest")});
        parser.addOption({u"reject"_s, Tr::tr("Reject instead of approve.")});
        parser.addOption({u"comment"_s, Tr::tr("A comment, signed with the decision."), Tr::tr("text")});
        parser.addOption(
            {u"out"_s, Tr::tr("Write a signed approval file instead of recording it."), Tr::tr("file")});
        parser.addOption({u"expires-in"_s,
                          Tr::tr("Minutes the approval stays valid (default: the policy's)."),
                          Tr::tr("minutes")});
    } else if (command == u"approvals") {
        parser.addPositionalArgument(u"action"_s, Tr::tr("import FILE, or list"));
        parser.addPositionalArgument(u"file"_s, Tr::tr("import: the approval file."));
        parser.addOption({u"deployment"_s, Tr::tr("The deployment it is for."), Tr::tr("id")});
    } else if (command == u"policy") {
        parser.addPositionalArgument(u"action"_s, Tr::tr("show or set"));
        parser.addOption({u"env"_s, Tr::tr("Environment name."), Tr::tr("name")});
        parser.addOption({u"required"_s, Tr::tr("Approvals required (0: none)."), Tr::tr("n")});
        parser.addOption(
            {u"allow"_s, Tr::tr("Identities allowed to approve, comma-separated."), Tr::tr("names")});
        parser.addOption(
            {u"groups"_s, Tr::tr("Groups allowed to approve, comma-separated."), Tr::tr("groups")});
        parser.addOption(
            {u"kinds"_s, Tr::tr("What needs approval: deploy,rollback,contract."), Tr::tr("kinds")});
        parser.addOption({u"lifetime"_s, Tr::tr("Minutes an approval stays good."), Tr::tr("minutes")});
        parser.addOption(
            {u"emergency-rollback"_s, Tr::tr("yes: an emergency rollback may go alone."), Tr::tr("yes|no")});
    }
    if (!parser.parse(QStringList{u"switchyard "_s + command} + arguments)) {
        out.error(
            Tr::tr("%1: %2\nRun “switchyard %1 --help” for its options.").arg(command, parser.errorText()));
        return Cli::BadInput;
    }
    if (parser.isSet(u"help"_s)) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), u"switchyard "_s + command);
        out.line(help.trimmed());
        return Cli::Done;
    }
    const QString action = parser.positionalArguments().value(0);
    const bool stdinPass = parser.isSet(u"passphrase-stdin"_s);
    auto deploymentOption = [&]() -> std::optional<core::DeploymentId> {
        if (!parser.isSet(u"deployment"_s))
            return std::nullopt;
        return parser.value(u"deployment"_s).toLongLong();
    };
    auto need = [&](const QString &option) {
        if (parser.isSet(option) && !parser.value(option).isEmpty())
            return true;
        out.error(Tr::tr("%1 %2: --%3 is required.").arg(command, action, option));
        return false;
    };
    if (command == u"identity" &&
        !QStringList{u"create"_s, u"list"_s, u"export-public"_s, u"register"_s, u"rotate"_s, u"revoke"_s}
             .contains(action)) {
        out.error(Tr::tr("identity: the action is create, list, export-public, register, rotate or revoke."));
        return Cli::BadInput;
    }
    if (command == u"approvals" && action != u"import" && action != u"list") {
        out.error(Tr::tr("approvals: the action is “import FILE” or “list”."));
        return Cli::BadInput;
    }
    if (command == u"login" && !workspaceLocation.startsWith(u"postgres"_s)) {
        out.error(
            Tr::tr("login: give a team workspace with --workspace postgresql://user@host:port/database."));
        return Cli::BadInput;
    }
    if (command == u"policy" && action != u"show" && action != u"set") {
        out.error(Tr::tr("policy: the action is “show” or “set”."));
        return Cli::BadInput;
    }
    if (command == u"approve" && parser.isSet(u"deployment"_s) == parser.isSet(u"plan-digest"_s)) {
        out.error(Tr::tr("approve: give exactly one of --deployment ID and --plan-digest D."));
        return Cli::BadInput;
    }
    if (command == u"approve" && parser.isSet(u"deployment"_s) && deploymentOption().value_or(0) <= 0) {
        out.error(Tr::tr("approve: --deployment needs a deployment number."));
        return Cli::BadInput;
    }

    if (command == u"login") {
        auto password = passphrase(
            Tr::tr("Database password for %1: ").arg(TeamPassword::keyFor(workspaceLocation).mid(10)),
            stdinPass, false);
        if (!password.ok())
            return fail(out, password.error());
        if (auto stored = TeamPassword::store(workspaceLocation, *password); !stored.ok())
            return fail(out, stored.error());
        out.line(Tr::tr("The password is in the keychain; --workspace %1 now finds it there.")
                     .arg(TeamPassword::keyFor(workspaceLocation).mid(10)));
        return Cli::Done;
    }
    auto opened = core::Workspace::open(TeamPassword::withPassword(workspaceLocation));
    if (!opened.ok()) {
        out.error(opened.error().message);
        return CliOutput::exitCodeFor(opened.error());
    }
    core::Workspace &ws = **opened;
    const QString me = requestedIdentity(parser);
    Commands commands(ws, out, actorName(ws, me));
    if (command == u"identity") {
        if (action == u"list")
            return commands.identityList();
        if (!need(u"name"_s))
            return Cli::BadInput;
        const QString name = parser.value(u"name"_s);
        const QStringList groups = parser.values(u"group"_s);
        if (action == u"create")
            return commands.identityCreate(name, groups, stdinPass);
        if (action == u"export-public")
            return commands.identityExport(name);
        if (action == u"register")
            return need(u"public-key"_s)
                       ? commands.identityRegister(name, parser.value(u"public-key"_s), groups)
                       : Cli::BadInput;
        if (action == u"rotate")
            return commands.identityRotate(name, stdinPass);
        return commands.identityRevoke(name);
    }
    if (command == u"approve")
        return commands.approve(deploymentOption(), parser.value(u"plan-digest"_s), parser.isSet(u"reject"_s),
                                parser.value(u"comment"_s), parser.value(u"out"_s),
                                parser.value(u"expires-in"_s).toInt(), stdinPass);
    if (command == u"approvals") {
        if (action == u"list")
            return commands.list(deploymentOption());
        const QString file = parser.positionalArguments().value(1);
        if (file.isEmpty()) {
            out.error(Tr::tr("approvals import: name the approval file."));
            return Cli::BadInput;
        }
        return commands.importFile(file, deploymentOption());
    }
    if (!need(u"env"_s))
        return Cli::BadInput;
    if (action == u"show")
        return commands.policyShow(parser.value(u"env"_s));
    return commands.policySet(parser.value(u"env"_s), parser, stdinPass);
}

} // namespace app
