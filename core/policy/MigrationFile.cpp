#include "MigrationFile.h"

#include <pg_query.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>

#include "core/policy/MigrationLinter.h"
#include "core/policy/SqlSourceMap.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::MigrationFile)
};

std::pair<QString, QJsonObject> unwrap(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.size() != 1)
        return {};
    return {object.begin().key(), object.begin().value().toObject()};
}

// Why a statement cannot run inside a transaction block; empty when it can.
QString outsideTransactionKind(const QString &type, const QJsonObject &node)
{
    if (type == u"TransactionStmt")
        return u"transaction control"_s;
    if (type == u"IndexStmt" && node.value(u"concurrent"_s).toBool())
        return u"CREATE INDEX CONCURRENTLY"_s;
    if (type == u"DropStmt" && node.value(u"concurrent"_s).toBool())
        return u"DROP INDEX CONCURRENTLY"_s;
    if (type == u"ReindexStmt") {
        for (const QJsonValue &param : node.value(u"params"_s).toArray()) {
            if (unwrap(param).second.value(u"defname"_s).toString() == u"concurrently")
                return u"REINDEX CONCURRENTLY"_s;
        }
    }
    if (type == u"VacuumStmt" && node.value(u"is_vacuumcmd"_s).toBool())
        return u"VACUUM"_s;
    if (type == u"AlterTableStmt") {
        for (const QJsonValue &cmd : node.value(u"cmds"_s).toArray()) {
            const QJsonObject alter = unwrap(cmd).second;
            if (alter.value(u"subtype"_s).toString() == u"AT_DetachPartition" &&
                unwrap(alter.value(u"def"_s)).second.value(u"concurrent"_s).toBool())
                return u"DETACH PARTITION CONCURRENTLY"_s;
        }
    }
    static const QHash<QString, QString> always{{u"CreatedbStmt"_s, u"CREATE DATABASE"_s},
                                                {u"DropdbStmt"_s, u"DROP DATABASE"_s},
                                                {u"CreateTableSpaceStmt"_s, u"CREATE TABLESPACE"_s},
                                                {u"DropTableSpaceStmt"_s, u"DROP TABLESPACE"_s},
                                                {u"AlterSystemStmt"_s, u"ALTER SYSTEM"_s},
                                                {u"CreateSubscriptionStmt"_s, u"CREATE SUBSCRIPTION"_s},
                                                {u"DropSubscriptionStmt"_s, u"DROP SUBSCRIPTION"_s}};
    return always.value(type);
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

    // The linter's parse reports syntax errors as file:line:column.
    MigrationLinter linter;
    if (auto linted = linter.lintSource(path, sql); !linted.ok())
        return linted.error();

    const SqlSourceMap source(sql);
    QByteArray forParser = sql;
    if (forParser.startsWith("\xEF\xBB\xBF"))
        forParser.replace(0, 3, "   ");
    PgQueryParseResult parsed = pg_query_parse(forParser.constData());
    const auto freeParsed = qScopeGuard([&parsed] { pg_query_free_parse_result(parsed); });
    if (parsed.error) {
        return Error{u"migration.syntax"_s,
                     Tr::tr("%1: the migration does not parse: %2")
                         .arg(path, QString::fromUtf8(parsed.error->message)),
                     {}};
    }
    const QJsonDocument tree = QJsonDocument::fromJson(QByteArray(parsed.parse_tree));
    for (const QJsonValue &entry : tree.object().value(u"stmts"_s).toArray()) {
        const QJsonObject raw = entry.toObject();
        const qsizetype location = raw.value(u"stmt_location"_s).toInteger();
        const qsizetype length = raw.value(u"stmt_len"_s).toInteger();
        const qsizetype end = length > 0 ? location + length : sql.size();
        const qsizetype start = source.skipBlankAndComments(location, end);
        Statement statement;
        statement.text = source.text(start, end);
        const SqlSourceMap::Position at = source.positionOfByte(start);
        statement.line = at.line;
        statement.column = at.column;
        const auto [type, node] = unwrap(raw.value(u"stmt"_s));
        const QString outside = outsideTransactionKind(type, node);
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
