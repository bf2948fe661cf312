#include "MigrationLinter.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <pg_query/pg_query.pb-c.h>
#include <utility>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/policy/SqlParseTree.h"
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

using Node = PgQuery__Node;

// A repeated Node field of a protobuf-c message.
struct Nodes
{
    Node *const *items = nullptr;
    size_t count = 0;

    [[nodiscard]] Node *const *begin() const { return items; }
    [[nodiscard]] Node *const *end() const { return items + count; }
    [[nodiscard]] bool isEmpty() const { return count == 0; }
    [[nodiscard]] const Node *at(size_t i) const { return i < count ? items[i] : nullptr; }
};

Nodes nodes(Node *const *items, size_t count)
{
    return {items, count};
}

// Each accessor answers the node's payload when the node is of that type, else nullptr.
#define SWITCHYARD_NODE_ACCESSOR(Function, Type, Case, Member)                                               \
    const Type *Function(const Node *node)                                                                   \
    {                                                                                                        \
        return node && node->node_case == Case ? node->Member : nullptr;                                     \
    }
SWITCHYARD_NODE_ACCESSOR(asRangeVar, PgQuery__RangeVar, PG_QUERY__NODE__NODE_RANGE_VAR, range_var)
SWITCHYARD_NODE_ACCESSOR(asString, PgQuery__String, PG_QUERY__NODE__NODE_STRING, string)
SWITCHYARD_NODE_ACCESSOR(asList, PgQuery__List, PG_QUERY__NODE__NODE_LIST, list)
SWITCHYARD_NODE_ACCESSOR(asConst, PgQuery__AConst, PG_QUERY__NODE__NODE_A_CONST, a_const)
SWITCHYARD_NODE_ACCESSOR(asFuncCall, PgQuery__FuncCall, PG_QUERY__NODE__NODE_FUNC_CALL, func_call)
SWITCHYARD_NODE_ACCESSOR(asResTarget, PgQuery__ResTarget, PG_QUERY__NODE__NODE_RES_TARGET, res_target)
SWITCHYARD_NODE_ACCESSOR(asDefElem, PgQuery__DefElem, PG_QUERY__NODE__NODE_DEF_ELEM, def_elem)
SWITCHYARD_NODE_ACCESSOR(asConstraint, PgQuery__Constraint, PG_QUERY__NODE__NODE_CONSTRAINT, constraint)
SWITCHYARD_NODE_ACCESSOR(asColumnDef, PgQuery__ColumnDef, PG_QUERY__NODE__NODE_COLUMN_DEF, column_def)
SWITCHYARD_NODE_ACCESSOR(asNullTest, PgQuery__NullTest, PG_QUERY__NODE__NODE_NULL_TEST, null_test)
SWITCHYARD_NODE_ACCESSOR(asColumnRef, PgQuery__ColumnRef, PG_QUERY__NODE__NODE_COLUMN_REF, column_ref)
SWITCHYARD_NODE_ACCESSOR(asAlterTableCmd,
                         PgQuery__AlterTableCmd,
                         PG_QUERY__NODE__NODE_ALTER_TABLE_CMD,
                         alter_table_cmd)
SWITCHYARD_NODE_ACCESSOR(asVacuumRelation,
                         PgQuery__VacuumRelation,
                         PG_QUERY__NODE__NODE_VACUUM_RELATION,
                         vacuum_relation)
SWITCHYARD_NODE_ACCESSOR(asObjectWithArgs,
                         PgQuery__ObjectWithArgs,
                         PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS,
                         object_with_args)
SWITCHYARD_NODE_ACCESSOR(asBoolean, PgQuery__Boolean, PG_QUERY__NODE__NODE_BOOLEAN, boolean)
SWITCHYARD_NODE_ACCESSOR(asInteger, PgQuery__Integer, PG_QUERY__NODE__NODE_INTEGER, integer)
#undef SWITCHYARD_NODE_ACCESSOR

// protobuf-c leaves unset strings as "" (never null), but stay safe.
QString text(const char *value)
{
    return value && *value ? QString::fromUtf8(value) : QString();
}

bool isEmpty(const char *value)
{
    return !value || !*value;
}

bool equals(const char *value, const char *literal)
{
    return value && std::strcmp(value, literal) == 0;
}

QStringList strings(Nodes list)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(list.count));
    for (const Node *item : list) {
        if (const PgQuery__String *string = asString(item))
            out.append(text(string->sval));
    }
    return out;
}

// The names of a List node's items (DROP TABLE / DROP INDEX objects).
QStringList listStrings(const Node *node)
{
    const PgQuery__List *list = asList(node);
    return list ? strings(nodes(list->items, list->n_items)) : QStringList();
}

// Unqualified names resolve to "public" (the migration's search_path is not known).
QString qualifiedKey(const QStringList &name)
{
    if (name.isEmpty())
        return QString();
    return name.size() == 1 ? u"public."_s + name.first() : name.mid(name.size() - 2).join(u'.');
}

QString relationKey(const PgQuery__RangeVar *rangeVar)
{
    if (!rangeVar)
        return u"public."_s;
    const QString schema = text(rangeVar->schemaname);
    return (schema.isEmpty() ? u"public"_s : schema) + u'.' + text(rangeVar->relname);
}

QString relationName(const PgQuery__RangeVar *rangeVar)
{
    if (!rangeVar)
        return QString();
    const QString name = text(rangeVar->relname);
    return isEmpty(rangeVar->schemaname) ? name : text(rangeVar->schemaname) + u'.' + name;
}

QString keyFromName(const QStringList &name)
{
    return qualifiedKey(name);
}

// A lock_timeout value that is set and not zero ("0", 0, "0s" disable it).
bool enablesTimeout(const Node *constant)
{
    const PgQuery__AConst *value = asConst(constant);
    if (!value)
        return false;
    switch (value->val_case) {
    case PG_QUERY__A__CONST__VAL_IVAL:
        return value->ival && value->ival->ival != 0;
    case PG_QUERY__A__CONST__VAL_SVAL: {
        QString setting = text(value->sval ? value->sval->sval : nullptr).trimmed();
        while (!setting.isEmpty() && setting.back().isLetter())
            setting.chop(1);
        bool ok = false;
        const double number = setting.trimmed().toDouble(&ok);
        return !ok || number != 0.0;
    }
    case PG_QUERY__A__CONST__VAL_FVAL:
        return value->fval && text(value->fval->fval).toDouble() != 0.0;
    default:
        return false;
    }
}

// ALTER TABLE sub-command lock levels, after AlterTableGetLockLevel() in PostgreSQL 15.
int alterCommandLock(const PgQuery__AlterTableCmd &cmd)
{
    switch (cmd.subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint: {
        const PgQuery__Constraint *constraint = asConstraint(cmd.def);
        return constraint && constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN ? ShareRowExclusive
                                                                                          : AccessExclusive;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartitionFinalize:
        return ShareUpdateExclusive;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigUser:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser:
        return ShareRowExclusive;
    default:
        return AccessExclusive;
    }
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
    const QString *file = nullptr;
    const SqlSourceMap *source = nullptr;
    qsizetype start = 0;
    qsizetype end = 0;
    FileState *state = nullptr;
    QList<MigrationFinding> *findings = nullptr;
    bool lockTimeoutReported = false;

    // Position and text are only worked out for statements that get a finding.
    bool located = false;
    SqlSourceMap::Position position;
    QString text;

    void locate()
    {
        if (located)
            return;
        located = true;
        position = source->positionOfByte(start);
        text = source->text(start, end);
    }
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
    auto tree = SqlParseTree::parse(file, source);
    if (!tree.ok())
        return tree.error();
    return lintTree(file, source, **tree);
}

MigrationFileReport
MigrationLinter::lintTree(const QString &file, const SqlSourceMap &source, const SqlParseTree &tree)
{
    MigrationFileReport report;
    report.file = file;
    FileState state;
    const PgQuery__ParseResult &result = tree.result();
    const qsizetype size = source.bytes().size();
    for (size_t i = 0; i < result.n_stmts; ++i) {
        const PgQuery__RawStmt *raw = result.stmts[i];
        if (!raw || !raw->stmt)
            continue;
        const qsizetype location = raw->stmt_location;
        const qsizetype length = raw->stmt_len;
        Statement s;
        s.file = &file;
        s.source = &source;
        s.end = length > 0 ? location + length : size;
        // A statement's location is just after the previous ';': skip blanks and comments.
        s.start = source.skipBlankAndComments(location, s.end);
        s.state = &state;
        s.findings = &report.findings;
        lintStatement(s, *raw->stmt);
    }
    const bool breaking = std::any_of(report.findings.cbegin(), report.findings.cend(),
                                      [](const MigrationFinding &f) { return f.breaksOldCode; });
    report.kind = breaking ? MigrationKind::Contract : MigrationKind::Expand;
    return report;
}

void MigrationLinter::lintStatement(Statement &s, const PgQuery__Node &node)
{
    switch (node.node_case) {
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
        lintAlterTable(s, node);
        break;
    case PG_QUERY__NODE__NODE_RENAME_STMT:
        lintRename(s, node);
        break;
    case PG_QUERY__NODE__NODE_DROP_STMT:
        lintDrop(s, node);
        break;
    case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
        lintTruncate(s, node);
        break;
    case PG_QUERY__NODE__NODE_INDEX_STMT:
        lintIndex(s, node);
        break;
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
        lintUpdate(s, node);
        break;
    case PG_QUERY__NODE__NODE_VACUUM_STMT:
    case PG_QUERY__NODE__NODE_CLUSTER_STMT:
    case PG_QUERY__NODE__NODE_REINDEX_STMT:
        lintMaintenance(s, node);
        break;
    case PG_QUERY__NODE__NODE_CREATE_STMT:
        m_createdTables.insert(relationKey(node.create_stmt->relation));
        break;
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT: {
        const PgQuery__IntoClause *into = node.create_table_as_stmt->into;
        m_createdTables.insert(relationKey(into ? into->rel : nullptr));
        break;
    }
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT: {
        const PgQuery__CreateFunctionStmt &create = *node.create_function_stmt;
        QString volatility = u"volatile"_s;
        for (const Node *option : nodes(create.options, create.n_options)) {
            const PgQuery__DefElem *defElem = asDefElem(option);
            if (defElem && equals(defElem->defname, "volatility")) {
                const PgQuery__String *value = asString(defElem->arg);
                volatility = value ? text(value->sval) : QString();
            }
        }
        m_createdFunctions.insert(keyFromName(strings(nodes(create.funcname, create.n_funcname))),
                                  volatility);
        break;
    }
    case PG_QUERY__NODE__NODE_LOCK_STMT: {
        const PgQuery__LockStmt &lock = *node.lock_stmt;
        if (lock.mode == AccessExclusive) {
            for (const Node *relation : nodes(lock.relations, lock.n_relations))
                requireLockTimeout(s, relationName(asRangeVar(relation)));
        }
        break;
    }
    case PG_QUERY__NODE__NODE_DO_STMT:
        report(s, u"do-block"_s, FindingSeverity::Info, QString(), false, false,
               Tr::tr("The DO block's body is not analysed: the linter cannot see which statements it runs."),
               Tr::tr("Prefer plain SQL statements in migrations, or review the block by hand."));
        break;
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
        switch (node.transaction_stmt->kind) {
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_BEGIN:
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_START:
            s.state->inTransaction = true;
            break;
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT:
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK:
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_PREPARE:
            s.state->inTransaction = false;
            s.state->lockTimeoutLocal = false;
            break;
        default:
            break;
        }
        break;
    default:
        noteLockTimeout(s, node);
        break;
    }
}

void MigrationLinter::noteLockTimeout(Statement &s, const PgQuery__Node &node)
{
    bool local = false;
    std::optional<bool> enabled;
    if (node.node_case == PG_QUERY__NODE__NODE_VARIABLE_SET_STMT) {
        const PgQuery__VariableSetStmt &set = *node.variable_set_stmt;
        if (set.kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL) {
            enabled = false;
        } else if (equals(set.name, "lock_timeout")) {
            local = set.is_local;
            enabled = set.kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE &&
                      enablesTimeout(nodes(set.args, set.n_args).at(0));
        }
    } else if (node.node_case == PG_QUERY__NODE__NODE_SELECT_STMT) {
        // SELECT set_config('lock_timeout', '2s', is_local)
        const PgQuery__SelectStmt &select = *node.select_stmt;
        for (const Node *target : nodes(select.target_list, select.n_target_list)) {
            const PgQuery__ResTarget *resTarget = asResTarget(target);
            const PgQuery__FuncCall *call = asFuncCall(resTarget ? resTarget->val : nullptr);
            if (!call)
                continue;
            const QStringList function = strings(nodes(call->funcname, call->n_funcname));
            if (function.isEmpty() || function.last() != u"set_config")
                continue;
            const Nodes args = nodes(call->args, call->n_args);
            const PgQuery__AConst *name = asConst(args.at(0));
            if (args.count != 3 || !name || name->val_case != PG_QUERY__A__CONST__VAL_SVAL || !name->sval ||
                !equals(name->sval->sval, "lock_timeout"))
                continue;
            enabled = enablesTimeout(args.at(1));
            const PgQuery__AConst *isLocal = asConst(args.at(2));
            local = isLocal && isLocal->val_case == PG_QUERY__A__CONST__VAL_BOOLVAL && isLocal->boolval &&
                    isLocal->boolval->boolval;
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

// The first call of a volatile function anywhere in an expression, as "name()"; empty if none.
// Walks every message field through protobuf-c's descriptors, in field-name order.
QString MigrationLinter::volatileCall(const ProtobufCMessage *expression) const
{
    if (!expression)
        return QString();
    const ProtobufCMessageDescriptor *descriptor = expression->descriptor;
    if (descriptor == &pg_query__node__descriptor) {
        const auto *node = reinterpret_cast<const Node *>(expression);
        if (const PgQuery__FuncCall *call = asFuncCall(node)) {
            const QStringList name = strings(nodes(call->funcname, call->n_funcname));
            const QString key = keyFromName(name);
            const bool isVolatile = m_createdFunctions.contains(key)
                                        ? m_createdFunctions.value(key) == u"volatile"
                                        : (!name.isEmpty() && kVolatileFunctions.contains(name.last()));
            if (isVolatile)
                return name.join(u'.') + u"()"_s;
        }
    }
    const auto *bytes = reinterpret_cast<const char *>(expression);
    for (unsigned i = 0; i < descriptor->n_fields; ++i) {
        const ProtobufCFieldDescriptor &field = descriptor->fields[descriptor->fields_sorted_by_name[i]];
        if (field.type != PROTOBUF_C_TYPE_MESSAGE)
            continue;
        if (field.label == PROTOBUF_C_LABEL_REPEATED) {
            size_t count = 0;
            std::memcpy(&count, bytes + field.quantifier_offset, sizeof count);
            ProtobufCMessage *const *items = nullptr;
            std::memcpy(&items, bytes + field.offset, sizeof items);
            for (size_t k = 0; k < count; ++k) {
                if (QString found = volatileCall(items[k]); !found.isEmpty())
                    return found;
            }
            continue;
        }
        if (field.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
            uint32_t active = 0;
            std::memcpy(&active, bytes + field.quantifier_offset, sizeof active);
            if (active != field.id)
                continue;
        }
        const ProtobufCMessage *child = nullptr;
        std::memcpy(&child, bytes + field.offset, sizeof child);
        if (QString found = volatileCall(child); !found.isEmpty())
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
    s.locate();
    MigrationFinding f;
    f.file = *s.file;
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

void MigrationLinter::lintAlterTable(Statement &s, const PgQuery__Node &node)
{
    const PgQuery__AlterTableStmt &alter = *node.alter_table_stmt;
    if (alter.objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
        return;
    const PgQuery__RangeVar *relation = alter.relation;
    const QString key = relationKey(relation);
    const QString table = relationName(relation);
    const bool isExisting = existing(key);
    int lock = NoLock;
    for (const Node *entry : nodes(alter.cmds, alter.n_cmds)) {
        const PgQuery__AlterTableCmd *cmd = asAlterTableCmd(entry);
        if (!cmd)
            continue;
        const QString column = text(cmd->name);
        lock = std::max(lock, alterCommandLock(*cmd));
        switch (cmd->subtype) {
        case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint: {
            const QString check = key + u'/' + column;
            if (const auto it = m_notNullChecks.constFind(check); it != m_notNullChecks.cend())
                m_provenNotNull.insert(key + u'/' + it.value());
            continue;
        }
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
            lintAddConstraint(s, relation, asConstraint(cmd->def));
            continue;
        default:
            break;
        }
        if (!isExisting)
            continue;
        switch (cmd->subtype) {
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
            report(s, u"drop-column"_s, FindingSeverity::Info, lockName(AccessExclusive), false, true,
                   Tr::tr("Dropping column %1 of %2 breaks code that still reads or writes it.")
                       .arg(column, table),
                   Tr::tr("Expand/contract: release code that no longer uses %1 first, then drop the column "
                          "in a later contract release (lint it with --contract).")
                       .arg(column));
            break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType:
            report(s, u"change-column-type"_s, FindingSeverity::Error, lockName(AccessExclusive), true, true,
                   Tr::tr("Changing the type of column %1 of %2 rewrites the table under an ACCESS EXCLUSIVE "
                          "lock and breaks code that still expects the old type.")
                       .arg(column, table),
                   Tr::tr("Add a new column of the new type, write to both and backfill in batches, release "
                          "code that reads the new column, then drop %1 in a contract release.")
                       .arg(column));
            break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
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
            break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
            lintAddColumn(s, relation, asColumnDef(cmd->def));
            break;
        default:
            break;
        }
    }
    if (isExisting && lock == AccessExclusive)
        requireLockTimeout(s, table);
}

void MigrationLinter::lintAddColumn(Statement &s,
                                    const PgQuery__RangeVar *relation,
                                    const PgQuery__ColumnDef *columnDef)
{
    if (!columnDef)
        return;
    const QString table = relationName(relation);
    const QString column = text(columnDef->colname);
    const QStringList typeName =
        columnDef->type_name ? strings(nodes(columnDef->type_name->names, columnDef->type_name->n_names))
                             : QStringList();
    QString rewriteCause;
    if (typeName.size() == 1 && kSerialTypes.contains(typeName.first()))
        rewriteCause = typeName.first();
    bool hasDefault = !rewriteCause.isEmpty();
    bool notNull = false;
    for (const Node *entry : nodes(columnDef->constraints, columnDef->n_constraints)) {
        const PgQuery__Constraint *constraint = asConstraint(entry);
        if (!constraint)
            continue;
        switch (constraint->contype) {
        case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
            hasDefault = true;
            if (rewriteCause.isEmpty())
                rewriteCause = volatileCall(reinterpret_cast<const ProtobufCMessage *>(constraint->raw_expr));
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY:
            hasDefault = true;
            rewriteCause = u"GENERATED AS IDENTITY"_s;
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED:
            hasDefault = true;
            rewriteCause = u"GENERATED ALWAYS AS (…) STORED"_s;
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
            notNull = true;
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
        case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
        case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
        case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
            lintAddConstraint(s, relation, constraint);
            break;
        default:
            break;
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
                                        const PgQuery__RangeVar *relation,
                                        const PgQuery__Constraint *constraint)
{
    if (!constraint)
        return;
    const QString key = relationKey(relation);
    const QString name = text(constraint->conname);
    const bool notValid = constraint->skip_validation;
    const PgQuery__ConstrType contype = constraint->contype;
    if (contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK && notValid) {
        // Remember CHECK (col IS NOT NULL) NOT VALID: once validated, SET NOT NULL needs no scan.
        const PgQuery__NullTest *test = asNullTest(constraint->raw_expr);
        if (test && test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL) {
            const PgQuery__ColumnRef *ref = asColumnRef(test->arg);
            const QStringList fields = ref ? strings(nodes(ref->fields, ref->n_fields)) : QStringList();
            if (fields.size() == 1 && !name.isEmpty())
                m_notNullChecks.insert(key + u'/' + name, fields.first());
        }
    }
    if (!existing(key) || notValid)
        return;
    const QString table = relationName(relation);
    const QString shownName = name.isEmpty() ? Tr::tr("(unnamed)") : name;
    if (contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
        report(
            s, u"add-foreign-key"_s, FindingSeverity::Error, lockName(ShareRowExclusive), false, false,
            Tr::tr("Adding foreign key %1 on %2 checks every row while holding SHARE ROW EXCLUSIVE locks on "
                   "%2 and %3, blocking their writes.")
                .arg(shownName, table, relationName(constraint->pktable)),
            Tr::tr("Add the constraint with NOT VALID, then run ALTER TABLE … VALIDATE CONSTRAINT in a "
                   "separate statement (it takes only SHARE UPDATE EXCLUSIVE)."));
    } else if (contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) {
        report(
            s, u"add-check-constraint"_s, FindingSeverity::Error, lockName(AccessExclusive), false, false,
            Tr::tr("Adding CHECK constraint %1 on %2 scans the whole table under an ACCESS EXCLUSIVE lock.")
                .arg(shownName, table),
            Tr::tr("Add the constraint with NOT VALID, then run ALTER TABLE … VALIDATE CONSTRAINT in a "
                   "separate statement (it takes only SHARE UPDATE EXCLUSIVE)."));
    } else if ((contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ||
                contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY) &&
               isEmpty(constraint->indexname)) {
        const bool primary = contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY;
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

void MigrationLinter::lintRename(Statement &s, const PgQuery__Node &node)
{
    const PgQuery__RenameStmt &rename = *node.rename_stmt;
    const QString key = relationKey(rename.relation);
    const QString table = relationName(rename.relation);
    const QString newName = text(rename.newname);
    if (rename.rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
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
    } else if (rename.rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN &&
               rename.relation_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
        if (!existing(key))
            return;
        const QString column = text(rename.subname);
        report(s, u"rename-column"_s, FindingSeverity::Info, lockName(AccessExclusive), false, true,
               Tr::tr("Renaming column %1 of %2 to %3 breaks code that still uses the old name.")
                   .arg(column, table, newName),
               Tr::tr("Add column %2, write to both and backfill in batches, release code that reads %2, "
                      "then drop %1 in a contract release.")
                   .arg(column, newName));
        requireLockTimeout(s, table);
    }
}

void MigrationLinter::lintDrop(Statement &s, const PgQuery__Node &node)
{
    const PgQuery__DropStmt &drop = *node.drop_stmt;
    switch (drop.remove_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
        lintDropIndex(s, node);
        break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: {
        QString firstExisting;
        for (const Node *object : nodes(drop.objects, drop.n_objects)) {
            const QStringList name = listStrings(object);
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
        break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
        for (const Node *object : nodes(drop.objects, drop.n_objects)) {
            const PgQuery__ObjectWithArgs *function = asObjectWithArgs(object);
            const QStringList name =
                function ? strings(nodes(function->objname, function->n_objname)) : QStringList();
            const QString key = keyFromName(name);
            if (m_createdFunctions.contains(key)) {
                m_createdFunctions.remove(key);
                continue;
            }
            const QString shown = name.join(u'.');
            report(
                s, u"drop-function"_s, FindingSeverity::Info, lockName(AccessExclusive), false, true,
                Tr::tr("Dropping function %1 breaks code that still calls it.").arg(shown),
                Tr::tr("Keep %1 until no running code calls it and drop it in a contract release; to change "
                       "it, create a function under a new name and move the code to it.")
                    .arg(shown));
        }
        break;
    default:
        break;
    }
}

void MigrationLinter::lintTruncate(Statement &s, const PgQuery__Node &node)
{
    const PgQuery__TruncateStmt &truncate = *node.truncate_stmt;
    QString firstExisting;
    for (const Node *relation : nodes(truncate.relations, truncate.n_relations)) {
        const PgQuery__RangeVar *rangeVar = asRangeVar(relation);
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

void MigrationLinter::lintIndex(Statement &s, const PgQuery__Node &node)
{
    const PgQuery__IndexStmt &index = *node.index_stmt;
    const PgQuery__RangeVar *relation = index.relation;
    const bool concurrent = index.concurrent;
    if (concurrent && s.state->inTransaction) {
        report(
            s, u"concurrently-in-transaction"_s, FindingSeverity::Error, lockName(ShareUpdateExclusive),
            false, false,
            Tr::tr("CREATE INDEX CONCURRENTLY cannot run inside a transaction block: this migration fails."),
            Tr::tr("Move the statement out of BEGIN … COMMIT, into a migration file of its own."));
    }
    if (!isEmpty(index.idxname)) {
        const QString schema = relation ? text(relation->schemaname) : QString();
        m_createdIndexes.insert((schema.isEmpty() ? u"public"_s : schema) + u'.' + text(index.idxname));
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

void MigrationLinter::lintUpdate(Statement &s, const PgQuery__Node &node)
{
    const PgQuery__UpdateStmt &update = *node.update_stmt;
    if (update.where_clause || !existing(relationKey(update.relation)))
        return;
    report(
        s, u"unbounded-update"_s, FindingSeverity::Error, lockName(RowExclusive), true, false,
        Tr::tr("UPDATE of every row of %1 in one statement locks all rows and writes a new version of each, "
               "blocking concurrent writers until it commits.")
            .arg(relationName(update.relation)),
        Tr::tr("Backfill in batches (for example by primary key ranges), each in its own transaction."));
}

void MigrationLinter::lintDropIndex(Statement &s, const PgQuery__Node &node)
{
    const PgQuery__DropStmt &drop = *node.drop_stmt;
    const bool concurrent = drop.concurrent;
    if (concurrent && s.state->inTransaction) {
        report(s, u"concurrently-in-transaction"_s, FindingSeverity::Error, lockName(ShareUpdateExclusive),
               false, false,
               Tr::tr("DROP INDEX CONCURRENTLY cannot run inside a transaction block: this migration fails."),
               Tr::tr("Move the statement out of BEGIN … COMMIT, into a migration file of its own."));
    }
    if (concurrent)
        return;
    for (const Node *object : nodes(drop.objects, drop.n_objects)) {
        const QStringList name = listStrings(object);
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

void MigrationLinter::lintMaintenance(Statement &s, const PgQuery__Node &node)
{
    if (node.node_case == PG_QUERY__NODE__NODE_VACUUM_STMT) {
        const PgQuery__VacuumStmt &vacuum = *node.vacuum_stmt;
        bool full = false;
        for (const Node *option : nodes(vacuum.options, vacuum.n_options)) {
            const PgQuery__DefElem *defElem = asDefElem(option);
            if (!defElem || !equals(defElem->defname, "full"))
                continue;
            // VACUUM (FULL false) is a plain VACUUM.
            const PgQuery__Boolean *boolean = asBoolean(defElem->arg);
            const PgQuery__Integer *integer = asInteger(defElem->arg);
            const PgQuery__String *string = asString(defElem->arg);
            const QString value = string ? text(string->sval).toLower() : QString();
            full = !(boolean && !boolean->boolval) && value != u"false" && value != u"off" &&
                   !(integer && integer->ival == 0);
        }
        if (!full || !vacuum.is_vacuumcmd)
            return;
        QStringList tables;
        for (const Node *rel : nodes(vacuum.rels, vacuum.n_rels)) {
            const PgQuery__VacuumRelation *vacuumRelation = asVacuumRelation(rel);
            const PgQuery__RangeVar *relation = vacuumRelation ? vacuumRelation->relation : nullptr;
            if (existing(relationKey(relation)))
                tables << relationName(relation);
        }
        if (tables.isEmpty() && vacuum.n_rels > 0)
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
    if (node.node_case == PG_QUERY__NODE__NODE_CLUSTER_STMT) {
        const PgQuery__RangeVar *relation = node.cluster_stmt->relation;
        if (relation && !existing(relationKey(relation)))
            return;
        const QString what = !relation ? Tr::tr("every previously clustered table") : relationName(relation);
        report(s, u"cluster"_s, FindingSeverity::Error, lockName(AccessExclusive), true, false,
               Tr::tr("CLUSTER rewrites %1 under an ACCESS EXCLUSIVE lock: no reads or writes until it is "
                      "done.")
                   .arg(what),
               Tr::tr("Do not reorder tables in a migration; if it is needed, use pg_repack (online) outside "
                      "the deployment."));
        return;
    }
    // ReindexStmt
    const PgQuery__ReindexStmt &reindex = *node.reindex_stmt;
    for (const Node *param : nodes(reindex.params, reindex.n_params)) {
        const PgQuery__DefElem *defElem = asDefElem(param);
        if (defElem && equals(defElem->defname, "concurrently")) {
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
    const PgQuery__RangeVar *relation = reindex.relation;
    if (reindex.kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_TABLE &&
        !existing(relationKey(relation)))
        return;
    if (reindex.kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_INDEX) {
        const QString schema = relation ? text(relation->schemaname) : QString();
        if (m_createdIndexes.contains((schema.isEmpty() ? u"public"_s : schema) + u'.' +
                                      (relation ? text(relation->relname) : QString())))
            return;
    }
    const QString what = !relation ? text(reindex.name) : relationName(relation);
    report(
        s, u"reindex-non-concurrent"_s, FindingSeverity::Error, lockName(Share), false, false,
        Tr::tr("REINDEX %1 without CONCURRENTLY blocks writes to the table (SHARE lock) and locks the index "
               "being rebuilt (ACCESS EXCLUSIVE) for the whole rebuild.")
            .arg(what),
        Tr::tr("Use REINDEX … CONCURRENTLY (PostgreSQL 12+), outside a transaction block, in a migration "
               "file of its own."));
}

} // namespace core
