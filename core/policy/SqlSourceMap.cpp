#include "SqlSourceMap.h"

#include <algorithm>
#include <utility>

namespace core {

namespace {

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

SqlSourceMap::SqlSourceMap(QByteArray utf8)
    : m_bytes(std::move(utf8))
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_bytes.size(); ++i) {
        if (m_bytes.at(i) == '\n')
            m_lineStarts.append(i + 1);
    }
}

SqlSourceMap::Position SqlSourceMap::positionOfByte(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_bytes.size());
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype lineIndex = std::distance(m_lineStarts.cbegin(), next) - 1;
    int column = 1;
    for (qsizetype i = m_lineStarts.at(lineIndex); i < offset; ++i) {
        if (!isContinuationByte(m_bytes.at(i)))
            ++column;
    }
    return {static_cast<int>(lineIndex + 1), column};
}

qsizetype SqlSourceMap::byteOfCharacter(qsizetype characterPosition) const
{
    qsizetype characters = 0;
    for (qsizetype i = 0; i < m_bytes.size(); ++i) {
        if (isContinuationByte(m_bytes.at(i)))
            continue;
        if (++characters == characterPosition)
            return i;
    }
    return m_bytes.size();
}

qsizetype SqlSourceMap::skipBlankAndComments(qsizetype from, qsizetype to) const
{
    to = std::min(to, m_bytes.size());
    qsizetype i = std::max<qsizetype>(from, 0);
    while (i < to) {
        const char c = m_bytes.at(i);
        if (isBlank(c)) {
            ++i;
        } else if (c == '-' && i + 1 < to && m_bytes.at(i + 1) == '-') {
            while (i < to && m_bytes.at(i) != '\n')
                ++i;
        } else if (c == '/' && i + 1 < to && m_bytes.at(i + 1) == '*') {
            // Block comments nest in PostgreSQL.
            int depth = 0;
            while (i < to) {
                if (m_bytes.at(i) == '/' && i + 1 < to && m_bytes.at(i + 1) == '*') {
                    ++depth;
                    i += 2;
                } else if (m_bytes.at(i) == '*' && i + 1 < to && m_bytes.at(i + 1) == '/') {
                    i += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++i;
                }
            }
        } else {
            break;
        }
    }
    return i;
}

QString SqlSourceMap::text(qsizetype from, qsizetype to) const
{
    from = std::clamp<qsizetype>(from, 0, m_bytes.size());
    to = std::clamp<qsizetype>(to, from, m_bytes.size());
    return QString::fromUtf8(m_bytes.constData() + from, to - from).trimmed();
}

} // namespace core
