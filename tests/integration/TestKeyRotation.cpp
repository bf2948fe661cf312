// Key rotation against a real keyring (gnome-keyring in a private D-Bus session, as scripts/test.sh
// sets up) and a real workspace: the new key reaches the keychain before the workspace registers it,
// so a failure or a stop at any point leaves a usable identity.
#include <optional>

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "core/crypto/Ed25519.h"
#include "core/model/AuditEntry.h"
#include "core/policy/KeyRotation.h"
#include "core/secrets/IdentityKeyStore.h"
#include "core/secrets/SecretStore.h"
#include "core/store/AuditLog.h"
#include "core/store/IdentityRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int kWaitMs = 2 * core::SecretStore::kJobTimeoutMs + 5000;
const QString kPass = u"correct horse battery"_s;
const QString kName = u"alice"_s;
} // namespace

class TestKeyRotation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    std::unique_ptr<core::SecretStore> m_store;
    QByteArray m_oldKey;

    template <typename T, typename Start> T wait(Start start)
    {
        std::optional<T> result;
        start([&result](T r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            qFatal("the keychain did not answer");
        return std::move(*result);
    }

    core::Result<core::Ed25519> unlock(const QByteArray &registered = {})
    {
        core::IdentityKeyStore keys(*m_store);
        return wait<core::Result<core::Ed25519>>(
            [&](auto done) { keys.unlock(kName, kPass, this, done, registered); });
    }

    bool pendingExists()
    {
        auto read = wait<core::Result<QByteArray>>(
            [&](auto done) { m_store->read(core::IdentityKeyStore::pendingEntryName(kName), this, done); });
        return read.ok();
    }

    core::Result<core::KeyRotation::Outcome> rotate(core::KeyRotation::Stage stopAfter,
                                                    const QString &pass = kPass)
    {
        core::KeyRotation rotation(*m_ws, *m_store);
        rotation.stopAfter(stopAfter);
        return wait<core::Result<core::KeyRotation::Outcome>>(
            [&](auto done) { rotation.rotate(kName, pass, this, done); });
    }

    QByteArray registered()
    {
        return core::IdentityRepository(m_ws->database(), m_ws->dialect()).byName(kName).value().publicKey;
    }

    // A usable identity: the keychain opens to the registered key, and what it signs verifies.
    void expectUsable()
    {
        auto key = unlock(registered());
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QCOMPARE(key->publicKey(), registered());
        const QByteArray message = "plan digest";
        QVERIFY(core::Ed25519::verify(registered(), message, key->sign(message)));
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_ws = std::move(core::Workspace::open(m_dir.filePath(u"ws%1.sqlite"_s.arg(++n))).value());
        m_store = std::make_unique<core::SecretStore>(u"switchyard-test-"_s +
                                                      QUuid::createUuid().toString(QUuid::WithoutBraces));
        auto key = core::Ed25519::generate().value();
        m_oldKey = key.publicKey();
        core::IdentityKeyStore keys(*m_store);
        const core::Status saved =
            wait<core::Status>([&](auto done) { keys.save(kName, key, kPass, this, done); });
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QVERIFY(core::IdentityRepository(m_ws->database(), m_ws->dialect()).create(kName, m_oldKey, {}).ok());
    }

    void cleanup()
    {
        for (const QString &entry :
             {core::IdentityKeyStore::entryName(kName), core::IdentityKeyStore::pendingEntryName(kName)})
            static_cast<void>(wait<core::Status>([&](auto done) { m_store->remove(entry, this, done); }));
        m_store.reset();
        m_ws.reset();
    }

    void rotationReplacesTheKeyEverywhere()
    {
        auto outcome = rotate(core::KeyRotation::Stage::None);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QVERIFY2(outcome->warning.isEmpty(), qPrintable(outcome->warning));
        QVERIFY(outcome->newPublicKey != m_oldKey);
        QCOMPARE(registered(), outcome->newPublicKey);
        QCOMPARE(unlock().value().publicKey(), outcome->newPublicKey); // the main entry, as is
        QVERIFY(!pendingExists());
        expectUsable();
        bool audited = false;
        for (const core::AuditEntry &e : m_ws->audit().entries().value())
            audited = audited || e.action == u"identity.rotated";
        QVERIFY(audited);
    }

    void stopAfterTheKeychainKeepsTheOldKey()
    {
        auto outcome = rotate(core::KeyRotation::Stage::PendingKeySaved);
        QCOMPARE(outcome.error().code, u"test.stopped"_s);
        QCOMPARE(registered(), m_oldKey); // the workspace never heard of the new key
        expectUsable();
        // A later rotation goes through (the stale pending entry is overwritten).
        QVERIFY(rotate(core::KeyRotation::Stage::None).ok());
        expectUsable();
        QVERIFY(!pendingExists());
    }

    void stopAfterTheWorkspaceIsFinishedByTheNextUnlock()
    {
        auto outcome = rotate(core::KeyRotation::Stage::Registered);
        QCOMPARE(outcome.error().code, u"test.stopped"_s);
        QVERIFY(registered() != m_oldKey);
        QCOMPARE(unlock().value().publicKey(), m_oldKey); // the main entry still has the old key
        QVERIFY(pendingExists());
        expectUsable(); // found in the pending entry, and moved into the main entry
        QCOMPARE(unlock().value().publicKey(), registered());
        QVERIFY(!pendingExists());
    }

    void workspaceRefusalLeavesTheOldKey()
    {
        // The workspace refuses (the identity was revoked meanwhile): the keychain is as before.
        QVERIFY(core::IdentityRepository(m_ws->database(), m_ws->dialect()).revoke(kName).ok());
        auto outcome = rotate(core::KeyRotation::Stage::None);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(u"old key stays in use"_s),
                 qPrintable(outcome.error().message));
        QVERIFY(!pendingExists());
        QCOMPARE(unlock().value().publicKey(), m_oldKey);
    }

    void wrongPassphraseChangesNothing()
    {
        auto outcome = rotate(core::KeyRotation::Stage::None, u"wrong passphrase"_s);
        QVERIFY(!outcome.ok());
        QCOMPARE(registered(), m_oldKey);
        QVERIFY(!pendingExists());
        expectUsable();
    }
};

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "TestKeyRotation.moc"
