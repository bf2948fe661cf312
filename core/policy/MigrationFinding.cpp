#include "MigrationFinding.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace core {

QString findingSeverityToString(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info:
        return u"info"_s;
    case FindingSeverity::Warning:
        return u"warning"_s;
    case FindingSeverity::Error:
        return u"error"_s;
    }
    return u"info"_s;
}

QJsonObject MigrationFinding::toJson() const
{
    return QJsonObject{{u"file"_s, file},
                       {u"line"_s, line},
                       {u"column"_s, column},
                       {u"statement"_s, statement},
                       {u"rule"_s, rule},
                       {u"severity"_s, findingSeverityToString(severity)},
                       {u"lock"_s, lock},
                       {u"rewrites"_s, rewrites},
                       {u"breaks_old_code"_s, breaksOldCode},
                       {u"message"_s, message},
                       {u"suggestion"_s, suggestion}};
}

namespace {

char hexDigit(uint value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

// A JSON string as Qt's JSON writer escapes it: ", \ and control characters escaped (\b \f \n \r
// \t, others as \u00XX), everything else as UTF-8, an unpaired surrogate as \uXXXX.
void appendString(QByteArray &out, QStringView text)
{
    // At most 6 bytes per UTF-16 unit (\uXXXX), plus the quotes.
    QVarLengthArray<char, 2048> buffer(text.size() * 6 + 2);
    char *cursor = buffer.data();
    *cursor++ = '"';
    const char16_t *it = text.utf16();
    const char16_t *const end = it + text.size();
    const auto escapeUnit = [&cursor](char16_t unit) {
        *cursor++ = '\\';
        *cursor++ = 'u';
        *cursor++ = hexDigit((unit >> 12) & 0xF);
        *cursor++ = hexDigit((unit >> 8) & 0xF);
        *cursor++ = hexDigit((unit >> 4) & 0xF);
        *cursor++ = hexDigit(unit & 0xF);
    };
    while (it != end) {
        const char16_t u = *it++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *cursor++ = static_cast<char>(u);
                continue;
            }
            *cursor++ = '\\';
            switch (u) {
            case u'"':
                *cursor++ = '"';
                break;
            case u'\\':
                *cursor++ = '\\';
                break;
            case 0x08:
                *cursor++ = 'b';
                break;
            case 0x0C:
                *cursor++ = 'f';
                break;
            case 0x0A:
                *cursor++ = 'n';
                break;
            case 0x0D:
                *cursor++ = 'r';
                break;
            case 0x09:
                *cursor++ = 't';
                break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = hexDigit(u >> 4);
                *cursor++ = hexDigit(u & 0xF);
            }
        } else if (u < 0x800) {
            *cursor++ = static_cast<char>(0xC0 | (u >> 6));
            *cursor++ = static_cast<char>(0x80 | (u & 0x3F));
        } else if (!QChar::isSurrogate(u)) {
            *cursor++ = static_cast<char>(0xE0 | (u >> 12));
            *cursor++ = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            *cursor++ = static_cast<char>(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && it != end && QChar::isLowSurrogate(*it)) {
            const char32_t c = QChar::surrogateToUcs4(u, *it++);
            *cursor++ = static_cast<char>(0xF0 | (c >> 18));
            *cursor++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            *cursor++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *cursor++ = static_cast<char>(0x80 | (c & 0x3F));
        } else {
            escapeUnit(u);
        }
    }
    *cursor++ = '"';
    out.append(buffer.constData(), cursor - buffer.constData());
}

void appendBool(QByteArray &out, bool value)
{
    out.append(value ? QByteArrayView("true") : QByteArrayView("false"));
}

} // namespace

void MigrationFinding::appendCompactJson(QByteArray &out) const
{
    // QJsonObject keeps its keys sorted.
    out.append("{\"breaks_old_code\":");
    appendBool(out, breaksOldCode);
    out.append(",\"column\":");
    out.append(QByteArray::number(column));
    out.append(",\"file\":");
    appendString(out, file);
    out.append(",\"line\":");
    out.append(QByteArray::number(line));
    out.append(",\"lock\":");
    appendString(out, lock);
    out.append(",\"message\":");
    appendString(out, message);
    out.append(",\"rewrites\":");
    appendBool(out, rewrites);
    out.append(",\"rule\":");
    appendString(out, rule);
    out.append(",\"severity\":");
    appendString(out, findingSeverityToString(severity));
    out.append(",\"statement\":");
    appendString(out, statement);
    out.append(",\"suggestion\":");
    appendString(out, suggestion);
    out.append('}');
}

} // namespace core
