#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace core {

// Positions in a migration's UTF-8 text. libpg_query reports statements as byte offsets and
// syntax errors as 1-based character positions; people want 1-based lines and columns
// (columns count characters, not bytes).
class SqlSourceMap
{
public:
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    explicit SqlSourceMap(QByteArray utf8);

    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] Position positionOfByte(qsizetype offset) const;
    // The byte offset of a 1-based character position (as in a parser error's cursorpos).
    [[nodiscard]] qsizetype byteOfCharacter(qsizetype characterPosition) const;
    // The first byte in [from, to) that is neither white space nor inside a -- or /* */ comment.
    [[nodiscard]] qsizetype skipBlankAndComments(qsizetype from, qsizetype to) const;
    // The text of [from, to), white space trimmed.
    [[nodiscard]] QString text(qsizetype from, qsizetype to) const;

private:
    QByteArray m_bytes;
    QList<qsizetype> m_lineStarts;
};

} // namespace core
