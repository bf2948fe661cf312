// The router Worker built into the app is the file in resources/worker (what tests/worker runs in
// miniflare), and its binding names match the README.
#include <QFile>
#include <QTest>

#include "core/providers/RouterWorker.h"

using namespace Qt::StringLiterals;

class TestRouterWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInSourceIsTheResourceFile()
    {
        QFile file(QStringLiteral(SWITCHYARD_SOURCE_DIR) + u"/resources/worker/router.js"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(!onDisk.isEmpty());
        QCOMPARE(core::RouterWorker::source(), onDisk);
        QVERIFY(onDisk.contains("export default"));
        QVERIFY(onDisk.contains(core::RouterWorker::kKvBinding));
        QVERIFY(onDisk.contains(core::RouterWorker::kActiveKey));
    }

    void bindingNames_data()
    {
        QTest::addColumn<QString>("slot");
        QTest::addColumn<QString>("web");
        QTest::addColumn<QString>("functions");
        QTest::newRow("blue") << u"blue"_s << u"WEB_A_ORIGIN"_s << u"FUNCTIONS_A_BASE"_s;
        QTest::newRow("green") << u"green"_s << u"WEB_B_ORIGIN"_s << u"FUNCTIONS_B_BASE"_s;
        QTest::newRow("A") << u"A"_s << u"WEB_A_ORIGIN"_s << u"FUNCTIONS_A_BASE"_s;
        QTest::newRow("b") << u"b"_s << u"WEB_B_ORIGIN"_s << u"FUNCTIONS_B_BASE"_s;
    }
    void bindingNames()
    {
        QFETCH(QString, slot);
        QFETCH(QString, web);
        QFETCH(QString, functions);
        QCOMPARE(core::RouterWorker::webOriginBinding(slot), web);
        QCOMPARE(core::RouterWorker::functionsBaseBinding(slot), functions);
        QFile readme(QStringLiteral(SWITCHYARD_SOURCE_DIR) + u"/resources/worker/README.md"_s);
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QByteArray text = readme.readAll();
        QVERIFY(text.contains(web.left(6).toLatin1())); // WEB_A_ / WEB_B_ named there
        QVERIFY(core::RouterWorker::slotLetter(u"purple"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRouterWorker)
#include "TestRouterWorker.moc"
