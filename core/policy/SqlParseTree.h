#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

#include <QString>
#include <QtGlobal>

#include "core/Result.h"

struct PgQuery__ParseResult;

namespace core {

class SqlSourceMap;

// One libpg_query parse of a migration, in its protobuf form unpacked into C structs
// (pg_query.pb-c.h) that the linter and the runner walk directly — no JSON in between. The nodes
// live in an arena owned by this object and freed with it.
class SqlParseTree
{
public:
    // Parses the source's text. Errors: "migration.syntax" (the message starts with
    // file:line:column), "migration.parser" (libpg_query's output could not be read).
    [[nodiscard]] static Result<std::unique_ptr<SqlParseTree>> parse(const QString &file,
                                                                     const SqlSourceMap &source);

    ~SqlParseTree();
    Q_DISABLE_COPY_MOVE(SqlParseTree)

    [[nodiscard]] const PgQuery__ParseResult &result() const { return *m_result; }

private:
    SqlParseTree() = default;

    static void *allocate(void *self, size_t size);
    static void release(void *self, void *pointer);

    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
    std::byte *m_next = nullptr;
    size_t m_left = 0;
    PgQuery__ParseResult *m_result = nullptr;
};

} // namespace core
