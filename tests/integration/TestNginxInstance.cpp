#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/providers/NginxConfig.h"
#include "core/providers/NginxInstance.h"
#include "core/providers/Ports.h"
#include "core/providers/ProcessIds.h"

using namespace Qt::StringLiterals;
using core::NginxInstance;
using core::NginxSite;
using core::Status;

namespace {

QString describe(const Status &status)
{
    return status.ok() ? QString() : status.error().toString();
}

} // namespace

class TestNginxInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startAndStop();
    void busyPortFails();
    void missingBinaryFails();

private:
    // A site whose include names a port nothing listens on: enough for nginx to start.
    [[nodiscard]] Status configure(NginxInstance &nginx, quint16 port) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestNginxInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(!NginxInstance::resolveBinary(u"nginx"_s).isEmpty(),
             "nginx is not installed: install the nginx package");
}

void TestNginxInstance::cleanup()
{
    NginxInstance nginx(m_dir->filePath(u"nginx"_s));
    const Status stopped = nginx.stop();
    QVERIFY2(stopped.ok(), qPrintable(describe(stopped)));
    m_dir.reset();
}

Status TestNginxInstance::configure(NginxInstance &nginx, quint16 port) const
{
    const QString include = m_dir->filePath(u"upstream.conf"_s);
    const QString upstream = core::NginxConfig::upstreamNameFor(u"test"_s);
    QFile file(include);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{u"test"_s, file.errorString(), {}};
    file.write(core::NginxConfig::renderUpstream(upstream, u"blue"_s, u"127.0.0.1:9"_s, u"test"_s).toUtf8());
    file.close();
    return nginx.writeConfig({NginxSite{u"test"_s, port, upstream, include}});
}

void TestNginxInstance::startAndStop()
{
    NginxInstance nginx(m_dir->filePath(u"nginx"_s));
    const quint16 port = core::findFreeLoopbackPort();
    QVERIFY(port != 0);
    Status status = configure(nginx, port);
    QVERIFY2(status.ok(), qPrintable(describe(status)));
    QVERIFY(QFile::exists(nginx.confPath()));
    QCOMPARE(nginx.commandArgs(), (QStringList{u"-p"_s, nginx.prefix() + u'/', u"-c"_s, nginx.confPath(),
                                               u"-e"_s, nginx.errorLogPath()}));

    status = nginx.start();
    QVERIFY2(status.ok(), qPrintable(describe(status)));
    QVERIFY(nginx.isRunning());
    const auto pid = nginx.pid();
    QVERIFY(pid);
    QTcpServer probe; // the port is nginx's now
    QVERIFY(!probe.listen(QHostAddress::LocalHost, port));

    status = nginx.start();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"nginx.start_failed"_s);

    status = nginx.stop();
    QVERIFY2(status.ok(), qPrintable(describe(status)));
    QVERIFY(!core::isProcessAlive(*pid));
    QVERIFY(!nginx.isRunning());
    QVERIFY(probe.listen(QHostAddress::LocalHost, port));
}

void TestNginxInstance::busyPortFails()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    NginxInstance nginx(m_dir->filePath(u"nginx"_s));
    Status status = configure(nginx, squatter.serverPort());
    QVERIFY2(status.ok(), qPrintable(describe(status)));
    status = nginx.start();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"nginx.start_failed"_s);
    QVERIFY2(status.error().message.contains(u"bind"_s), qPrintable(status.error().message));
    QVERIFY(!nginx.isRunning());
}

void TestNginxInstance::missingBinaryFails()
{
    NginxInstance nginx(m_dir->filePath(u"nginx"_s), u"/nonexistent/nginx"_s);
    const Status status = nginx.start();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"nginx.not_found"_s);
    QVERIFY(status.error().message.contains(u"/nonexistent/nginx"_s));
}

QTEST_GUILESS_MAIN(TestNginxInstance)
#include "TestNginxInstance.moc"
