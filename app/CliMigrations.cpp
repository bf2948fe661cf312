#include "CliMigrations.h"

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "Cli.h"
#include "CliOutput.h"
#include "core/engine/MigrationRunner.h"
#include "core/model/EnvironmentDatabase.h"
#include "core/model/Release.h"
#include "core/policy/MigrationLinter.h"
#include "core/policy/ReleaseMigrations.h"
#include "core/secrets/SecretStore.h"
#include "core/store/EnvironmentDatabaseRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(app::CliMigrations)
};

// Errors that mean the input is wrong rather than the run failing.
int exitCodeFor(const core::Error &error)
{
    static const QSet<QString> badInput{u"migration.bad_url"_s,
                                        u"migration.bad_name"_s,
                                        u"migration.unreadable"_s,
                                        u"migration.syntax"_s,
                                        u"migration.parser"_s,
                                        u"migration.bad_requirement"_s,
                                        u"migration.duplicate_version"_s,
                                        u"migration.connect"_s,
                                        u"migration.driver"_s};
    if (error.code == u"migration.out_of_order" || error.code.startsWith(u"policy."_s))
        return Cli::Blocked;
    return badInput.contains(error.code) ? Cli::BadInput : Cli::Failed;
}

QJsonObject errorJson(const core::Error &error)
{
    return QJsonObject{{u"code"_s, error.code}, {u"message"_s, error.message}};
}

QStringList folderFiles(const QString &dir, const CliOutput &out, bool *ok)
{
    *ok = QFileInfo(dir).isDir();
    if (!*ok) {
        out.error(Tr::tr("%1 is not a folder of migration files.").arg(dir));
        return {};
    }
    return core::MigrationRunner::migrationFiles(dir);
}

} // namespace

int CliMigrations::fromEnvironment(const QString &workspaceLocation,
                                   const QString &envName,
                                   const QString &releaseVersion,
                                   bool forApply,
                                   const CliOutput &out,
                                   Target *target)
{
    auto opened = core::Workspace::open(workspaceLocation);
    if (!opened.ok()) {
        out.error(opened.error().message);
        return CliOutput::exitCodeFor(opened.error());
    }
    core::Workspace &workspace = **opened;
    auto env = workspace.environments().byName(envName);
    if (!env.ok()) {
        out.error(env.error().message);
        return CliOutput::exitCodeFor(env.error());
    }
    auto database =
        core::EnvironmentDatabaseRepository(workspace.database(), workspace.dialect()).get(env->id);
    if (!database.ok()) {
        out.error(database.error().message);
        return Cli::Failed;
    }
    if (!*database) {
        out.error(
            Tr::tr("%1 has no database: bind one with “switchyard env set-database --env %1 --url URL”.")
                .arg(env->name));
        return Cli::BadInput;
    }
    std::optional<core::Release> release;
    if (!releaseVersion.isEmpty()) {
        auto r = workspace.releases().byVersion(env->serviceId, releaseVersion);
        if (!r.ok()) {
            out.error(r.error().message);
            return CliOutput::exitCodeFor(r.error());
        }
        release = std::move(r).value();
    } else {
        auto all = workspace.releases().list(env->serviceId);
        if (!all.ok()) {
            out.error(all.error().message);
            return Cli::Failed;
        }
        for (auto it = all->crbegin(); it != all->crend() && !release; ++it) {
            if (!it->migrations.isEmpty())
                release = *it;
        }
        if (!release) {
            out.error(Tr::tr("No release of %1's service has migrations (release add --migrations DIR).")
                          .arg(env->name));
            return Cli::BadInput;
        }
    }
    auto migrations = core::ReleaseMigrations::inspect(*release);
    if (!migrations.ok()) {
        out.error(migrations.error().message);
        return exitCodeFor(migrations.error());
    }
    if (forApply) {
        if (auto refused = migrations->refuseBreaking(release->version); !refused.ok()) {
            out.error(refused.error().message);
            return exitCodeFor(refused.error());
        }
    }
    for (const core::ReleaseMigrations::Entry &e : migrations->entries())
        target->files << e.path;
    const core::EnvironmentDatabase &db = **database;
    target->url = db.url;
    target->lockTimeoutMs = db.lockTimeoutMs;
    out.line(Tr::tr("%1: database %2, migrations of release %3 (%n file(s)).", nullptr,
                    static_cast<int>(target->files.size()))
                 .arg(env->name, db.url, release->version));
    if (db.passwordKey.isEmpty())
        return Cli::Done;
    auto password = readPassword(db.passwordKey);
    if (!password.ok()) {
        out.error(Tr::tr("The password of %1 could not be read from the keychain: %2")
                      .arg(db.url, password.error().message));
        return Cli::Failed;
    }
    target->password = *password;
    return Cli::Done;
}

core::Result<QString> CliMigrations::readPassword(const QString &passwordKey)
{
    // The keychain answers asynchronously; the CLI has nothing else to do meanwhile.
    core::SecretStore secrets(QString::fromLatin1(core::kDatabaseSecretService));
    QEventLoop loop;
    std::optional<core::Result<QByteArray>> password;
    secrets.read(passwordKey, &loop, [&password, &loop](core::Result<QByteArray> read) {
        password = std::move(read);
        loop.quit();
    });
    if (!password)
        loop.exec();
    if (!password->ok())
        return password->error();
    return QString::fromUtf8(**password);
}

int CliMigrations::run(const QString &workspaceLocation, const QStringList &arguments, const CliOutput &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Lint PostgreSQL migrations for zero-downtime safety (locks, rewrites, breaking changes)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s, Tr::tr("lint, status or apply"));
    parser.addPositionalArgument(
        u"paths"_s, Tr::tr("lint: migration files or folders of *.sql files, in order."), Tr::tr("PATH…"));
    parser.addOption({u"json"_s, Tr::tr("One JSON document on stdout.")});
    parser.addOption({u"contract"_s, Tr::tr("lint: a contract release, breaking old code is expected.")});
    parser.addOption({u"database"_s,
                      Tr::tr("status, apply: the PostgreSQL database, postgresql://user@host:port/database."),
                      Tr::tr("URL")});
    parser.addOption({u"dir"_s, Tr::tr("status, apply: the folder of <version>_<name>.sql migration files."),
                      Tr::tr("PATH")});
    parser.addOption({u"env"_s,
                      Tr::tr("status, apply: instead of --database and --dir, the environment's database "
                             "(env set-database) and a release's migrations."),
                      Tr::tr("NAME")});
    parser.addOption({u"release"_s,
                      Tr::tr("status, apply with --env: the release whose migrations count (default: the "
                             "newest release of the service that has migrations)."),
                      Tr::tr("VERSION")});
    parser.addOption({u"dry-run"_s, Tr::tr("apply: show the plan, change nothing.")});
    parser.addOption({u"include-all"_s, Tr::tr("apply: also apply pending versions older than the newest "
                                               "applied one (refused without it).")});
    parser.addOption({u"lock-timeout"_s,
                      Tr::tr("apply: lock_timeout for migration statements in milliseconds (default %1, 0 "
                             "for none).")
                          .arg(core::MigrationRunner::Options{}.lockTimeoutMs),
                      Tr::tr("MS")});
    if (!parser.parse(QStringList{u"switchyard migrations"_s} + arguments)) {
        out.error(Tr::tr("migrations: %1\nRun “switchyard migrations --help” for its options.")
                      .arg(parser.errorText()));
        return Cli::BadInput;
    }
    if (parser.isSet(u"help"_s)) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), u"switchyard migrations"_s);
        out.line(help.trimmed());
        return Cli::Done;
    }
    QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == u"status" || action == u"apply") {
        Target target;
        const QString envName = parser.value(u"env"_s);
        if (!envName.isEmpty()) {
            if (positional.size() > 1 || parser.isSet(u"database"_s) || parser.isSet(u"dir"_s)) {
                out.error(
                    Tr::tr("migrations %1: give either --env NAME or --database URL and --dir PATH (and no "
                           "other arguments).")
                        .arg(action));
                return Cli::BadInput;
            }
            if (const int failed = fromEnvironment(workspaceLocation, envName, parser.value(u"release"_s),
                                                   action == u"apply", out, &target);
                failed != Cli::Done)
                return failed;
        } else {
            target.url = parser.value(u"database"_s);
            const QString dir = parser.value(u"dir"_s);
            if (positional.size() > 1 || target.url.isEmpty() || dir.isEmpty() ||
                parser.isSet(u"release"_s)) {
                out.error(Tr::tr("migrations %1: give --database URL and --dir PATH, or --env NAME "
                                 "[--release VERSION] (and no other arguments).")
                              .arg(action));
                return Cli::BadInput;
            }
            bool ok = false;
            target.files = folderFiles(dir, out, &ok);
            if (!ok)
                return Cli::BadInput;
        }
        if (action == u"status")
            return status(target, out);
        if (parser.isSet(u"lock-timeout"_s)) {
            bool number = false;
            target.lockTimeoutMs = parser.value(u"lock-timeout"_s).toInt(&number);
            if (!number || target.lockTimeoutMs < 0) {
                out.error(
                    Tr::tr("migrations apply: --lock-timeout takes a number of milliseconds (0 or more)."));
                return Cli::BadInput;
            }
        }
        return apply(target, parser.isSet(u"dry-run"_s), parser.isSet(u"include-all"_s), out);
    }
    if (action != u"lint") {
        out.error(Tr::tr(
            "migrations: the action is “lint”, “status” or “apply”. Run “switchyard migrations --help”."));
        return Cli::BadInput;
    }
    positional.removeFirst();
    if (positional.isEmpty()) {
        out.error(Tr::tr("migrations lint: name at least one migration file or folder."));
        return Cli::BadInput;
    }
    return lint(positional, parser.isSet(u"contract"_s), out);
}

int CliMigrations::lint(const QStringList &paths, bool contract, const CliOutput &out)
{
    core::MigrationLinter linter(core::MigrationLinter::Options{contract});
    // The findings array is written straight to bytes (the same bytes QJsonDocument::Compact
    // writes) and each file's lines go out in one write: lint sets run to tens of thousands.
    QByteArray findings("[");
    bool badInput = false;
    int files = 0;
    int contractFiles = 0;
    int counts[3] = {0, 0, 0};
    for (const QString &path : paths) {
        const QStringList pathFiles = core::MigrationLinter::migrationFiles(path);
        if (pathFiles.isEmpty()) {
            out.error(Tr::tr("%1: the folder holds no .sql migration files.").arg(path));
            badInput = true;
        }
        for (const QString &file : pathFiles) {
            auto report = linter.lintFile(file);
            if (!report.ok()) {
                out.error(report.error().message);
                badInput = true;
                continue;
            }
            ++files;
            if (report->kind == core::MigrationKind::Contract)
                ++contractFiles;
            QString lines;
            for (const core::MigrationFinding &f : report->findings) {
                ++counts[static_cast<int>(f.severity)];
                if (out.json()) {
                    if (findings.size() > 1)
                        findings.append(',');
                    f.appendCompactJson(findings);
                }
                lines += u"%1:%2:%3: %4 [%5] %6\n    "_s.arg(f.file).arg(f.line).arg(f.column).arg(
                             core::findingSeverityToString(f.severity), f.rule, f.message) +
                         f.suggestion + u'\n';
            }
            lines += report->kind == core::MigrationKind::Contract
                         ? Tr::tr("%1: contract migration (breaks code that still runs)").arg(file)
                         : Tr::tr("%1: expand migration (backward compatible)").arg(file);
            out.line(lines);
        }
    }
    findings.append(']');
    const int errors = counts[static_cast<int>(core::FindingSeverity::Error)];
    out.line(Tr::tr("Files: %1 (expand %2, contract %3) · errors: %4 · warnings: %5 · info: %6")
                 .arg(files)
                 .arg(files - contractFiles)
                 .arg(contractFiles)
                 .arg(errors)
                 .arg(counts[static_cast<int>(core::FindingSeverity::Warning)])
                 .arg(counts[static_cast<int>(core::FindingSeverity::Info)]));
    if (out.json())
        out.raw(findings);
    if (badInput)
        return Cli::BadInput;
    return errors > 0 ? Cli::Failed : Cli::Done;
}

int CliMigrations::status(const Target &target, const CliOutput &out)
{
    core::MigrationRunner::Options options;
    options.password = target.password;
    auto runner = core::MigrationRunner::open(target.url, target.files, std::move(options));
    if (!runner.ok()) {
        out.error(runner.error().message);
        if (out.json())
            out.document(QJsonObject{{u"error"_s, errorJson(runner.error())}});
        return exitCodeFor(runner.error());
    }
    auto rows = (*runner)->status();
    if (!rows.ok()) {
        out.error(rows.error().message);
        if (out.json())
            out.document(QJsonObject{{u"error"_s, errorJson(rows.error())}});
        return exitCodeFor(rows.error());
    }
    QJsonArray json;
    bool changed = false;
    for (const core::MigrationRunner::FileStatus &s : *rows) {
        changed = changed || s.checksum == core::MigrationRunner::Checksum::Changed;
        json.append(QJsonObject{{u"version"_s, s.version},
                                {u"name"_s, s.name},
                                {u"file"_s, s.file},
                                {u"state"_s, s.applied ? u"applied"_s : u"pending"_s},
                                {u"checksum"_s, core::MigrationRunner::checksumToString(s.checksum)}});
        QString checksum;
        switch (s.checksum) {
        case core::MigrationRunner::Checksum::Match:
            checksum = Tr::tr("checksum matches");
            break;
        case core::MigrationRunner::Checksum::Changed:
            checksum = Tr::tr("CHANGED since it was applied");
            break;
        case core::MigrationRunner::Checksum::NotRecorded:
            checksum = Tr::tr("no checksum recorded");
            break;
        case core::MigrationRunner::Checksum::None:
            break;
        }
        const QString state = s.file.isEmpty() ? Tr::tr("applied, no local file")
                              : s.applied      ? Tr::tr("applied")
                                               : Tr::tr("pending");
        out.line(checksum.isEmpty() ? u"%1  %2  %3"_s.arg(s.version, s.name, state)
                                    : u"%1  %2  %3, %4"_s.arg(s.version, s.name, state, checksum));
    }
    if (out.json())
        out.document(json);
    return changed ? Cli::Failed : Cli::Done;
}

int CliMigrations::apply(const Target &target, bool dryRun, bool includeAll, const CliOutput &out)
{
    core::MigrationRunner::Options options;
    options.includeAll = includeAll;
    options.lockTimeoutMs = target.lockTimeoutMs;
    options.password = target.password;
    options.progress = [&out](const QString &line) { out.line(line); };
    auto runner = core::MigrationRunner::open(target.url, target.files, std::move(options));
    if (!runner.ok()) {
        out.error(runner.error().message);
        if (out.json())
            out.document(QJsonObject{{u"error"_s, errorJson(runner.error())}});
        return exitCodeFor(runner.error());
    }
    auto report = (*runner)->apply(dryRun);
    if (!report.ok()) {
        out.error(report.error().message);
        if (out.json())
            out.document(QJsonObject{{u"dry_run"_s, dryRun}, {u"error"_s, errorJson(report.error())}});
        return exitCodeFor(report.error());
    }
    QJsonArray steps;
    for (const core::MigrationRunner::Step &step : report->steps) {
        steps.append(
            QJsonObject{{u"version"_s, step.version},
                        {u"name"_s, step.name},
                        {u"file"_s, step.file},
                        {u"statements"_s, step.statements},
                        {u"mode"_s, step.inTransaction ? u"transaction"_s : u"statement_by_statement"_s},
                        {u"reason"_s, step.outsideTransactionReason}});
    }
    if (!dryRun && !report->verified.isEmpty())
        out.line(Tr::tr("Verified: %1").arg(report->verified.join(u", "_s)));
    if (out.json()) {
        out.document(QJsonObject{{u"dry_run"_s, dryRun},
                                 {dryRun ? u"plan"_s : u"applied"_s, steps},
                                 {u"already_applied"_s, report->alreadyApplied},
                                 {u"verified"_s, QJsonArray::fromStringList(report->verified)}});
    }
    return Cli::Done;
}

} // namespace app
