#include <QJsonObject>
#include <QTest>

#include "core/providers/NginxRouterConfig.h"

using namespace Qt::StringLiterals;
using core::NginxRouterConfig;

namespace {

NginxRouterConfig sample()
{
    NginxRouterConfig config;
    config.binary = u"/usr/sbin/nginx"_s;
    config.prefix = u"/srv/sy/nginx"_s;
    config.confPath = u"/srv/sy/nginx/conf/nginx.conf"_s;
    config.errorLog = u"/srv/sy/nginx/logs/error.log"_s;
    config.includeFile = u"/srv/sy/nginx/conf/switchyard_production.conf"_s;
    config.upstreamName = u"switchyard_production"_s;
    config.environmentName = u"production"_s;
    config.verifyUrl = QUrl(u"http://127.0.0.1:21001/api/health/system"_s);
    return config;
}

} // namespace

class TestNginxRouterConfig : public QObject
{
    Q_OBJECT

private slots:
    void fromJson_data();
    void fromJson();
    void commandArgs();
};

void TestNginxRouterConfig::fromJson_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");      // Undefined: remove the key
    QTest::addColumn<QString>("errorMentions"); // empty: valid
    const QJsonValue removed(QJsonValue::Undefined);
    QTest::newRow("complete") << QString() << removed << QString();
    QTest::newRow("binary is optional") << u"binary"_s << removed << QString();
    QTest::newRow("errorLog is optional") << u"errorLog"_s << removed << QString();
    for (const char *key :
         {"prefix", "confPath", "includeFile", "upstreamName", "environmentName", "verifyUrl"}) {
        const QString name = QString::fromLatin1(key);
        QTest::addRow("no %s", key) << name << removed << u"\"%1\""_s.arg(name);
        QTest::addRow("%s is a number", key) << name << QJsonValue(7) << u"\"%1\""_s.arg(name);
        QTest::addRow("%s is empty", key) << name << QJsonValue(u""_s) << u"\"%1\""_s.arg(name);
    }
    QTest::newRow("verifyUrl not http")
        << u"verifyUrl"_s << QJsonValue(u"ftp://127.0.0.1/x"_s) << u"verifyUrl"_s;
    QTest::newRow("upstreamName with braces")
        << u"upstreamName"_s << QJsonValue(u"x { }"_s) << u"upstreamName"_s;
}

void TestNginxRouterConfig::fromJson()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorMentions);
    const NginxRouterConfig config = sample();
    QJsonObject json = config.toJson();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    const auto parsed = NginxRouterConfig::fromJson(json);
    if (!errorMentions.isEmpty()) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"router.config"_s);
        QVERIFY2(parsed.error().message.contains(errorMentions), qPrintable(parsed.error().message));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->binary, key == u"binary"_s ? u"nginx"_s : config.binary);
    QCOMPARE(parsed->prefix, config.prefix);
    QCOMPARE(parsed->confPath, config.confPath);
    QCOMPARE(parsed->errorLog, key == u"errorLog"_s ? QString() : config.errorLog);
    QCOMPARE(parsed->includeFile, config.includeFile);
    QCOMPARE(parsed->upstreamName, config.upstreamName);
    QCOMPARE(parsed->environmentName, config.environmentName);
    QCOMPARE(parsed->verifyUrl, config.verifyUrl);
}

void TestNginxRouterConfig::commandArgs()
{
    NginxRouterConfig config = sample();
    QCOMPARE(config.commandArgs(),
             (QStringList{u"-p"_s, u"/srv/sy/nginx/"_s, u"-c"_s, u"/srv/sy/nginx/conf/nginx.conf"_s, u"-e"_s,
                          u"/srv/sy/nginx/logs/error.log"_s}));
    config.errorLog.clear();
    config.prefix = u"/etc/nginx/"_s;
    QCOMPARE(config.commandArgs(),
             (QStringList{u"-p"_s, u"/etc/nginx/"_s, u"-c"_s, u"/srv/sy/nginx/conf/nginx.conf"_s}));
}

QTEST_GUILESS_MAIN(TestNginxRouterConfig)
#include "TestNginxRouterConfig.moc"
