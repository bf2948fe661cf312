#include "MigrationTestSupport.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include "core/model/Environment.h"
#include "core/model/Release.h"
#include "core/policy/ReleaseMigrations.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace testsupport {

QString writeMigrationFolder(const QString &parent,
                             const QString &name,
                             const QList<std::pair<QString, QByteArray>> &files)
{
    const QString dir = QDir(parent).filePath(name);
    QDir().mkpath(dir);
    for (const auto &[file, sql] : files) {
        QFile f(dir + u'/' + file);
        if (f.open(QIODevice::WriteOnly))
            f.write(sql);
    }
    return dir;
}

core::Status addReleaseWithMigrations(core::Workspace &workspace,
                                      core::EnvironmentId environment,
                                      const QString &version,
                                      const QString &dir,
                                      bool contract,
                                      const QString &commitSha)
{
    auto env = workspace.environments().get(environment);
    if (!env.ok())
        return env.error();
    core::Release r;
    r.serviceId = env->serviceId;
    r.version = version;
    r.commitSha = commitSha;
    r.contract = contract;
    r.migrationsDir = dir;
    auto described = core::ReleaseMigrations::describeFolder(dir);
    if (!described.ok())
        return described.error();
    r.migrations = *described;
    auto created = workspace.releases().create(r);
    if (!created.ok())
        return created.error();
    return {};
}

QVariantList queryColumn(const QString &databaseUrl, const QString &sql)
{
    const QString name = u"check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVariantList values;
    {
        const QUrl url(databaseUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                qWarning() << q.lastError().text();
            while (q.next())
                values.append(q.value(0));
        } else {
            qWarning() << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

bool relationExists(const QString &databaseUrl, const QString &relation)
{
    return queryColumn(databaseUrl, u"SELECT to_regclass('%1') IS NOT NULL"_s.arg(relation))
        .value(0)
        .toBool();
}

} // namespace testsupport
