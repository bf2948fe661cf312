#include "SqlParseTree.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <QCoreApplication>
#include <QScopeGuard>

#include "core/policy/SqlSourceMap.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

// The messages keep the linter's translation context: they were the linter's before.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::MigrationLinter)
};

constexpr size_t kBlockSize = 64 * 1024;
constexpr size_t kAlignment = alignof(std::max_align_t);

} // namespace

// A bump allocator for protobuf-c's unpack: one migration's nodes are many small allocations that
// all die together, so they are carved from a few large blocks and never freed one by one.
void *SqlParseTree::allocate(void *self, size_t size)
{
    auto *tree = static_cast<SqlParseTree *>(self);
    size = (size + kAlignment - 1) & ~(kAlignment - 1);
    if (size > tree->m_left) {
        const size_t blockSize = std::max(size, kBlockSize);
        tree->m_blocks.push_back(std::make_unique_for_overwrite<std::byte[]>(blockSize));
        tree->m_next = tree->m_blocks.back().get();
        tree->m_left = blockSize;
    }
    void *pointer = tree->m_next;
    tree->m_next += size;
    tree->m_left -= size;
    return pointer;
}

void SqlParseTree::release(void *, void *) {}

SqlParseTree::~SqlParseTree() = default;

Result<std::unique_ptr<SqlParseTree>> SqlParseTree::parse(const QString &file, const SqlSourceMap &source)
{
    // The parser does not skip a UTF-8 byte order mark; blank it out, keeping every offset.
    QByteArray forParser = source.bytes();
    if (forParser.startsWith("\xEF\xBB\xBF"))
        forParser.replace(0, 3, "   ");

    PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(forParser.constData());
    const auto freeParsed = qScopeGuard([&parsed] { pg_query_free_protobuf_parse_result(parsed); });
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

    std::unique_ptr<SqlParseTree> tree(new SqlParseTree);
    ProtobufCAllocator allocator{&SqlParseTree::allocate, &SqlParseTree::release, tree.get()};
    tree->m_result = pg_query__parse_result__unpack(
        &allocator, parsed.parse_tree.len, reinterpret_cast<const uint8_t *>(parsed.parse_tree.data));
    if (!tree->m_result) {
        return Error{u"migration.parser"_s,
                     Tr::tr("%1: the SQL parser's output could not be read.").arg(file),
                     u"protobuf unpack failed"_s};
    }
    return tree;
}

} // namespace core
