#include "MigrationFileReport.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {

QString migrationKindToString(MigrationKind kind)
{
    return kind == MigrationKind::Contract ? u"contract"_s : u"expand"_s;
}

bool MigrationFileReport::hasErrors() const
{
    return count(FindingSeverity::Error) > 0;
}

int MigrationFileReport::count(FindingSeverity severity) const
{
    return static_cast<int>(std::count_if(findings.cbegin(), findings.cend(),
                                          [severity](const auto &f) { return f.severity == severity; }));
}

} // namespace core
