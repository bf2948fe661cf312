#include "TestDatabases.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace testsupport {

bool postgresRequired()
{
    return qEnvironmentVariable("SWITCHYARD_REQUIRE_PG") == u"1";
}

QString freshWorkspaceLocation(bool postgres, const QString &sqliteFile)
{
    if (!postgres)
        return sqliteFile;
    QString why;
    const QString location = freshPostgresDatabase(&why);
    if (location.isEmpty()) {
        if (postgresRequired())
            qFatal("%s", qPrintable(why));
        QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
    }
    return location;
}

QString freshPostgresDatabase(QString *why)
{
    const QString admin = qEnvironmentVariable("SWITCHYARD_TEST_PG");
    if (admin.isEmpty()) {
        *why = u"SWITCHYARD_TEST_PG is not set (scripts/test.sh starts a PostgreSQL server and sets it)"_s;
        return {};
    }
    const QUrl url(admin);
    const QString name = u"sy_test_%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pg-admin"_s);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            *why = u"cannot reach the test PostgreSQL server: "_s + db.lastError().text();
        } else {
            QSqlQuery q(db);
            // CREATE DATABASE takes no bind parameters; the name is generated above, never user input.
            if (!q.exec(u"CREATE DATABASE "_s + name))
                *why = u"CREATE DATABASE failed: "_s + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pg-admin"_s);
    if (!why->isEmpty())
        return {};
    QUrl fresh = url;
    fresh.setPath(u"/"_s + name);
    return fresh.toString();
}

} // namespace testsupport
