#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "core/providers/CommandRunner.h"
#include "core/providers/ProcessIds.h"

using namespace Qt::StringLiterals;
using core::CommandRunner;
using core::Status;

class TestCommandRunner : public QObject
{
    Q_OBJECT

private slots:
    void run_data();
    void run();
    void ignoredTermIsKilled();
    void timeoutEndsChildrenToo();
    void cancel();
    void environmentIsPassed();
    void secondStartIsRefused();
};

void TestCommandRunner::run_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("errorCode"); // empty: success
    QTest::addColumn<QStringList>("messageContains");
    QTest::addColumn<QStringList>("stdoutLines");
    QTest::addColumn<QStringList>("stderrLines");
    QTest::addColumn<int>("maxElapsedMs");

    const QString sh = u"sh"_s;
    QTest::newRow("streams both channels in order, flushes partial last lines")
        << sh
        << QStringList{u"-c"_s,
                       uR"(printf 'one\ntwo\n'; printf 'err1\n' >&2; printf 'three'; printf 'err2' >&2)"_s}
        << 10000 << QString() << QStringList() << QStringList{u"one"_s, u"two"_s, u"three"_s}
        << QStringList{u"err1"_s, u"err2"_s} << 10000;
    QTest::newRow("CRLF and empty lines")
        << sh << QStringList{u"-c"_s, uR"(printf 'a\r\n\r\nb\n')"_s} << 10000 << QString() << QStringList()
        << QStringList{u"a"_s, QString(), u"b"_s} << QStringList() << 10000;
    QTest::newRow("UTF-8 output") << sh << QStringList{u"-c"_s, u"printf 'grün → ok\\n'"_s} << 10000
                                  << QString() << QStringList() << QStringList{u"grün → ok"_s}
                                  << QStringList() << 10000;
    QTest::newRow("exit code") << sh << QStringList{u"-c"_s, u"echo partial; echo oops >&2; exit 3"_s}
                               << 10000 << u"command.exit_code"_s << QStringList{u"sh"_s, u"3"_s}
                               << QStringList{u"partial"_s} << QStringList{u"oops"_s} << 10000;
    QTest::newRow("crash") << sh << QStringList{u"-c"_s, u"kill -SEGV $$"_s} << 10000 << u"command.crashed"_s
                           << QStringList{u"sh"_s} << QStringList() << QStringList() << 10000;
    QTest::newRow("timeout stops a hanging command")
        << u"sleep"_s << QStringList{u"30"_s} << 300 << u"command.timeout"_s
        << QStringList{u"sleep"_s, u"300 ms"_s} << QStringList() << QStringList() << 300 + 2000;
    QTest::newRow("unknown program") << u"/nonexistent/switchyard-no-such-tool"_s << QStringList{u"--help"_s}
                                     << 10000 << u"command.start_failed"_s
                                     << QStringList{u"/nonexistent/switchyard-no-such-tool"_s}
                                     << QStringList() << QStringList() << 10000;
}

void TestCommandRunner::run()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(int, timeoutMs);
    QFETCH(QString, errorCode);
    QFETCH(QStringList, messageContains);
    QFETCH(QStringList, stdoutLines);
    QFETCH(QStringList, stderrLines);
    QFETCH(int, maxElapsedMs);

    CommandRunner runner;
    QStringList out;
    QStringList err;
    connect(&runner, &CommandRunner::outputLine, this,
            [&](const QString &line, bool isStderr) { (isStderr ? err : out) << line; });
    QSignalSpy finished(&runner, &CommandRunner::finished);
    QElapsedTimer elapsed;
    elapsed.start();
    runner.start(program, arguments, timeoutMs);
    QVERIFY(finished.wait(timeoutMs + 10000));
    QVERIFY2(elapsed.elapsed() <= maxElapsedMs, qPrintable(u"took %1 ms"_s.arg(elapsed.elapsed())));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner.isRunning());

    const auto status = finished.at(0).at(0).value<Status>();
    if (errorCode.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    } else {
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, errorCode);
        for (const QString &part : std::as_const(messageContains))
            QVERIFY2(status.error().message.contains(part), qPrintable(status.error().message));
    }
    QCOMPARE(out, stdoutLines);
    QCOMPARE(err, stderrLines);
}

void TestCommandRunner::ignoredTermIsKilled()
{
    CommandRunner runner;
    QSignalSpy finished(&runner, &CommandRunner::finished);
    QElapsedTimer elapsed;
    elapsed.start();
    // The shell ignores SIGTERM and exec's sleep, which inherits that: only SIGKILL ends it.
    runner.start(u"sh"_s, {u"-c"_s, u"trap '' TERM; exec sleep 30"_s}, 200);
    QVERIFY(finished.wait(10000));
    const auto status = finished.at(0).at(0).value<Status>();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"command.timeout"_s);
    QVERIFY2(elapsed.elapsed() >= CommandRunner::kKillGraceMs, // coarse timers may fire 5 % early
             qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(elapsed.elapsed() < 200 + CommandRunner::kKillGraceMs + 3000,
             qPrintable(QString::number(elapsed.elapsed())));
}

void TestCommandRunner::timeoutEndsChildrenToo()
{
    CommandRunner runner;
    QStringList out;
    connect(&runner, &CommandRunner::outputLine, this, [&out](const QString &line, bool) { out << line; });
    QSignalSpy finished(&runner, &CommandRunner::finished);
    // The shell's child prints its pid; the shell waits for it.
    runner.start(u"sh"_s, {u"-c"_s, u"sleep 30 & echo $!; wait"_s}, 500);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<Status>().error().code, u"command.timeout"_s);
    QCOMPARE(out.size(), 1);
    const qint64 child = out.first().toLongLong();
    QVERIFY(child > 0);
    QTRY_VERIFY2(!core::isProcessAlive(child), "the command's child outlived the timeout");
}

void TestCommandRunner::cancel()
{
    CommandRunner runner;
    QSignalSpy finished(&runner, &CommandRunner::finished);
    runner.start(u"sleep"_s, {u"30"_s}, 60000);
    QTRY_VERIFY(runner.isRunning());
    runner.cancel();
    QVERIFY(finished.wait(5000));
    const auto status = finished.at(0).at(0).value<Status>();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"command.cancelled"_s);
    QVERIFY(!runner.isRunning());
}

void TestCommandRunner::environmentIsPassed()
{
    CommandRunner runner;
    QStringList out;
    connect(&runner, &CommandRunner::outputLine, this, [&out](const QString &line, bool) { out << line; });
    QSignalSpy finished(&runner, &CommandRunner::finished);
    QProcessEnvironment env;
    env.insert(u"SWITCHYARD_TEST_VALUE"_s, u"from the caller"_s);
    runner.start(u"/bin/sh"_s, {u"-c"_s, u"echo \"$SWITCHYARD_TEST_VALUE\""_s}, 10000, env);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(0).at(0).value<Status>().ok());
    QCOMPARE(out, QStringList{u"from the caller"_s});
}

void TestCommandRunner::secondStartIsRefused()
{
    CommandRunner runner;
    QSignalSpy finished(&runner, &CommandRunner::finished);
    runner.start(u"sleep"_s, {u"30"_s}, 60000);
    runner.start(u"true"_s, {}, 1000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<Status>().error().code, u"command.busy"_s);
    QVERIFY(runner.isRunning());
    runner.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(1).at(0).value<Status>().error().code, u"command.cancelled"_s);
}

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "TestCommandRunner.moc"
