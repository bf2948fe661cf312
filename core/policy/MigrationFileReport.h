#pragma once

#include <QList>
#include <QString>

#include "core/policy/MigrationFinding.h"

namespace core {

// Expand: backward compatible, old and new code both run against the result.
// Contract: breaks old code; allowed only in a release marked as a contract release.
enum class MigrationKind
{
    Expand,
    Contract
};

[[nodiscard]] QString migrationKindToString(MigrationKind kind);

// The linter's verdict on one migration file.
struct MigrationFileReport
{
    QString file;
    MigrationKind kind = MigrationKind::Expand;
    QList<MigrationFinding> findings;

    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] int count(FindingSeverity severity) const;
};

} // namespace core
