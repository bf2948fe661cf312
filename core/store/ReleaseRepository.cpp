#include "ReleaseRepository.h"

#include <optional>

#include <QCoreApplication>
#include <QJsonDocument>

#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

// Contract flag and migrations folder live in release_migrations (schema version 3), one row
// per release that has either.
const QString kColumns =
    u"r.id, r.service_id, r.version, r.commit_sha, r.artifacts, r.migrations, r.created_at, "
    u"COALESCE(m.contract, 0), COALESCE(m.migrations_dir, ''), r.committed_at"_s;
const QString kFrom = u" FROM releases r LEFT JOIN release_migrations m ON m.release_id = r.id"_s;

Release fromRow(const QSqlQuery &q)
{
    Release r;
    r.id = q.value(0).toLongLong();
    r.serviceId = q.value(1).toLongLong();
    r.version = q.value(2).toString();
    r.commitSha = q.value(3).toString();
    r.artifacts = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    r.migrations = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    r.contract = q.value(7).toInt() != 0;
    r.migrationsDir = q.value(8).toString();
    if (!q.value(9).isNull())
        r.committedAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    return r;
}

} // namespace

Result<ReleaseId> ReleaseRepository::create(const Release &release)
{
    const bool extra = release.contract || !release.migrationsDir.isEmpty();
    std::optional<WriteTransaction> tx;
    if (extra) {
        tx.emplace(m_db, m_dialect);
        if (!tx->begun().ok())
            return tx->begun().error();
    }
    const QDateTime at = release.createdAt.isValid() ? release.createdAt : QDateTime::currentDateTimeUtc();
    QList<Binding> values{
        {u":service"_s, release.serviceId},
        {u":version"_s, release.version},
        {u":commit"_s, release.commitSha},
        {u":artifacts"_s, QString::fromUtf8(QJsonDocument(release.artifacts).toJson(QJsonDocument::Compact))},
        {u":migrations"_s,
         QString::fromUtf8(QJsonDocument(release.migrations).toJson(QJsonDocument::Compact))},
        {u":digest"_s, release.digest()},
        {u":at"_s, at.toMSecsSinceEpoch()}};
    // The commit time (schema 9) only when known, as release_migrations only when needed.
    const bool committed = release.committedAt.isValid();
    if (committed)
        values << Binding{u":committed"_s, release.committedAt.toMSecsSinceEpoch()};
    auto q = runReturning(
        m_db,
        committed ? u"INSERT INTO releases (service_id, version, commit_sha, artifacts, migrations, digest, "
                    "created_at, committed_at) VALUES (:service, :version, :commit, :artifacts, :migrations, "
                    ":digest, :at, :committed) RETURNING id"_s
                  : u"INSERT INTO releases (service_id, version, commit_sha, artifacts, migrations, digest, "
                    "created_at) VALUES (:service, :version, :commit, :artifacts, :migrations, :digest, :at) "
                    "RETURNING id"_s,
        values);
    if (!q.ok()) {
        if (q.error().code.endsWith(u"2067"_s) || q.error().code.endsWith(u"23505"_s)) {
            return Error{u"release.exists"_s,
                         QCoreApplication::translate("core::Workspace", "Release %1 is already registered.")
                             .arg(release.version),
                         {}};
        }
        return q.error();
    }
    const ReleaseId id = q->value_or(0);
    if (extra) {
        auto inserted = runSql(m_db,
                               u"INSERT INTO release_migrations (release_id, contract, migrations_dir) "
                               "VALUES (:release, :contract, :dir)"_s,
                               {{u":release"_s, id},
                                {u":contract"_s, release.contract ? 1 : 0},
                                {u":dir"_s, release.migrationsDir}});
        if (!inserted.ok())
            return inserted.error();
        if (auto committed = tx->commit(); !committed.ok())
            return committed.error();
    }
    return id;
}

Result<QList<Release>> ReleaseRepository::list(ServiceId service) const
{
    return collectRows(runSql(m_db,
                              u"SELECT "_s + kColumns + kFrom +
                                  u" WHERE r.service_id = :service ORDER BY r.created_at, r.id"_s,
                              {{u":service"_s, service}}),
                       fromRow);
}

Result<Release> ReleaseRepository::get(ReleaseId id) const
{
    auto q = runSql(m_db, u"SELECT "_s + kColumns + kFrom + u" WHERE r.id = :id"_s, {{u":id"_s, id}});
    if (!q.ok())
        return q.error();
    if (!q->next()) {
        return Error{u"release.unknown"_s,
                     QCoreApplication::translate("core::Workspace", "There is no release #%1.").arg(id),
                     {}};
    }
    return fromRow(*q);
}

Result<Release> ReleaseRepository::byVersion(ServiceId service, const QString &version) const
{
    auto all = list(service);
    if (!all.ok())
        return all.error();
    QStringList known;
    for (const Release &r : *all) {
        if (r.version == version)
            return r;
        known << r.version;
    }
    return Error{u"release.unknown"_s,
                 QCoreApplication::translate("core::Workspace", "There is no release %1. Known releases: %2.")
                     .arg(version, known.isEmpty() ? QCoreApplication::translate("core::Workspace", "none")
                                                   : known.join(u", "_s)),
                 {}};
}

} // namespace core
