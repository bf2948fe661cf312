#include "Workspace.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>

#include "core/Logging.h"
#include "core/store/AuditLog.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/HealthSampleRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/RollbackTriggerRepository.h"
#include "core/store/SchemaMigrations.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Sql.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

// 'SWYD': marks an SQLite file as a Switchyard workspace (PRAGMA application_id).
constexpr int kApplicationId = 0x53575944;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Workspace)
};

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"switchyard-workspace-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Status checkSqliteFile(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{u"workspace.unreadable"_s,
                     Tr::tr("Cannot read the workspace file %1: %2").arg(path, file.errorString()),
                     {}};
    }
    if (file.read(16) != QByteArrayView("SQLite format 3\0", 16)) {
        return Error{
            u"workspace.corrupt"_s,
            Tr::tr("%1 is not a Switchyard workspace: it is not an SQLite database (damaged or another kind "
                   "of file). Nothing was changed.")
                .arg(path),
            {}};
    }
    return {};
}

} // namespace

Workspace::Workspace(QString location, QString connectionName, Dialect dialect)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
{}

Workspace::~Workspace()
{
    m_triggers.reset();
    m_healthSamples.reset();
    m_audit.reset();
    m_deployments.reset();
    m_releases.reset();
    m_environments.reset();
    m_services.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Workspace::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workspace.sqlite"_s;
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<int> Workspace::schemaVersion() const
{
    return SchemaMigrations::currentVersion(database(), m_dialect);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &location)
{
    return openImpl(location, SchemaMigrations::latestVersion());
}

Result<std::unique_ptr<Workspace>> Workspace::openAtVersion(const QString &location, int schemaVersion)
{
    return openImpl(location, schemaVersion);
}

Result<std::unique_ptr<Workspace>> Workspace::openImpl(const QString &location, int schemaVersion)
{
    const bool postgres = location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
    const Dialect dialect(postgres ? Dialect::Kind::PostgreSQL : Dialect::Kind::SQLite);
    const QString name = nextConnectionName();
    std::unique_ptr<Workspace> workspace(new Workspace(location, name, dialect));

    if (!QSqlDatabase::isDriverAvailable(dialect.driverName())) {
        return Error{u"workspace.driver"_s,
                     Tr::tr("The Qt SQL driver %1 is not installed (Debian package %2).")
                         .arg(dialect.driverName(), postgres ? u"libqt6sql6-psql"_s : u"libqt6sql6-sqlite"_s),
                     {}};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
    if (postgres) {
        const QUrl url(location);
        if (!url.isValid() || url.path().size() < 2) {
            return Error{
                u"workspace.bad_url"_s,
                Tr::tr("The workspace URL %1 is not of the form postgresql://user@host:port/database.")
                    .arg(url.toDisplayString(QUrl::RemovePassword)),
                {}};
        }
        if (!url.host().isEmpty())
            db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
    } else {
        if (auto checked = checkSqliteFile(location); !checked.ok())
            return checked.error();
        const QFileInfo info(location);
        if (!QDir().mkpath(info.absolutePath())) {
            return Error{u"workspace.unwritable"_s,
                         Tr::tr("Cannot create the folder %1 for the workspace.").arg(info.absolutePath()),
                         {}};
        }
        db.setDatabaseName(location);
    }
    if (!db.open()) {
        return Error{u"workspace.open"_s,
                     Tr::tr("Cannot open the workspace %1: %2")
                         .arg(postgres ? QUrl(location).toDisplayString(QUrl::RemovePassword) : location,
                              db.lastError().text()),
                     {}};
    }
    for (const QString &statement : dialect.sessionSetup()) {
        if (auto ran = runSql(db, statement); !ran.ok()) {
            return Error{u"workspace.corrupt"_s,
                         Tr::tr("%1 cannot be used as a workspace (damaged or not a database): %2")
                             .arg(location, ran.error().message),
                         ran.error().detail};
        }
    }
    if (!postgres) {
        auto appId = runSql(db, u"PRAGMA application_id"_s);
        if (!appId.ok() || !appId->next()) {
            return Error{
                u"workspace.corrupt"_s,
                Tr::tr("%1 cannot be used as a workspace (damaged or not a database).").arg(location),
                appId.ok() ? QString() : appId.error().detail};
        }
        const int id = appId->value(0).toInt();
        if (id != 0 && id != kApplicationId) {
            return Error{
                u"workspace.foreign"_s,
                Tr::tr("%1 is an SQLite database of another application, not a Switchyard workspace.")
                    .arg(location),
                {}};
        }
        if (id == 0) {
            if (auto set = runSql(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId)); !set.ok())
                return set.error();
        }
    }
    if (auto migrated = SchemaMigrations::migrate(db, dialect, schemaVersion); !migrated.ok())
        return migrated.error();

    // Repositories keep a reference to the dialect: the workspace's own, which outlives them.
    const Dialect &own = workspace->m_dialect;
    workspace->m_services = std::make_unique<ServiceRepository>(db, own);
    workspace->m_environments = std::make_unique<EnvironmentRepository>(db, own);
    workspace->m_releases = std::make_unique<ReleaseRepository>(db, own);
    workspace->m_deployments = std::make_unique<DeploymentRepository>(db, own);
    workspace->m_audit = std::make_unique<AuditLog>(db, own);
    workspace->m_healthSamples = std::make_unique<HealthSampleRepository>(db, own);
    workspace->m_triggers = std::make_unique<RollbackTriggerRepository>(db, own);
    static_cast<void>(workspace->changedExternally()); // remember the current data version
    qCInfo(lcStore) << "opened workspace"
                    << (postgres ? QUrl(location).toDisplayString(QUrl::RemovePassword) : location);
    return workspace;
}

bool Workspace::changedExternally()
{
    if (m_dialect.kind() != Dialect::Kind::SQLite)
        return false; // team workspaces are pushed by LISTEN/NOTIFY instead
    auto query = runSql(database(), u"PRAGMA data_version"_s);
    if (!query.ok() || !query->next())
        return false;
    const qint64 version = query->value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

} // namespace core
