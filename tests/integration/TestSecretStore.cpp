// SecretStore against a real Secret Service (gnome-keyring in a private D-Bus session, as
// scripts/test.sh and TOOLCHAIN.md set up). Without a keyring these tests FAIL: CI provides one.
// Every error message and log line the store produces is collected and checked for the secret.
#include <optional>

#include <QLoggingCategory>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include "core/secrets/SecretStore.h"

using namespace Qt::StringLiterals;

namespace {

QStringList s_logLines;
QtMessageHandler s_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_logLines.append(message);
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

constexpr int kWaitMs = 2 * core::SecretStore::kJobTimeoutMs + 5000;
constexpr auto kChildEnv = "SWITCHYARD_SECRETS_NO_KEYRING_CHILD";

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QString m_service;
    std::unique_ptr<core::SecretStore> m_store;
    QStringList m_errors; // every error text the store gave, for the leak check

    core::Status write(const QString &key, const QByteArray &secret)
    {
        std::optional<core::Status> result;
        m_store->write(key, secret, this, [&result](core::Status s) { result = std::move(s); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            return core::Error{u"test.timeout"_s, u"write did not answer"_s, {}};
        if (!result->ok())
            m_errors << result->error().toString();
        return *result;
    }

    core::Result<QByteArray> read(const QString &key)
    {
        std::optional<core::Result<QByteArray>> result;
        m_store->read(key, this, [&result](core::Result<QByteArray> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            return core::Error{u"test.timeout"_s, u"read did not answer"_s, {}};
        if (!result->ok())
            m_errors << result->error().toString();
        return *result;
    }

    core::Status remove(const QString &key)
    {
        std::optional<core::Status> result;
        m_store->remove(key, this, [&result](core::Status s) { result = std::move(s); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            return core::Error{u"test.timeout"_s, u"remove did not answer"_s, {}};
        if (!result->ok())
            m_errors << result->error().toString();
        return *result;
    }

    // Fails (never skips) when no keyring answers: the store's error and the setup CI uses.
    static QByteArray keyringHint(const core::Status &status)
    {
        if (status.ok())
            return {};
        return status.error().toString().toUtf8() +
               " -- No usable Secret Service: run the tests as scripts/test.sh does (dbus-run-session with "
               "an unlocked gnome-keyring, see TOOLCHAIN.md).";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"switchyard.secrets.debug=true"_s);
        s_previousHandler = qInstallMessageHandler(captureMessages);
    }

    void init()
    {
        // A fresh namespace per test: nothing from an earlier run or test can answer.
        m_service = u"switchyard-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_store = std::make_unique<core::SecretStore>(m_service);
        m_errors.clear();
    }
    void cleanup() { m_store.reset(); }

    void keysAreNamespaced()
    {
        QCOMPARE(m_store->service(), m_service);
        QCOMPARE(m_store->qualifiedKey(u"workspace-1/vercel-token"_s),
                 m_service + u"/workspace-1/vercel-token"_s);
    }

    void writeReadOverwriteRemove_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::newRow("text token") << QByteArray("tok-3f9a1c2e-first") << QByteArray("tok-77b0d4aa-second");
        QTest::newRow("binary key (64 bytes with NULs)")
            << QByteArray("\x00\x01\xfe\xff", 4).repeated(16) << QByteArray("\xff\x00", 2).repeated(32);
        QTest::newRow("longer value replaced by shorter")
            << QByteArray(4096, 'k') << QByteArray("short-7c1e9");
    }
    void writeReadOverwriteRemove()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        const QString key = u"ws-1/provider-token"_s;

        const core::Status written = write(key, first);
        QVERIFY2(written.ok(), keyringHint(written).constData());
        auto r1 = read(key);
        QVERIFY(r1.ok());
        QCOMPARE(*r1, first);

        QVERIFY(write(key, second).ok());
        auto r2 = read(key);
        QVERIFY(r2.ok());
        QCOMPARE(*r2, second);

        QVERIFY(remove(key).ok());
        auto r3 = read(key);
        QVERIFY(!r3.ok());
        QCOMPARE(r3.error().code, u"secrets.not_found"_s);

        for (const QByteArray &secret : {first, second}) {
            const QString asText = QString::fromLatin1(secret);
            const QString asBase64 = QString::fromLatin1(secret.toBase64());
            const QString asHex = QString::fromLatin1(secret.toHex());
            for (const QString &text : std::as_const(m_errors) + s_logLines) {
                QVERIFY2(!text.contains(asText) && !text.contains(asBase64) && !text.contains(asHex),
                         "a secret value appeared in an error or log line");
            }
        }
    }

    void missingKeyIsClearError()
    {
        const QString key = u"never-written"_s;
        const core::Status probe = write(u"probe"_s, "probe");
        QVERIFY2(probe.ok(), keyringHint(probe).constData());
        auto r = read(key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"secrets.not_found"_s);
        QVERIFY2(r.error().message.contains(m_store->qualifiedKey(key)), qPrintable(r.error().message));
        QVERIFY(remove(u"probe"_s).ok());
        // Removing what is not there is not an error.
        QVERIFY(remove(key).ok());
    }

    void storesDoNotSeeEachOther()
    {
        const core::Status shared = write(u"shared-name"_s, "value-of-store-a");
        QVERIFY2(shared.ok(), keyringHint(shared).constData());
        core::SecretStore other(m_service + u"-other"_s);
        std::optional<core::Result<QByteArray>> result;
        other.read(u"shared-name"_s, this, [&result](core::Result<QByteArray> r) { result = std::move(r); });
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, u"secrets.not_found"_s);
        QVERIFY(remove(u"shared-name"_s).ok());
    }

    void deadContextGetsNoCallback()
    {
        bool called = false;
        auto *context = new QObject;
        m_store->write(u"ctx"_s, "v", context, [&called](core::Status) { called = true; });
        delete context;
        // A second call on a live context answers after the first (jobs run in order).
        const core::Status ctx2 = write(u"ctx-2"_s, "v2");
        QVERIFY2(ctx2.ok(), keyringHint(ctx2).constData());
        QVERIFY(!called);
        QVERIFY(remove(u"ctx"_s).ok());
        QVERIFY(remove(u"ctx-2"_s).ok());
    }

    // Runs this binary again with no reachable session bus: the store must retry once, then report
    // "secrets.unavailable" without the secret. In the child (kChildEnv set) this slot is the check.
    void unreachableKeyringIsReported()
    {
        const QByteArray secret = "unreachable-secret-5d1e";
        if (qEnvironmentVariableIsSet(kChildEnv)) {
            const core::Status s = write(u"k"_s, secret);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, u"secrets.unavailable"_s);
            QVERIFY(!s.error().toString().contains(QString::fromLatin1(secret)));
            for (const QString &line : std::as_const(s_logLines))
                QVERIFY(!line.contains(QString::fromLatin1(secret)));
            // The first failure was retried: one "retrying once" line, then the final report.
            QCOMPARE(s_logLines.filter(u"retrying once"_s).size(), 1);
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildEnv), u"1"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/switchyard-test-bus"_s);
        env.remove(u"DISPLAY"_s);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"unreachableKeyringIsReported"_s});
        QVERIFY(child.waitForFinished(kWaitMs + 10000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY(output.contains("PASS   : TestSecretStore::unreachableKeyringIsReported()"));
        QVERIFY(!output.contains(secret));
    }

    void cleanupTestCase() { qInstallMessageHandler(s_previousHandler); }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
