#include "CliTokens.h"

#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "Cli.h"
#include "CliOutput.h"
#include "core/model/Environment.h"
#include "core/model/ProviderSettings.h"
#include "core/secrets/ProviderTokens.h"
#include "core/secrets/SecretStore.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(app::CliTokens)
};

// Reads the token from standard input. On a terminal: a prompt on stderr and no echo.
QByteArray readToken(const QString &provider)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        const QByteArray prompt = Tr::tr("%1 API token (input hidden), then Enter: ")
                                      .arg(core::ProviderSettings::displayName(provider))
                                      .toUtf8();
        std::fwrite(prompt.constData(), 1, static_cast<size_t>(prompt.size()), stderr);
        std::fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    QFile in;
    QByteArray token;
    if (in.open(stdin, QIODevice::ReadOnly))
        token = terminal ? in.readLine() : in.readAll();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    // One trailing line break (and surrounding blanks) is how a token arrives from echo or a file.
    return token.trimmed();
}

// Runs the event loop until `finished` is true (the keychain answers asynchronously).
void waitFor(QEventLoop &loop, const bool &finished)
{
    if (!finished)
        loop.exec();
}

} // namespace

int CliTokens::run(const QStringList &arguments, const QString &workspaceLocation, const CliOutput &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr(
            "Provider API tokens in the OS keychain. The token is read from standard input, never from the "
            "command line. In the CLI, %1, %2 and %3 win over the keychain when set.")
            .arg(core::ProviderSettings::tokenEnvironmentVariable(u"vercel"_s),
                 core::ProviderSettings::tokenEnvironmentVariable(u"supabase"_s),
                 core::ProviderSettings::tokenEnvironmentVariable(u"cloudflare"_s)));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s, Tr::tr("set, status or remove"));
    parser.addOption({u"env"_s, Tr::tr("Environment name (or service/environment)."), Tr::tr("name")});
    parser.addOption({u"provider"_s, Tr::tr("vercel, supabase or cloudflare."), Tr::tr("provider")});
    parser.addOption({u"json"_s, Tr::tr("Machine-readable output (JSON on stdout).")});
    if (!parser.parse(QStringList{u"switchyard token"_s} + arguments)) {
        out.error(
            Tr::tr("token: %1\nRun “switchyard token --help” for its options.").arg(parser.errorText()));
        return Cli::BadInput;
    }
    if (parser.isSet(u"help"_s)) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), u"switchyard token"_s);
        out.line(help.trimmed());
        return Cli::Done;
    }
    const QString action = parser.positionalArguments().value(0);
    const QString envName = parser.value(u"env"_s);
    const QString provider = parser.value(u"provider"_s);
    if (parser.positionalArguments().size() != 1 ||
        (action != u"set" && action != u"status" && action != u"remove")) {
        out.error(Tr::tr("token: the action is “set”, “status” or “remove”. Run “switchyard token --help”."));
        return Cli::BadInput;
    }
    if (!provider.isEmpty() && !core::ProviderSettings::isKnownProvider(provider)) {
        out.error(Tr::tr("token: unknown provider “%1”: say vercel, supabase or cloudflare.").arg(provider));
        return Cli::BadInput;
    }
    if (action != u"status" && (envName.isEmpty() || provider.isEmpty())) {
        out.error(Tr::tr("token %1: --env and --provider are required.").arg(action));
        return Cli::BadInput;
    }

    auto opened = core::Workspace::open(workspaceLocation);
    if (!opened.ok()) {
        out.error(opened.error().message);
        return CliOutput::exitCodeFor(opened.error());
    }
    core::Workspace &ws = **opened;
    core::SecretStore store(QString::fromLatin1(core::ProviderTokens::kKeychainService));
    core::ProviderTokens tokens(store);
    tokens.setEnvironmentVariablesWin(true);
    QEventLoop loop;

    QList<core::Environment> envs;
    if (!envName.isEmpty()) {
        auto env = ws.environments().byName(envName);
        if (!env.ok()) {
            out.error(env.error().message);
            return CliOutput::exitCodeFor(env.error());
        }
        envs.append(*env);
    } else {
        auto all = ws.environments().list();
        if (!all.ok()) {
            out.error(all.error().message);
            return Cli::Failed;
        }
        envs = *all;
    }

    if (action == u"set" || action == u"remove") {
        const core::Environment &env = envs.constFirst();
        std::optional<core::Status> result;
        bool finished = false;
        auto done = [&](core::Status s) {
            result = std::move(s);
            finished = true;
            loop.quit();
        };
        if (action == u"set") {
            QByteArray token = readToken(provider);
            tokens.storeFor(ws.environments(), env.id, provider, token, &loop, done);
            token.fill('\0');
        } else {
            tokens.removeFor(ws.environments(), env.id, provider, &loop, done);
        }
        waitFor(loop, finished);
        if (!result->ok()) {
            out.error(result->error().message);
            const QString &code = result->error().code;
            return code == u"tokens.empty" || code == u"tokens.invalid" || code == u"tokens.bad_provider"
                       ? Cli::BadInput
                       : Cli::Failed;
        }
        const QString name = core::ProviderSettings::displayName(provider);
        out.line(action == u"set"
                     ? Tr::tr("Stored the %1 token of %2 in the keychain.").arg(name, env.name)
                     : Tr::tr("Removed the %1 token of %2 from the keychain.").arg(name, env.name));
        const QString variable = core::ProviderSettings::tokenEnvironmentVariable(provider);
        if (!qgetenv(variable.toLocal8Bit().constData()).trimmed().isEmpty())
            out.line(Tr::tr("Note: %1 is set; the CLI uses it instead of the keychain.").arg(variable));
        if (out.json()) {
            out.document(QJsonObject{{u"environment"_s, env.name},
                                     {u"provider"_s, provider},
                                     {u"action"_s, action},
                                     {u"ok"_s, true}});
        }
        return Cli::Done;
    }

    // status
    const QStringList providers =
        provider.isEmpty() ? core::ProviderSettings::providers() : QStringList{provider};
    QJsonArray array;
    bool failed = false;
    for (const core::Environment &env : std::as_const(envs)) {
        for (const QString &p : providers) {
            const core::ProviderSettings settings = core::ProviderSettings::of(env, p);
            std::optional<core::Result<core::ProviderTokens::State>> state;
            bool finished = false;
            tokens.state(settings, &loop, [&](core::Result<core::ProviderTokens::State> s) {
                state = std::move(s);
                finished = true;
                loop.quit();
            });
            waitFor(loop, finished);
            const QString name = core::ProviderSettings::displayName(p);
            if (!state->ok()) {
                failed = true;
                out.error(Tr::tr("%1 %2: %3").arg(env.name, name, state->error().message));
                array.append(QJsonObject{
                    {u"environment"_s, env.name}, {u"provider"_s, p}, {u"error"_s, state->error().message}});
                continue;
            }
            const core::ProviderTokens::State &s = **state;
            out.line(u"%1 %2 %3"_s.arg(env.name, -14).arg(name, -11).arg(core::ProviderTokens::describe(s)));
            array.append(QJsonObject{{u"environment"_s, env.name},
                                     {u"provider"_s, p},
                                     {u"stored"_s, s.source == core::ProviderTokens::Source::Keychain},
                                     {u"source"_s, core::ProviderTokens::sourceKey(s.source)},
                                     {u"keychain_entry"_s, s.entry},
                                     {u"variable"_s, s.variable},
                                     {u"variable_set"_s, s.variableSet}});
        }
    }
    if (out.json())
        out.document(array);
    return failed ? Cli::Failed : Cli::Done;
}

} // namespace app
