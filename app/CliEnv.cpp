#include "CliEnv.h"

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

#include "Cli.h"
#include "CliOutput.h"
#include "core/model/EnvironmentDatabase.h"
#include "core/secrets/SecretStore.h"
#include "core/store/EnvironmentDatabaseRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(app::CliEnv)
};

// Runs one keychain call to its end (the CLI has nothing else to do meanwhile).
core::Status waitFor(const std::function<void(QObject *, core::SecretStore::StatusCallback)> &call)
{
    QEventLoop loop;
    std::optional<core::Status> result;
    call(&loop, [&result, &loop](core::Status status) {
        result = std::move(status);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

QJsonObject bindingJson(const QString &environment, const core::EnvironmentDatabase &db)
{
    return QJsonObject{{u"environment"_s, environment},
                       {u"url"_s, db.url},
                       {u"password_keychain_entry"_s,
                        db.passwordKey.isEmpty() ? QString()
                                                 : QString(QString::fromLatin1(core::kDatabaseSecretService) +
                                                           u'/' + db.passwordKey)},
                       {u"lock_timeout_ms"_s, db.lockTimeoutMs}};
}

} // namespace

int CliEnv::run(const QString &workspaceLocation, const QStringList &arguments, const CliOutput &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Environment settings: the PostgreSQL database its migrations go to."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s, Tr::tr("set-database or show-database"));
    parser.addOption({u"json"_s, Tr::tr("Machine-readable output (JSON on stdout).")});
    parser.addOption({u"env"_s, Tr::tr("Environment name (or service/environment)."), Tr::tr("name")});
    parser.addOption({u"url"_s,
                      Tr::tr("set-database: postgresql://user@host:port/database, without a password."),
                      Tr::tr("URL")});
    parser.addOption({u"password-stdin"_s,
                      Tr::tr("set-database: read the database password from standard input into the system "
                             "keychain.")});
    parser.addOption({u"lock-timeout"_s,
                      Tr::tr("set-database: lock_timeout for migration statements in milliseconds (default "
                             "%1).")
                          .arg(core::EnvironmentDatabase{}.lockTimeoutMs),
                      Tr::tr("MS")});
    if (!parser.parse(QStringList{u"switchyard env"_s} + arguments)) {
        out.error(Tr::tr("env: %1\nRun “switchyard env --help” for its options.").arg(parser.errorText()));
        return Cli::BadInput;
    }
    if (parser.isSet(u"help"_s)) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), u"switchyard env"_s);
        out.line(help.trimmed());
        return Cli::Done;
    }
    const QString action = parser.positionalArguments().value(0);
    if ((action != u"set-database" && action != u"show-database") ||
        parser.positionalArguments().size() != 1) {
        out.error(
            Tr::tr("env: the action is “set-database” or “show-database”. Run “switchyard env --help”."));
        return Cli::BadInput;
    }
    if (parser.value(u"env"_s).isEmpty()) {
        out.error(Tr::tr("env %1: --env is required.").arg(action));
        return Cli::BadInput;
    }
    auto opened = core::Workspace::open(workspaceLocation);
    if (!opened.ok()) {
        out.error(opened.error().message);
        return CliOutput::exitCodeFor(opened.error());
    }
    core::Workspace &workspace = **opened;
    auto env = workspace.environments().byName(parser.value(u"env"_s));
    if (!env.ok()) {
        out.error(env.error().message);
        return CliOutput::exitCodeFor(env.error());
    }
    core::EnvironmentDatabaseRepository repository(workspace.database(), workspace.dialect());
    auto existing = repository.get(env->id);
    if (!existing.ok()) {
        out.error(existing.error().message);
        return Cli::Failed;
    }
    if (action == u"show-database") {
        if (!*existing) {
            out.line(Tr::tr("%1 has no database.").arg(env->name));
            if (out.json())
                out.document(QJsonObject{{u"environment"_s, env->name}});
            return Cli::Done;
        }
        const core::EnvironmentDatabase &db = **existing;
        out.line(db.passwordKey.isEmpty()
                     ? Tr::tr("%1: %2 (no password stored), lock_timeout %3 ms")
                           .arg(env->name, db.url)
                           .arg(db.lockTimeoutMs)
                     : Tr::tr("%1: %2, password in the keychain entry %3/%4, lock_timeout %5 ms")
                           .arg(env->name, db.url, QString::fromLatin1(core::kDatabaseSecretService),
                                db.passwordKey)
                           .arg(db.lockTimeoutMs));
        if (out.json())
            out.document(bindingJson(env->name, db));
        return Cli::Done;
    }

    const QUrl url(parser.value(u"url"_s), QUrl::StrictMode);
    const QString display = url.toDisplayString(QUrl::RemovePassword);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres") ||
        url.path().size() < 2 || url.host().isEmpty()) {
        out.error(Tr::tr("env set-database: --url must be postgresql://user@host:port/database (got “%1”).")
                      .arg(display));
        return Cli::BadInput;
    }
    if (!url.password().isEmpty()) {
        out.error(Tr::tr("env set-database: the URL holds a password, and command lines are visible to other "
                         "users. Give the URL without it and pipe the password into --password-stdin."));
        return Cli::BadInput;
    }
    core::EnvironmentDatabase db;
    db.environmentId = env->id;
    db.url = url.toString(QUrl::RemoveQuery);
    if (parser.isSet(u"lock-timeout"_s)) {
        bool number = false;
        db.lockTimeoutMs = parser.value(u"lock-timeout"_s).toInt(&number);
        if (!number || db.lockTimeoutMs < 0) {
            out.error(Tr::tr("env set-database: --lock-timeout takes a number of milliseconds (0 or more)."));
            return Cli::BadInput;
        }
    }
    const QString oldKey = *existing ? (*existing)->passwordKey : QString();
    core::SecretStore secrets(QString::fromLatin1(core::kDatabaseSecretService));
    if (parser.isSet(u"password-stdin"_s)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            out.error(Tr::tr("env set-database: cannot read the password from standard input."));
            return Cli::BadInput;
        }
        QByteArray password = in.readAll();
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
        if (password.isEmpty()) {
            out.error(Tr::tr("env set-database: --password-stdin read an empty password."));
            return Cli::BadInput;
        }
        db.passwordKey = oldKey.isEmpty()
                             ? u"database/%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                             : oldKey;
        const core::Status stored = waitFor([&](QObject *context, core::SecretStore::StatusCallback done) {
            secrets.write(db.passwordKey, password, context, std::move(done));
        });
        password.fill('\0');
        if (!stored.ok()) {
            out.error(stored.error().message);
            return Cli::Failed;
        }
    } else if (!oldKey.isEmpty()) {
        // No password any more: forget the old one.
        const core::Status removed = waitFor([&](QObject *context, core::SecretStore::StatusCallback done) {
            secrets.remove(oldKey, context, std::move(done));
        });
        if (!removed.ok())
            out.error(removed.error().message);
    }
    if (auto saved = repository.set(db); !saved.ok()) {
        out.error(saved.error().message);
        return Cli::Failed;
    }
    out.line(Tr::tr("%1 migrates %2 now.").arg(env->name, db.url));
    if (out.json())
        out.document(bindingJson(env->name, db));
    return Cli::Done;
}

} // namespace app
