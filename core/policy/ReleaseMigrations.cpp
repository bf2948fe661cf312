#include "ReleaseMigrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include "core/model/Release.h"
#include "core/policy/MigrationFile.h"
#include "core/policy/MigrationLinter.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::ReleaseMigrations)
};

} // namespace

QString ReleaseMigrations::Entry::summary() const
{
    QStringList rules;
    for (const MigrationFinding &f : report.findings) {
        const QString rule = u"%1 (%2)"_s.arg(f.rule, findingSeverityToString(f.severity));
        if (!rules.contains(rule))
            rules << rule;
    }
    const QString mode = inTransaction ? Tr::tr("%n statement(s) in one transaction", nullptr, statements)
                                       : Tr::tr("%n statement(s) one by one", nullptr, statements);
    const QString lint = Tr::tr("lint: %1 error(s), %2 warning(s), %3 info")
                             .arg(report.count(FindingSeverity::Error))
                             .arg(report.count(FindingSeverity::Warning))
                             .arg(report.count(FindingSeverity::Info));
    QString text = u"%1 · %2 · %3"_s.arg(migrationKindToString(report.kind), mode, lint);
    if (!rules.isEmpty())
        text += u" — "_s + rules.join(u", "_s);
    return text;
}

Result<QJsonArray> ReleaseMigrations::describeFolder(const QString &dir)
{
    if (!QFileInfo(dir).isDir()) {
        return Error{
            u"release.migrations_empty"_s, Tr::tr("%1 is not a folder of migration files.").arg(dir), {}};
    }
    const QStringList files = MigrationLinter::migrationFiles(dir);
    if (files.isEmpty()) {
        return Error{u"release.migrations_empty"_s,
                     Tr::tr("%1 holds no <version>_<name>.sql migration files.").arg(dir),
                     {}};
    }
    QJsonArray out;
    for (const QString &path : files) {
        auto file = MigrationFile::load(path);
        if (!file.ok())
            return file.error();
        out.append(QJsonObject{
            {u"file"_s, file->fileName()}, {u"version"_s, file->version()}, {u"sha256"_s, file->sha256()}});
    }
    return out;
}

Result<ReleaseMigrations> ReleaseMigrations::inspect(const Release &release)
{
    ReleaseMigrations out;
    out.m_contract = release.contract;
    if (release.migrations.isEmpty())
        return out;
    QHash<QString, QString> recorded; // file name -> sha256
    for (const QJsonValue &v : release.migrations) {
        const QJsonObject o = v.toObject();
        recorded.insert(o.value(u"file"_s).toString(), o.value(u"sha256"_s).toString());
    }
    const QStringList files = QFileInfo(release.migrationsDir).isDir()
                                  ? MigrationLinter::migrationFiles(release.migrationsDir)
                                  : QStringList();
    QSet<QString> seen;
    MigrationLinter linter(MigrationLinter::Options{release.contract});
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        if (!recorded.contains(name)) {
            return Error{
                u"release.migrations_changed"_s,
                Tr::tr("%1 is in the migrations folder of %2 but was not part of the release when it "
                       "was registered. Register a new release for new migrations.")
                    .arg(path, release.version),
                {}};
        }
        auto file = MigrationFile::load(path);
        if (!file.ok())
            return file.error();
        if (file->sha256() != recorded.value(name)) {
            return Error{
                u"release.migrations_changed"_s,
                Tr::tr("%1 changed since release %2 was registered (its SHA-256 differs). Register a "
                       "new release for changed migrations.")
                    .arg(path, release.version),
                u"recorded=%1 file=%2"_s.arg(recorded.value(name), file->sha256())};
        }
        auto report = linter.lintFile(path);
        if (!report.ok())
            return report.error();
        seen.insert(name);
        Entry e;
        e.path = path;
        e.fileName = name;
        e.version = file->version();
        e.sha256 = file->sha256();
        e.statements = static_cast<int>(file->statements().size());
        e.inTransaction = !file->runsOutsideTransaction();
        e.outsideTransactionReason = file->outsideTransactionReason();
        e.report = std::move(report).value();
        out.m_entries.append(e);
    }
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (!seen.contains(it.key())) {
            return Error{u"release.migrations_changed"_s,
                         Tr::tr("Release %1 needs the migration %2, which is not in %3.")
                             .arg(release.version, it.key(),
                                  release.migrationsDir.isEmpty() ? Tr::tr("(no folder recorded)")
                                                                  : release.migrationsDir),
                         {}};
        }
    }
    return out;
}

Status ReleaseMigrations::refuseBreaking(const QString &version) const
{
    if (m_contract)
        return {};
    for (const Entry &e : m_entries) {
        for (const MigrationFinding &f : e.report.findings) {
            if (!f.breaksOldCode)
                continue;
            return Error{
                u"policy.migration_breaking"_s,
                Tr::tr("%1 is an expand release, but %2:%3 breaks code that is still running (%4): %5 "
                       "%6 If this is the contract step, register the release with --contract.")
                    .arg(version, e.fileName)
                    .arg(f.line)
                    .arg(f.rule, f.message, f.suggestion),
                u"file=%1 line=%2 rule=%3"_s.arg(e.fileName).arg(f.line).arg(f.rule)};
        }
    }
    return {};
}

} // namespace core
