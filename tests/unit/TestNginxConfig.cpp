#include <QTest>

#include "core/providers/NginxConfig.h"

using namespace Qt::StringLiterals;
using core::NginxConfig;
using core::NginxSite;

class TestNginxConfig : public QObject
{
    Q_OBJECT

private slots:
    void upstreamName_data();
    void upstreamName();
    void renderUpstream();
    void slotRoundTrip_data();
    void slotRoundTrip();
    void slotOfForeignText_data();
    void slotOfForeignText();
    void renderMain();
    void renderMainQuotesPaths();
    void validNames_data();
    void validNames();
};

void TestNginxConfig::upstreamName_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"production"_s << u"switchyard_production"_s;
    QTest::newRow("upper case and digits") << u"Prod2"_s << u"switchyard_prod2"_s;
    QTest::newRow("spaces and dashes") << u"Staging EU-1"_s << u"switchyard_staging_eu_1"_s;
    QTest::newRow("path-like") << u"a/../b"_s << u"switchyard_a____b"_s;
    QTest::newRow("config injection") << u"x; } server {"_s << u"switchyard_x____server__"_s;
    QTest::newRow("non-ascii") << u"Prüfung"_s << u"switchyard_pr_fung"_s;
    QTest::newRow("underscore kept") << u"dev_eu"_s << u"switchyard_dev_eu"_s;
    QTest::newRow("empty") << QString() << u"switchyard_"_s;
}

void TestNginxConfig::upstreamName()
{
    QFETCH(QString, environment);
    QFETCH(QString, expected);
    QCOMPARE(NginxConfig::upstreamNameFor(environment), expected);
}

void TestNginxConfig::renderUpstream()
{
    const QString text =
        NginxConfig::renderUpstream(u"switchyard_prod"_s, u"green"_s, u"127.0.0.1:20001"_s, u"prod"_s);
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.first(), u"# switchyard: environment=prod slot=green"_s);
    QVERIFY(
        text.contains(u"upstream switchyard_prod {\n    server 127.0.0.1:20001;\n    keepalive 16;\n}"_s));
    QVERIFY(text.contains(u"map $host $switchyard_prod_slot {\n    default \"green\";\n}"_s));
    QCOMPARE(NginxConfig::slotVariableFor(u"switchyard_prod"_s), u"switchyard_prod_slot"_s);
}

void TestNginxConfig::slotRoundTrip_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("slot");
    QTest::newRow("blue") << u"production"_s << u"blue"_s;
    QTest::newRow("green") << u"production"_s << u"green"_s;
    QTest::newRow("punctuated slot") << u"staging"_s << u"web-b.2_x"_s;
    QTest::newRow("environment with spaces") << u"EU staging"_s << u"blue"_s;
    QTest::newRow("environment naming another slot") << u"x slot=blue"_s << u"green"_s;
    QTest::newRow("environment with newline") << u"two\nlines"_s << u"green"_s;
}

void TestNginxConfig::slotRoundTrip()
{
    QFETCH(QString, environment);
    QFETCH(QString, slot);
    const QString text = NginxConfig::renderUpstream(NginxConfig::upstreamNameFor(environment), slot,
                                                     u"127.0.0.1:21000"_s, environment);
    QCOMPARE(NginxConfig::slotOfUpstream(text), std::optional<QString>(slot));
}

void TestNginxConfig::slotOfForeignText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("hand-written upstream") << u"upstream app {\n    server 127.0.0.1:3000;\n}\n"_s;
    QTest::newRow("other comment") << u"# managed by hand slot=blue\nupstream app {}\n"_s;
    QTest::newRow("no slot") << u"# switchyard: environment=prod\n"_s;
    QTest::newRow("empty slot") << u"# switchyard: environment=prod slot=\n"_s;
    QTest::newRow("header not first") << u"\n# switchyard: environment=prod slot=blue\n"_s;
}

void TestNginxConfig::slotOfForeignText()
{
    QFETCH(QString, text);
    QCOMPARE(NginxConfig::slotOfUpstream(text), std::nullopt);
}

void TestNginxConfig::renderMain()
{
    const QList<NginxSite> sites{
        {u"production"_s, 21001, u"switchyard_production"_s, u"/srv/sy/conf/production.conf"_s},
        {u"staging"_s, 21002, u"switchyard_staging"_s, u"/srv/sy/conf/staging.conf"_s},
    };
    const QString text = NginxConfig::renderMain(u"/srv/sy/"_s, sites);
    const QStringList expected{
        u"daemon on;"_s,
        u"worker_processes 1;"_s,
        u"pid \"/srv/sy/logs/nginx.pid\";"_s,
        u"error_log \"/srv/sy/logs/error.log\""_s,
        u"access_log off;"_s,
        u"client_body_temp_path \"/srv/sy/tmp/client_body\";"_s,
        u"proxy_temp_path \"/srv/sy/tmp/proxy\";"_s,
        u"fastcgi_temp_path \"/srv/sy/tmp/fastcgi\";"_s,
        u"uwsgi_temp_path \"/srv/sy/tmp/uwsgi\";"_s,
        u"scgi_temp_path \"/srv/sy/tmp/scgi\";"_s,
        u"include \"/srv/sy/conf/production.conf\";"_s,
        u"include \"/srv/sy/conf/staging.conf\";"_s,
        u"listen 127.0.0.1:21001;"_s,
        u"listen 127.0.0.1:21002;"_s,
        u"proxy_pass http://switchyard_production;"_s,
        u"proxy_pass http://switchyard_staging;"_s,
        u"proxy_http_version 1.1;"_s,
        u"proxy_set_header Connection \"\";"_s,
        u"proxy_set_header Host $host;"_s,
        u"add_header X-Switchyard-Slot $switchyard_production_slot always;"_s,
        u"add_header X-Switchyard-Slot $switchyard_staging_slot always;"_s,
    };
    for (const QString &line : expected)
        QVERIFY2(text.contains(line), qPrintable(u"missing: "_s + line));
    QVERIFY2(!text.contains(u"/srv/sy//"_s), "a trailing slash in the prefix doubled a separator");
    QCOMPARE(text.count(u"server {"_s), 2);
    QCOMPARE(text.count(u'{'), text.count(u'}'));
}

void TestNginxConfig::renderMainQuotesPaths()
{
    const QString text = NginxConfig::renderMain(
        u"/home/ann/My Demo"_s,
        {{u"dev"_s, 21003, u"switchyard_dev"_s, u"/home/ann/My Demo/conf/dev \"x\".conf"_s}});
    QVERIFY(text.contains(u"pid \"/home/ann/My Demo/logs/nginx.pid\";"_s));
    QVERIFY(text.contains(u"include \"/home/ann/My Demo/conf/dev \\\"x\\\".conf\";"_s));
}

void TestNginxConfig::validNames_data()
{
    QTest::addColumn<QString>("slot");
    QTest::addColumn<bool>("slotValid");
    QTest::addColumn<QString>("hostPort");
    QTest::addColumn<bool>("hostPortValid");
    QTest::newRow("typical") << u"blue"_s << true << u"127.0.0.1:20001"_s << true;
    QTest::newRow("host name") << u"web-a"_s << true << u"app-green.internal:8080"_s << true;
    QTest::newRow("ipv6") << u"b.2"_s << true << u"[::1]:8080"_s << true;
    QTest::newRow("empty") << QString() << false << QString() << false;
    QTest::newRow("no port") << u"green slot"_s << false << u"127.0.0.1"_s << false;
    QTest::newRow("port too big") << u"a\"b"_s << false << u"127.0.0.1:70000"_s << false;
    QTest::newRow("injection") << u"x;"_s << false << u"127.0.0.1:1; } server {"_s << false;
}

void TestNginxConfig::validNames()
{
    QFETCH(QString, slot);
    QFETCH(bool, slotValid);
    QFETCH(QString, hostPort);
    QFETCH(bool, hostPortValid);
    QCOMPARE(NginxConfig::isValidSlotName(slot), slotValid);
    QCOMPARE(NginxConfig::isValidHostPort(hostPort), hostPortValid);
}

QTEST_GUILESS_MAIN(TestNginxConfig)
#include "TestNginxConfig.moc"
