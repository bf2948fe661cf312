#include "CliMigrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include "Cli.h"
#include "CliOutput.h"
#include "core/policy/MigrationLinter.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(app::CliMigrations)
};

} // namespace

int CliMigrations::run(const QStringList &arguments, const CliOutput &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Lint PostgreSQL migrations for zero-downtime safety (locks, rewrites, breaking changes)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s, Tr::tr("lint"));
    parser.addPositionalArgument(u"paths"_s, Tr::tr("Migration files or folders of *.sql files, in order."),
                                 Tr::tr("PATH…"));
    parser.addOption({u"json"_s, Tr::tr("One JSON array of findings on stdout.")});
    parser.addOption({u"contract"_s, Tr::tr("Lint a contract release: breaking old code is expected.")});
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
    if (positional.value(0) != u"lint") {
        out.error(Tr::tr("migrations: the action is “lint”. Run “switchyard migrations --help”."));
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
    QJsonArray findings;
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
            for (const core::MigrationFinding &f : report->findings) {
                ++counts[static_cast<int>(f.severity)];
                findings.append(f.toJson());
                out.line(u"%1:%2:%3: %4 [%5] %6"_s.arg(f.file).arg(f.line).arg(f.column).arg(
                    core::findingSeverityToString(f.severity), f.rule, f.message));
                out.line(u"    "_s + f.suggestion);
            }
            out.line(report->kind == core::MigrationKind::Contract
                         ? Tr::tr("%1: contract migration (breaks code that still runs)").arg(file)
                         : Tr::tr("%1: expand migration (backward compatible)").arg(file));
        }
    }
    const int errors = counts[static_cast<int>(core::FindingSeverity::Error)];
    out.line(Tr::tr("Files: %1 (expand %2, contract %3) · errors: %4 · warnings: %5 · info: %6")
                 .arg(files)
                 .arg(files - contractFiles)
                 .arg(contractFiles)
                 .arg(errors)
                 .arg(counts[static_cast<int>(core::FindingSeverity::Warning)])
                 .arg(counts[static_cast<int>(core::FindingSeverity::Info)]));
    if (out.json())
        out.document(findings);
    if (badInput)
        return Cli::BadInput;
    return errors > 0 ? Cli::Failed : Cli::Done;
}

} // namespace app
