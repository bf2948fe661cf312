#include "MigrationFile.h"

#include <cstring>
#include <pg_query/pg_query.pb-c.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "core/policy/SqlParseTree.h"
#include "core/policy/SqlSourceMap.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::MigrationFile)
};

// Why a statement cannot run inside a transaction block; empty when it can.
QString outsideTransactionKind(const PgQuery__Node &node)
{
    switch (node.node_case) {
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
        return u"transaction control"_s;
    case PG_QUERY__NODE__NODE_INDEX_STMT:
        return node.index_stmt->concurrent ? u"CREATE INDEX CONCURRENTLY"_s : QString();
    case PG_QUERY__NODE__NODE_DROP_STMT:
        return node.drop_stmt->concurrent ? u"DROP INDEX CONCURRENTLY"_s : QString();
    case PG_QUERY__NODE__NODE_REINDEX_STMT:
        for (size_t i = 0; i < node.reindex_stmt->n_params; ++i) {
            const PgQuery__Node *param = node.reindex_stmt->params[i];
            if (param->node_case == PG_QUERY__NODE__NODE_DEF_ELEM && param->def_elem->defname &&
                std::strcmp(param->def_elem->defname, "concurrently") == 0)
                return u"REINDEX CONCURRENTLY"_s;
        }
        return QString();
    case PG_QUERY__NODE__NODE_VACUUM_STMT:
        return node.vacuum_stmt->is_vacuumcmd ? u"VACUUM"_s : QString();
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
        for (size_t i = 0; i < node.alter_table_stmt->n_cmds; ++i) {
            const PgQuery__Node *cmd = node.alter_table_stmt->cmds[i];
            if (cmd->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD ||
                cmd->alter_table_cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition)
                continue;
            const PgQuery__Node *def = cmd->alter_table_cmd->def;
            if (def && def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD && def->partition_cmd->concurrent)
                return u"DETACH PARTITION CONCURRENTLY"_s;
        }
        return QString();
    case PG_QUERY__NODE__NODE_CREATEDB_STMT:
        return u"CREATE DATABASE"_s;
    case PG_QUERY__NODE__NODE_DROPDB_STMT:
        return u"DROP DATABASE"_s;
    case PG_QUERY__NODE__NODE_CREATE_TABLE_SPACE_STMT:
        return u"CREATE TABLESPACE"_s;
    case PG_QUERY__NODE__NODE_DROP_TABLE_SPACE_STMT:
        return u"DROP TABLESPACE"_s;
    case PG_QUERY__NODE__NODE_ALTER_SYSTEM_STMT:
        return u"ALTER SYSTEM"_s;
    case PG_QUERY__NODE__NODE_CREATE_SUBSCRIPTION_STMT:
        return u"CREATE SUBSCRIPTION"_s;
    case PG_QUERY__NODE__NODE_DROP_SUBSCRIPTION_STMT:
        return u"DROP SUBSCRIPTION"_s;
    default:
        return QString();
    }
}

} // namespace

QString MigrationFile::Requirement::describe() const
{
    switch (kind) {
    case Kind::Table:
        return u"table %1.%2"_s.arg(schema, name);
    case Kind::Column:
        return u"column %1.%2.%3"_s.arg(schema, name, column);
    case Kind::Function:
        return u"function %1.%2"_s.arg(schema, name);
    }
    return QString();
}

QStringList MigrationFile::statementTexts() const
{
    QStringList texts;
    for (const Statement &s : m_statements)
        texts.append(s.text);
    return texts;
}

Result<MigrationFile> MigrationFile::load(const QString &path)
{
    MigrationFile file;
    file.m_path = path;
    const QFileInfo info(path);
    file.m_fileName = info.fileName();
    static const QRegularExpression namePattern(u"^([0-9]+)_(.+)\\.sql$"_s);
    const QRegularExpressionMatch named = namePattern.match(file.m_fileName);
    if (!named.hasMatch()) {
        return Error{u"migration.bad_name"_s,
                     Tr::tr("%1: a migration file is named <version>_<name>.sql, the version being digits "
                            "(for example 20240101120000_add_users.sql).")
                         .arg(path),
                     {}};
    }
    file.m_version = named.captured(1);
    file.m_name = named.captured(2);

    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error{u"migration.unreadable"_s,
                     Tr::tr("Cannot read the migration %1: %2").arg(path, in.errorString()),
                     {}};
    }
    const QByteArray sql = in.readAll();
    file.m_sha256 = QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex());

    // One parse, shared with nothing else: syntax errors come back as file:line:column.
    const SqlSourceMap source(sql);
    auto parsed = SqlParseTree::parse(path, source);
    if (!parsed.ok())
        return parsed.error();
    const PgQuery__ParseResult &tree = (*parsed)->result();
    for (size_t i = 0; i < tree.n_stmts; ++i) {
        const PgQuery__RawStmt *raw = tree.stmts[i];
        if (!raw || !raw->stmt)
            continue;
        const qsizetype location = raw->stmt_location;
        const qsizetype length = raw->stmt_len;
        const qsizetype end = length > 0 ? location + length : sql.size();
        const qsizetype start = source.skipBlankAndComments(location, end);
        Statement statement;
        statement.text = source.text(start, end);
        const SqlSourceMap::Position at = source.positionOfByte(start);
        statement.line = at.line;
        statement.column = at.column;
        const QString outside = outsideTransactionKind(*raw->stmt);
        statement.outsideTransaction = !outside.isEmpty();
        if (statement.outsideTransaction && file.m_outsideReason.isEmpty()) {
            file.m_outsideReason =
                Tr::tr("line %1 holds %2, which cannot run inside a transaction block: the file runs "
                       "statement by statement, and a failure leaves the statements before it applied")
                    .arg(statement.line)
                    .arg(outside);
        }
        if (!statement.text.isEmpty())
            file.m_statements.append(statement);
    }

    static const QRegularExpression requirePattern(u"^\\s*--\\s*requires:\\s*(\\S+)\\s+(\\S+)\\s*$"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = QString::fromUtf8(sql).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = requirePattern.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        Requirement r;
        r.line = static_cast<int>(i + 1);
        const QString kind = m.captured(1).toLower();
        QStringList parts = m.captured(2).split(u'.');
        bool ok = !parts.contains(QString());
        if (kind == u"table" || kind == u"function") {
            r.kind = kind == u"table" ? Requirement::Kind::Table : Requirement::Kind::Function;
            ok = ok && parts.size() <= 2;
            if (ok && parts.size() == 1)
                parts.prepend(u"public"_s);
            if (ok) {
                r.schema = parts.at(0);
                r.name = parts.at(1);
            }
        } else if (kind == u"column") {
            r.kind = Requirement::Kind::Column;
            ok = ok && (parts.size() == 2 || parts.size() == 3);
            if (ok && parts.size() == 2)
                parts.prepend(u"public"_s);
            if (ok) {
                r.schema = parts.at(0);
                r.name = parts.at(1);
                r.column = parts.at(2);
            }
        } else {
            ok = false;
        }
        if (!ok) {
            return Error{u"migration.bad_requirement"_s,
                         Tr::tr("%1:%2: “%3” is not a requirement; write “-- requires: table schema.table”, "
                                "“-- requires: column schema.table.column” or “-- requires: function "
                                "schema.function”.")
                             .arg(path)
                             .arg(r.line)
                             .arg(lines.at(i).trimmed()),
                         {}};
        }
        file.m_requirements.append(r);
    }
    return file;
}

} // namespace core
