#include "MigrationLinter.h"

#include <algorithm>
#include <optional>
#include <pg_query.h>
#include <utility>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include "core/policy/SqlSourceMap.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::MigrationLinter)
};

// PostgreSQL's table lock modes, weakest to strongest (as in lockdefs.h).
enum LockLevel
{
    NoLock = 0,
    AccessShare = 1,
    RowShare = 2,
    RowExclusive = 3,
    ShareUpdateExclusive = 4,
    Share = 5,
    ShareRowExclusive = 6,
    Exclusive = 7,
    AccessExclusive = 8
};

QString lockName(int level)
{
    switch (level) {
    case AccessShare:
        return u"ACCESS SHARE"_s;
    case RowShare:
        return u"ROW SHARE"_s;
    case RowExclusive:
        return u"ROW EXCLUSIVE"_s;
    case ShareUpdateExclusive:
        return u"SHARE UPDATE EXCLUSIVE"_s;
    case Share:
        return u"SHARE"_s;
    case ShareRowExclusive:
        return u"SHARE ROW EXCLUSIVE"_s;
    case Exclusive:
        return u"EXCLUSIVE"_s;
    case AccessExclusive:
        return u"ACCESS EXCLUSIVE"_s;
    default:
        return QString();
    }
}

// Built-in functions whose value changes per row (provolatile 'v'): as a column default they
// force a table rewrite. now(), CURRENT_TIMESTAMP and friends are STABLE and do not.
const QSet<QString> kVolatileFunctions{u"random"_s,
                                       u"random_normal"_s,
                                       u"setseed"_s,
                                       u"gen_random_uuid"_s,
                                       u"gen_random_bytes"_s,
                                       u"uuid_generate_v1"_s,
                                       u"uuid_generate_v1mc"_s,
                                       u"uuid_generate_v4"_s,
                                       u"clock_timestamp"_s,
                                       u"timeofday"_s,
                                       u"nextval"_s};

const QSet<QString> kSerialTypes{u"serial"_s,  u"serial4"_s,     u"bigserial"_s,
                                 u"serial8"_s, u"smallserial"_s, u"serial2"_s};

// libpg_query's JSON wraps every node as {"TypeName": {fields}}.
std::pair<QString, QJsonObject> unwrap(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.size() != 1)
        return {};
    return {object.begin().key(), object.begin().value().toObject()};
}

QStringList strings(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &item : list) {
        const auto [type, node] = unwrap(item);
        if (type == u"String")
            out.append(node.value(u"sval"_s).toString());
    }
    return out;
}

// Unqualified names resolve to "public" (the migration's search_path is not known).
QString qualifiedKey(const QStringList &name)
{
    if (name.isEmpty())
        return QString();
    return name.size() == 1 ? u"public."_s + name.first() : name.mid(name.size() - 2).join(u'.');
}

QString relationKey(const QJsonObject &rangeVar)
{
    const QString schema = rangeVar.value(u"schemaname"_s).toString();
    return (schema.isEmpty() ? u"public"_s : schema) + u'.' + rangeVar.value(u"relname"_s).toString();
}

QString relationName(const QJsonObject &rangeVar)
{
    const QString schema = rangeVar.value(u"schemaname"_s).toString();
    const QString name = rangeVar.value(u"relname"_s).toString();
    return schema.isEmpty() ? name : schema + u'.' + name;
}

QString keyFromName(const QStringList &name)
{
    return qualifiedKey(name);
}

// A lock_timeout value that is set and not zero ("0", 0, "0s" disable it).
bool enablesTimeout(const QJsonValue &constant)
{
    const auto [type, node] = unwrap(constant);
    if (type != u"A_Const")
        return false;
    if (node.contains(u"ival"_s))
        return node.value(u"ival"_s).toObject().value(u"ival"_s).toInt() != 0;
    if (node.contains(u"sval"_s)) {
        QString text = node.value(u"sval"_s).toObject().value(u"sval"_s).toString().trimmed();
        while (!text.isEmpty() && text.back().isLetter())
            text.chop(1);
        bool ok = false;
        const double value = text.trimmed().toDouble(&ok);
        return !ok || value != 0.0;
    }
    if (node.contains(u"fval"_s))
        return node.value(u"fval"_s).toObject().value(u"fval"_s).toString().toDouble() != 0.0;
    return false;
}

// ALTER TABLE sub-command lock levels, after AlterTableGetLockLevel() in PostgreSQL 15.
int alterCommandLock(const QString &subtype, const QJsonObject &cmd)
{
    if (subtype == u"AT_AddConstraint") {
        const auto [type, constraint] = unwrap(cmd.value(u"def"_s));
        return constraint.value(u"contype"_s).toString() == u"CONSTR_FOREIGN" ? ShareRowExclusive
                                                                              : AccessExclusive;
    }
    static const QSet<QString> shareUpdateExclusive{
        u"AT_ValidateConstraint"_s, u"AT_SetStatistics"_s,
        u"AT_SetOptions"_s,         u"AT_ResetOptions"_s,
        u"AT_ClusterOn"_s,          u"AT_DropCluster"_s,
        u"AT_AttachPartition"_s,    u"AT_DetachPartitionFinalize"_s};
    static const QSet<QString> shareRowExclusive{
        u"AT_EnableTrig"_s,    u"AT_EnableAlwaysTrig"_s, u"AT_EnableReplicaTrig"_s, u"AT_DisableTrig"_s,
        u"AT_EnableTrigAll"_s, u"AT_DisableTrigAll"_s,   u"AT_EnableTrigUser"_s,    u"AT_DisableTrigUser"_s};
    if (shareUpdateExclusive.contains(subtype))
        return ShareUpdateExclusive;
    if (shareRowExclusive.contains(subtype))
        return ShareRowExclusive;
    return AccessExclusive;
}

struct FileState
{
    bool lockTimeoutSession = false;
    bool lockTimeoutLocal = false; // SET LOCAL: until COMMIT / ROLLBACK
    bool inTransaction = false;

    [[nodiscard]] bool lockTimeout() const { return lockTimeoutSession || lockTimeoutLocal; }
};

} // namespace

struct MigrationLinter::Statement
{
    QString file;
    SqlSourceMap::Position position;
    QString text;
    FileState *state = nullptr;
    QList<MigrationFinding> *findings = nullptr;
    bool lockTimeoutReported = false;
};

MigrationLinter::MigrationLinter()
    : MigrationLinter(Options{})
{}

MigrationLinter::MigrationLinter(Options options)
    : m_options(options)
{}

QStringList MigrationLinter::migrationFiles(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {path};
    QStringList files;
    const QDir dir(path);
    for (const QString &name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

Result<MigrationFileReport> MigrationLinter::lintFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{u"migration.unreadable"_s,
                     Tr::tr("%1:1:1: cannot read the migration: %2").arg(path, file.errorString()),
                     QString()};
    }
    return lintSource(path, file.readAll());
}

Result<MigrationFileReport> MigrationLinter::lintSource(const QString &file, const QByteArray &sql)
{
    const SqlSourceMap source(sql);
    // The parser does not skip a UTF-8 byte order mark; blank it out, keeping every offset.
    QByteArray forParser = sql;
    if (forParser.startsWith("\xEF\xBB\xBF"))
        forParser.replace(0, 3, "   ");

    PgQueryParseResult parsed = pg_query_parse(forParser.constData());
    const auto freeParsed = qScopeGuard([&parsed] { pg_query_free_parse_result(parsed); });
    if (parsed.error) {
        const int cursor = parsed.error->cursorpos;
        const SqlSourceMap::Position at =
            cursor > 0 ? source.positionOfByte(source.byteOfCharacter(cursor)) : SqlSourceMap::Position{};
        const QString message = QString::fromUtf8(parsed.error->message);
        return Error{u"migration.syntax"_s,
                     Tr::tr("%1:%2:%3: the migration does not parse: %4")
                         .arg(file)
                         .arg(at.line)
                         .arg(at.column)
                         .arg(message),
                     message};
    }

    QJsonParseError jsonError;
    const QJsonDocument tree = QJsonDocument::fromJson(QByteArray(parsed.parse_tree), &jsonError);
    if (tree.isNull()) {
        return Error{u"migration.parser"_s,
                     Tr::tr("%1: the SQL parser's output could not be read.").arg(file),
                     jsonError.errorString()};
    }

    MigrationFileReport report;
    report.file = file;
    FileState state;
    for (const QJsonValue &entry : tree.object().value(u"stmts"_s).toArray()) {
        const QJsonObject raw = entry.toObject();
        const qsizetype location = raw.value(u"stmt_location"_s).toInteger();
        const qsizetype length = raw.value(u"stmt_len"_s).toInteger();
        const qsizetype end = length > 0 ? location + length : sql.size();
        // A statement's location is just after the previous ';': skip blanks and comments.
        const qsizetype start = source.skipBlankAndComments(location, end);

        Statement s;
        s.file = file;
        s.position = source.positionOfByte(start);
        s.text = source.text(start, end);
        s.state = &state;
        s.findings = &report.findings;
        const auto [type, node] = unwrap(raw.value(u"stmt"_s));
        lintStatement(s, type, node);
    }
    const bool breaking = std::any_of(report.findings.cbegin(), report.findings.cend(),
                                      [](const MigrationFinding &f) { return f.breaksOldCode; });
    report.kind = breaking ? MigrationKind::Contract : MigrationKind::Expand;
    return report;
}

void MigrationLinter::lintStatement(Statement &s, const QString &type, const QJsonObject &node)
{
    if (type == u"AlterTableStmt") {
        lintAlterTable(s, node);
    } else if (type == u"RenameStmt") {
        lintRename(s, node);
    } else if (type == u"DropStmt") {
        lintDrop(s, node);
    } else if (type == u"TruncateStmt") {
        lintTruncate(s, node);
    } else if (type == u"IndexStmt") {
        lintIndex(s, node);
    } else if (type == u"UpdateStmt") {
        lintUpdate(s, node);
    } else if (type == u"VacuumStmt" || type == u"ClusterStmt" || type == u"ReindexStmt") {
        lintMaintenance(s, type, node);
    } else if (type == u"CreateStmt") {
        m_createdTables.insert(relationKey(node.value(u"relation"_s).toObject()));
    } else if (type == u"CreateTableAsStmt") {
        m_createdTables.insert(relationKey(node.value(u"into"_s).toObject().value(u"rel"_s).toObject()));
    } else if (type == u"CreateFunctionStmt") {
        QString volatility = u"volatile"_s;
        for (const QJsonValue &option : node.value(u"options"_s).toArray()) {
            const auto [optionType, defElem] = unwrap(option);
            if (defElem.value(u"defname"_s).toString() == u"volatility")
                volatility = unwrap(defElem.value(u"arg"_s)).second.value(u"sval"_s).toString();
        }
        m_createdFunctions.insert(keyFromName(strings(node.value(u"funcname"_s).toArray())), volatility);
    } else if (type == u"LockStmt") {
        if (node.value(u"mode"_s).toInt() == AccessExclusive) {
            for (const QJsonValue &relation : node.value(u"relations"_s).toArray())
                requireLockTimeout(s, relationName(unwrap(relation).second));
        }
    } else if (type == u"DoStmt") {
        report(s, u"do-block"_s, FindingSeverity::Info, QString(), false, false,
               Tr::tr("The DO block's body is not analysed: the linter cannot see which statements it runs."),
               Tr::tr("Prefer plain SQL statements in migrations, or review the block by hand."));
    } else if (type == u"TransactionStmt") {
        const QString kind = node.value(u"kind"_s).toString();
        if (kind == u"TRANS_STMT_BEGIN" || kind == u"TRANS_STMT_START") {
            s.state->inTransaction = true;
        } else if (kind == u"TRANS_STMT_COMMIT" || kind == u"TRANS_STMT_ROLLBACK" ||
                   kind == u"TRANS_STMT_PREPARE") {
            s.state->inTransaction = false;
            s.state->lockTimeoutLocal = false;
        }
    } else {
        noteLockTimeout(s, type, node);
    }
}

void MigrationLinter::noteLockTimeout(Statement &s, const QString &type, const QJsonObject &node)
{
    bool local = false;
    std::optional<bool> enabled;
    if (type == u"VariableSetStmt") {
        const QString kind = node.value(u"kind"_s).toString();
        const QString name = node.value(u"name"_s).toString();
        if (kind == u"VAR_RESET_ALL") {
            enabled = false;
        } else if (name == u"lock_timeout") {
            local = node.value(u"is_local"_s).toBool();
            enabled = kind == u"VAR_SET_VALUE" && enablesTimeout(node.value(u"args"_s).toArray().at(0));
        }
    } else if (type == u"SelectStmt") {
        // SELECT set_config('lock_timeout', '2s', is_local)
        for (const QJsonValue &target : node.value(u"targetList"_s).toArray()) {
            const auto [callType, call] = unwrap(unwrap(target).second.value(u"val"_s));
            const QStringList function = strings(call.value(u"funcname"_s).toArray());
            if (callType != u"FuncCall" || function.isEmpty() || function.last() != u"set_config")
                continue;
            const QJsonArray args = call.value(u"args"_s).toArray();
            const auto [nameType, nameConst] = unwrap(args.at(0));
            if (args.size() != 3 ||
                nameConst.value(u"sval"_s).toObject().value(u"sval"_s) != u"lock_timeout"_s)
                continue;
            enabled = enablesTimeout(args.at(1));
            local = unwrap(args.at(2)).second.value(u"boolval"_s).toObject().value(u"boolval"_s).toBool();
        }
    }
    if (!enabled)
        return;
    if (local) {
        s.state->lockTimeoutLocal = *enabled;
    } else {
        s.state->lockTimeoutSession = *enabled;
        if (!*enabled)
            s.state->lockTimeoutLocal = false;
    }
}

bool MigrationLinter::existing(const QString &tableKey) const
{
    return !m_createdTables.contains(tableKey);
}

QString MigrationLinter::volatileCall(const QJsonValue &expression) const
{
    if (expression.isArray()) {
        for (const QJsonValue &item : expression.toArray()) {
            if (QString found = volatileCall(item); !found.isEmpty())
                return found;
        }
        return QString();
    }
    if (!expression.isObject())
        return QString();
    const QJsonObject object = expression.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"FuncCall") {
            const QStringList name = strings(it.value().toObject().value(u"funcname"_s).toArray());
            const QString key = keyFromName(name);
            const bool isVolatile = m_createdFunctions.contains(key)
                                        ? m_createdFunctions.value(key) == u"volatile"
                                        : (!name.isEmpty() && kVolatileFunctions.contains(name.last()));
            if (isVolatile)
                return name.join(u'.') + u"()"_s;
        }
        if (QString found = volatileCall(it.value()); !found.isEmpty())
            return found;
    }
    return QString();
}

void MigrationLinter::report(Statement &s,
                             const QString &rule,
                             FindingSeverity impact,
                             const QString &lock,
                             bool rewrites,
                             bool breaksOldCode,
                             const QString &message,
                             const QString &suggestion)
{
    MigrationFinding f;
    f.file = s.file;
    f.line = s.position.line;
    f.column = s.position.column;
    f.statement = s.text;
    f.rule = rule;
    // Breaking old code is an error unless this is a contract release; locks and rewrites count
    // either way.
    f.severity = breaksOldCode && !m_options.contractRelease ? FindingSeverity::Error : impact;
    f.lock = lock;
    f.rewrites = rewrites;
    f.breaksOldCode = breaksOldCode;
    f.message = message;
    f.suggestion = suggestion;
    s.findings->append(f);
}

void MigrationLinter::requireLockTimeout(Statement &s, const QString &table)
{
    if (s.state->lockTimeout() || s.lockTimeoutReported)
        return;
    s.lockTimeoutReported = true;
    report(s, u"missing-lock-timeout"_s, FindingSeverity::Warning, lockName(AccessExclusive), false, false,
           Tr::tr("This statement takes an ACCESS EXCLUSIVE lock on %1 without a lock_timeout: while it "
                  "waits for the lock, every other query on the table queues behind it.")
               .arg(table),
           Tr::tr("Run SET lock_timeout = '2s' (or SET LOCAL inside the transaction) before it, and "
                  "retry the migration if it times out."));
}

void MigrationLinter::lintAlterTable(Statement &s, const QJsonObject &node)
{
    if (node.value(u"objtype"_s).toString() != u"OBJECT_TABLE")
        return;
    const QJsonObject relation = node.value(u"relation"_s).toObject();
    const QString key = relationKey(relation);
    const QString table = relationName(relation);
    const bool isExisting = existing(key);
    int lock = NoLock;
    for (const QJsonValue &entry : node.value(u"cmds"_s).toArray()) {
        const QJsonObject cmd = unwrap(entry).second;
        const QString subtype = cmd.value(u"subtype"_s).toString();
        const QString column = cmd.value(u"name"_s).toString();
        lock = std::max(lock, alterCommandLock(subtype, cmd));
        if (subtype == u"AT_ValidateConstraint") {
            const QString check = key + u'/' + column;
            if (m_notNullChecks.contains(check))
                m_provenNotNull.insert(key + u'/' + m_notNullChecks.value(check));
            continue;
        }
        if (subtype == u"AT_AddConstraint") {
            lintAddConstraint(s, relation, unwrap(cmd.value(u"def"_s)).second);
            continue;
        }
        if (!isExisting)
            continue;
        if (subtype == u"AT_DropColumn") {
            report(s, u"drop-column"_s, FindingSeverity::Info, lockName(AccessExclusive), false, true,
                   Tr::tr("Dropping column %1 of %2 breaks code that still reads or writes it.")
                       .arg(column, table),
                   Tr::tr("Expand/contract: release code that no longer uses %1 first, then drop the column "
                          "in a later contract release (lint it with --contract).")
                       .arg(column));
        } else if (subtype == u"AT_AlterColumnType") {
            report(s, u"change-column-type"_s, FindingSeverity::Error, lockName(AccessExclusive), true, true,
                   Tr::tr("Changing the type of column %1 of %2 rewrites the table under an ACCESS EXCLUSIVE "
                          "lock and breaks code that still expects the old type.")
                       .arg(column, table),
                   Tr::tr("Add a new column of the new type, write to both and backfill in batches, release "
                          "code that reads the new column, then drop %1 in a contract release.")
                       .arg(column));
        } else if (subtype == u"AT_SetNotNull") {
            if (m_provenNotNull.contains(key + u'/' + column))
                continue;
            report(s, u"set-not-null"_s, FindingSeverity::Error, lockName(AccessExclusive), false, true,
                   Tr::tr("SET NOT NULL on %1 of %2 scans the whole table under an ACCESS EXCLUSIVE lock, "
                          "and old code that still writes NULL there will fail.")
                       .arg(column, table),
                   Tr::tr("Once no running code writes NULL: ADD CONSTRAINT … CHECK (%1 IS NOT NULL) NOT "
                          "VALID, then VALIDATE CONSTRAINT in a separate statement, then SET NOT NULL (no "
                          "scan, PostgreSQL 12+) and drop the CHECK.")
                       .arg(column));
        } else if (subtype == u"AT_AddColumn") {
            lintAddColumn(s, relation, unwrap(cmd.value(u"def"_s)).second);
        }
    }
    if (isExisting && lock == AccessExclusive)
        requireLockTimeout(s, table);
}

void MigrationLinter::lintAddColumn(Statement &s, const QJsonObject &relation, const QJsonObject &columnDef)
{
    const QString table = relationName(relation);
    const QString column = columnDef.value(u"colname"_s).toString();
    const QStringList typeName =
        strings(columnDef.value(u"typeName"_s).toObject().value(u"names"_s).toArray());
    QString rewriteCause;
    if (typeName.size() == 1 && kSerialTypes.contains(typeName.first()))
        rewriteCause = typeName.first();
    bool hasDefault = !rewriteCause.isEmpty();
    bool notNull = false;
    for (const QJsonValue &entry : columnDef.value(u"constraints"_s).toArray()) {
        const QJsonObject constraint = unwrap(entry).second;
        const QString contype = constraint.value(u"contype"_s).toString();
        if (contype == u"CONSTR_DEFAULT") {
            hasDefault = true;
            if (rewriteCause.isEmpty())
                rewriteCause = volatileCall(constraint.value(u"raw_expr"_s));
        } else if (contype == u"CONSTR_IDENTITY") {
            hasDefault = true;
            rewriteCause = u"GENERATED AS IDENTITY"_s;
        } else if (contype == u"CONSTR_GENERATED") {
            hasDefault = true;
            rewriteCause = u"GENERATED ALWAYS AS (…) STORED"_s;
        } else if (contype == u"CONSTR_NOTNULL") {
            notNull = true;
        } else if (contype == u"CONSTR_FOREIGN" || contype == u"CONSTR_CHECK" ||
                   contype == u"CONSTR_UNIQUE" || contype == u"CONSTR_PRIMARY") {
            lintAddConstraint(s, relation, constraint);
        }
    }
    if (!rewriteCause.isEmpty()) {
        report(s, u"add-column-volatile-default"_s, FindingSeverity::Error, lockName(AccessExclusive), true,
               false,
               Tr::tr("Adding column %1 to %2 with the volatile default %3 rewrites the whole table under an "
                      "ACCESS EXCLUSIVE lock.")
                   .arg(column, table, rewriteCause),
               Tr::tr("Add the column without a default (or with a constant one), set the default in a "
                      "separate statement, and backfill existing rows in batches."));
    } else if (notNull && !hasDefault) {
        report(s, u"add-required-column"_s, FindingSeverity::Error, lockName(AccessExclusive), false, true,
               Tr::tr("Adding column %1 to %2 as NOT NULL without a default fails on a table that has rows, "
                      "and old code that does not write the column fails too.")
                   .arg(column, table),
               Tr::tr("Add the column as nullable (or with a constant default), backfill it, release code "
                      "that writes it, then enforce NOT NULL through a validated CHECK constraint."));
    }
}

void MigrationLinter::lintAddConstraint(Statement &s,
                                        const QJsonObject &relation,
                                        const QJsonObject &constraint)
{
    const QString key = relationKey(relation);
    const QString table = relationName(relation);
    const QString contype = constraint.value(u"contype"_s).toString();
    const QString name = constraint.value(u"conname"_s).toString();
    const bool notValid = constraint.value(u"skip_validation"_s).toBool();
    if (contype == u"CONSTR_CHECK" && notValid) {
        // Remember CHECK (col IS NOT NULL) NOT VALID: once validated, SET NOT NULL needs no scan.
        const auto [exprType, expr] = unwrap(constraint.value(u"raw_expr"_s));
        if (exprType == u"NullTest" && expr.value(u"nulltesttype"_s).toString() == u"IS_NOT_NULL") {
            const QStringList fields =
                strings(unwrap(expr.value(u"arg"_s)).second.value(u"fields"_s).toArray());
            if (fields.size() == 1 && !name.isEmpty())
                m_notNullChecks.insert(key + u'/' + name, fields.first());
        }
    }
    if (!existing(key) || notValid)
        return;
    const QString shownName = name.isEmpty() ? Tr::tr("(unnamed)") : name;
    if (contype == u"CONSTR_FOREIGN") {
        report(
            s, u"add-foreign-key"_s, FindingSeverity::Error, lockName(ShareRowExclusive), false, false,
            Tr::tr("Adding foreign key %1 on %2 checks every row while holding SHARE ROW EXCLUSIVE locks on "
                   "%2 and %3, blocking their writes.")
                .arg(shownName, table, relationName(constraint.value(u"pktable"_s).toObject())),
            Tr::tr("Add the constraint with NOT VALID, then run ALTER TABLE … VALIDATE CONSTRAINT in a "
                   "separate statement (it takes only SHARE UPDATE EXCLUSIVE)."));
    } else if (contype == u"CONSTR_CHECK") {
        report(
            s, u"add-check-constraint"_s, FindingSeverity::Error, lockName(AccessExclusive), false, false,
            Tr::tr("Adding CHECK constraint %1 on %2 scans the whole table under an ACCESS EXCLUSIVE lock.")
                .arg(shownName, table),
            Tr::tr("Add the constraint with NOT VALID, then run ALTER TABLE … VALIDATE CONSTRAINT in a "
                   "separate statement (it takes only SHARE UPDATE EXCLUSIVE)."));
    } else if ((contype == u"CONSTR_UNIQUE" || contype == u"CONSTR_PRIMARY") &&
               constraint.value(u"indexname"_s).toString().isEmpty()) {
        const bool primary = contype == u"CONSTR_PRIMARY";
        const QString kind = primary ? u"PRIMARY KEY"_s : u"UNIQUE"_s;
        report(s, primary ? u"add-primary-key"_s : u"add-unique-constraint"_s, FindingSeverity::Error,
               lockName(AccessExclusive), false, false,
               Tr::tr("Adding %1 constraint %2 on %3 builds its index under an ACCESS EXCLUSIVE lock, "
                      "blocking reads and writes for the whole build.")
                   .arg(kind, shownName, table),
               Tr::tr("CREATE UNIQUE INDEX CONCURRENTLY first (in a migration of its own), then ALTER TABLE "
                      "… ADD CONSTRAINT … %1 USING INDEX, which only takes a brief lock.")
                   .arg(kind));
    }
}

void MigrationLinter::lintRename(Statement &s, const QJsonObject &node)
{
    const QString renameType = node.value(u"renameType"_s).toString();
    const QJsonObject relation = node.value(u"relation"_s).toObject();
    const QString key = relationKey(relation);
    const QString table = relationName(relation);
    const QString newName = node.value(u"newname"_s).toString();
    if (renameType == u"OBJECT_TABLE") {
        if (!existing(key)) {
            m_createdTables.remove(key);
            m_createdTables.insert(key.section(u'.', 0, 0) + u'.' + newName);
            return;
        }
        report(
            s, u"rename-table"_s, FindingSeverity::Info, lockName(AccessExclusive), false, true,
            Tr::tr("Renaming table %1 to %2 breaks code that still uses the old name.").arg(table, newName),
            Tr::tr("Create the new table (or a view named %2 over %1), move the code over in a release, "
                   "then drop the old name in a contract release.")
                .arg(table, newName));
        requireLockTimeout(s, table);
    } else if (renameType == u"OBJECT_COLUMN" &&
               node.value(u"relationType"_s).toString() == u"OBJECT_TABLE") {
        if (!existing(key))
            return;
        const QString column = node.value(u"subname"_s).toString();
        report(s, u"rename-column"_s, FindingSeverity::Info, lockName(AccessExclusive), false, true,
               Tr::tr("Renaming column %1 of %2 to %3 breaks code that still uses the old name.")
                   .arg(column, table, newName),
               Tr::tr("Add column %2, write to both and backfill in batches, release code that reads %2, "
                      "then drop %1 in a contract release.")
                   .arg(column, newName));
        requireLockTimeout(s, table);
    }
}

void MigrationLinter::lintDrop(Statement &s, const QJsonObject &node)
{
    const QString removeType = node.value(u"removeType"_s).toString();
    if (removeType == u"OBJECT_INDEX") {
        lintDropIndex(s, node);
    } else if (removeType == u"OBJECT_TABLE") {
        QString firstExisting;
        for (const QJsonValue &object : node.value(u"objects"_s).toArray()) {
            const QStringList name = strings(unwrap(object).second.value(u"items"_s).toArray());
            const QString key = keyFromName(name);
            if (!existing(key)) {
                m_createdTables.remove(key);
                continue;
            }
            const QString table = name.join(u'.');
            if (firstExisting.isEmpty())
                firstExisting = table;
            report(
                s, u"drop-table"_s, FindingSeverity::Info, lockName(AccessExclusive), false, true,
                Tr::tr("Dropping table %1 breaks code that still uses it.").arg(table),
                Tr::tr("Release code that no longer uses %1 first, then drop the table in a later contract "
                       "release (lint it with --contract).")
                    .arg(table));
        }
        if (!firstExisting.isEmpty())
            requireLockTimeout(s, firstExisting);
    } else if (removeType == u"OBJECT_FUNCTION" || removeType == u"OBJECT_PROCEDURE") {
        for (const QJsonValue &object : node.value(u"objects"_s).toArray()) {
            const QStringList name = strings(unwrap(object).second.value(u"objname"_s).toArray());
            const QString key = keyFromName(name);
            if (m_createdFunctions.contains(key)) {
                m_createdFunctions.remove(key);
                continue;
            }
            const QString function = name.join(u'.');
            report(
                s, u"drop-function"_s, FindingSeverity::Info, lockName(AccessExclusive), false, true,
                Tr::tr("Dropping function %1 breaks code that still calls it.").arg(function),
                Tr::tr("Keep %1 until no running code calls it and drop it in a contract release; to change "
                       "it, create a function under a new name and move the code to it.")
                    .arg(function));
        }
    }
}

void MigrationLinter::lintTruncate(Statement &s, const QJsonObject &node)
{
    QString firstExisting;
    for (const QJsonValue &relation : node.value(u"relations"_s).toArray()) {
        const QJsonObject rangeVar = unwrap(relation).second;
        if (!existing(relationKey(rangeVar)))
            continue;
        const QString table = relationName(rangeVar);
        if (firstExisting.isEmpty())
            firstExisting = table;
        report(s, u"truncate"_s, FindingSeverity::Info, lockName(AccessExclusive), false, true,
               Tr::tr("TRUNCATE %1 deletes every row, which code that is still running may need.").arg(table),
               Tr::tr("Release code that no longer needs the rows first, then empty or drop the table in a "
                      "contract release; or delete in batches."));
    }
    if (!firstExisting.isEmpty())
        requireLockTimeout(s, firstExisting);
}

void MigrationLinter::lintIndex(Statement &s, const QJsonObject &node)
{
    const QJsonObject relation = node.value(u"relation"_s).toObject();
    const bool concurrent = node.value(u"concurrent"_s).toBool();
    if (concurrent && s.state->inTransaction) {
        report(
            s, u"concurrently-in-transaction"_s, FindingSeverity::Error, lockName(ShareUpdateExclusive),
            false, false,
            Tr::tr("CREATE INDEX CONCURRENTLY cannot run inside a transaction block: this migration fails."),
            Tr::tr("Move the statement out of BEGIN … COMMIT, into a migration file of its own."));
    }
    const QString indexName = node.value(u"idxname"_s).toString();
    if (!indexName.isEmpty()) {
        const QString schema = relation.value(u"schemaname"_s).toString();
        m_createdIndexes.insert((schema.isEmpty() ? u"public"_s : schema) + u'.' + indexName);
    }
    if (concurrent || !existing(relationKey(relation)))
        return;
    const QString table = relationName(relation);
    report(s, u"create-index-non-concurrent"_s, FindingSeverity::Error, lockName(Share), false, false,
           Tr::tr("CREATE INDEX on %1 without CONCURRENTLY blocks writes to the table (SHARE lock) for the "
                  "whole build.")
               .arg(table),
           Tr::tr("Use CREATE INDEX CONCURRENTLY, outside a transaction block (in a migration file of its "
                  "own)."));
}

void MigrationLinter::lintUpdate(Statement &s, const QJsonObject &node)
{
    const QJsonObject relation = node.value(u"relation"_s).toObject();
    if (node.contains(u"whereClause"_s) || !existing(relationKey(relation)))
        return;
    report(
        s, u"unbounded-update"_s, FindingSeverity::Error, lockName(RowExclusive), true, false,
        Tr::tr("UPDATE of every row of %1 in one statement locks all rows and writes a new version of each, "
               "blocking concurrent writers until it commits.")
            .arg(relationName(relation)),
        Tr::tr("Backfill in batches (for example by primary key ranges), each in its own transaction."));
}

void MigrationLinter::lintDropIndex(Statement &s, const QJsonObject &node)
{
    const bool concurrent = node.value(u"concurrent"_s).toBool();
    if (concurrent && s.state->inTransaction) {
        report(s, u"concurrently-in-transaction"_s, FindingSeverity::Error, lockName(ShareUpdateExclusive),
               false, false,
               Tr::tr("DROP INDEX CONCURRENTLY cannot run inside a transaction block: this migration fails."),
               Tr::tr("Move the statement out of BEGIN … COMMIT, into a migration file of its own."));
    }
    if (concurrent)
        return;
    for (const QJsonValue &object : node.value(u"objects"_s).toArray()) {
        const QStringList name = strings(unwrap(object).second.value(u"items"_s).toArray());
        const QString key = keyFromName(name);
        if (m_createdIndexes.contains(key)) {
            m_createdIndexes.remove(key);
            continue;
        }
        const QString index = name.join(u'.');
        report(
            s, u"drop-index-non-concurrent"_s, FindingSeverity::Warning, lockName(AccessExclusive), false,
            false,
            Tr::tr(
                "DROP INDEX %1 without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table: reads and "
                "writes queue behind it while it waits for the lock.")
                .arg(index),
            Tr::tr("Use DROP INDEX CONCURRENTLY %1, outside a transaction block (in a migration file of its "
                   "own).")
                .arg(index));
        requireLockTimeout(s, Tr::tr("the table of index %1").arg(index));
    }
}

void MigrationLinter::lintMaintenance(Statement &s, const QString &type, const QJsonObject &node)
{
    if (type == u"VacuumStmt") {
        bool full = false;
        for (const QJsonValue &option : node.value(u"options"_s).toArray()) {
            const QJsonObject defElem = unwrap(option).second;
            if (defElem.value(u"defname"_s).toString() != u"full")
                continue;
            // VACUUM (FULL false) is a plain VACUUM.
            const auto [argType, arg] = unwrap(defElem.value(u"arg"_s));
            const QString value = arg.value(u"sval"_s).toString().toLower();
            full = !(argType == u"Boolean" && !arg.value(u"boolval"_s).toBool()) && value != u"false" &&
                   value != u"off" && !(argType == u"Integer" && arg.value(u"ival"_s).toInt() == 0);
        }
        if (!full || !node.value(u"is_vacuumcmd"_s).toBool())
            return;
        QStringList tables;
        for (const QJsonValue &rel : node.value(u"rels"_s).toArray()) {
            const QJsonObject relation = unwrap(rel).second.value(u"relation"_s).toObject();
            if (existing(relationKey(relation)))
                tables << relationName(relation);
        }
        if (tables.isEmpty() && !node.value(u"rels"_s).toArray().isEmpty())
            return;
        const QString what = tables.isEmpty() ? Tr::tr("every table of the database") : tables.join(u", "_s);
        report(s, u"vacuum-full"_s, FindingSeverity::Error, lockName(AccessExclusive), true, false,
               Tr::tr("VACUUM FULL rewrites %1 under an ACCESS EXCLUSIVE lock: no reads or writes until it "
                      "is done.")
                   .arg(what),
               Tr::tr("Leave space reclamation to autovacuum (or plain VACUUM); to shrink a bloated table "
                      "online use pg_repack or pg_squeeze, outside the deployment."));
        return;
    }
    if (type == u"ClusterStmt") {
        const QJsonObject relation = node.value(u"relation"_s).toObject();
        if (!relation.isEmpty() && !existing(relationKey(relation)))
            return;
        const QString what =
            relation.isEmpty() ? Tr::tr("every previously clustered table") : relationName(relation);
        report(s, u"cluster"_s, FindingSeverity::Error, lockName(AccessExclusive), true, false,
               Tr::tr("CLUSTER rewrites %1 under an ACCESS EXCLUSIVE lock: no reads or writes until it is "
                      "done.")
                   .arg(what),
               Tr::tr("Do not reorder tables in a migration; if it is needed, use pg_repack (online) outside "
                      "the deployment."));
        return;
    }
    // ReindexStmt
    for (const QJsonValue &param : node.value(u"params"_s).toArray()) {
        if (unwrap(param).second.value(u"defname"_s).toString() == u"concurrently") {
            if (s.state->inTransaction) {
                report(s, u"concurrently-in-transaction"_s, FindingSeverity::Error,
                       lockName(ShareUpdateExclusive), false, false,
                       Tr::tr("REINDEX CONCURRENTLY cannot run inside a transaction block: this migration "
                              "fails."),
                       Tr::tr("Move the statement out of BEGIN … COMMIT, into a migration file of its own."));
            }
            return;
        }
    }
    const QString kind = node.value(u"kind"_s).toString();
    const QJsonObject relation = node.value(u"relation"_s).toObject();
    if (kind == u"REINDEX_OBJECT_TABLE" && !existing(relationKey(relation)))
        return;
    if (kind == u"REINDEX_OBJECT_INDEX") {
        const QString schema = relation.value(u"schemaname"_s).toString();
        if (m_createdIndexes.contains((schema.isEmpty() ? u"public"_s : schema) + u'.' +
                                      relation.value(u"relname"_s).toString()))
            return;
    }
    const QString what = relation.isEmpty() ? node.value(u"name"_s).toString() : relationName(relation);
    report(
        s, u"reindex-non-concurrent"_s, FindingSeverity::Error, lockName(Share), false, false,
        Tr::tr("REINDEX %1 without CONCURRENTLY blocks writes to the table (SHARE lock) and locks the index "
               "being rebuilt (ACCESS EXCLUSIVE) for the whole rebuild.")
            .arg(what),
        Tr::tr("Use REINDEX … CONCURRENTLY (PostgreSQL 12+), outside a transaction block, in a migration "
               "file of its own."));
}

} // namespace core
