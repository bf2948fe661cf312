#include "MigrationFinding.h"

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

} // namespace core
