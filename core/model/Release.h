#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "core/model/Ids.h"

namespace core {

// A version of a service that can be deployed: version, commit, artifact per target and the
// migration files with their SHA-256. Its digest is the SHA-256 of its canonical JSON.
struct Release
{
    ReleaseId id = 0;
    ServiceId serviceId = 0;
    QString version;
    QString commitSha;
    QJsonObject artifacts; // target -> artifact reference
    QJsonArray migrations; // [{file, version, sha256}] of the files in migrationsDir
    // A contract release may break old code (drop, rename…); an expand release may not.
    bool contract = false;
    QString migrationsDir; // where the migration files are on this machine (not part of the digest)
    QDateTime createdAt;
    // When its commit was made (UTC), if known: DORA lead time runs from here, else from createdAt.
    // Not part of the digest (a fact about the commit, not about what gets deployed).
    QDateTime committedAt;

    [[nodiscard]] QJsonObject canonicalJson() const;
    [[nodiscard]] QString digest() const;
};

} // namespace core
