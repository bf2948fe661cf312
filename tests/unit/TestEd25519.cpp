// Ed25519 key pairs (libsodium): signatures verify only for the exact message, signature and key;
// the text forms (base64) round-trip and reject anything of the wrong shape.
#include <QTest>

#include "core/crypto/Ed25519.h"

using namespace Qt::StringLiterals;

class TestEd25519 : public QObject
{
    Q_OBJECT

private:
    static QByteArray flipBit(QByteArray bytes, int index)
    {
        bytes[index] = static_cast<char>(bytes.at(index) ^ 0x01);
        return bytes;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(core::Ed25519::initialise().ok()); }

    void signAndVerify_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short text") << QByteArray("approve plan 1234");
        QTest::newRow("binary with NULs") << QByteArray("\x00\x01\x02\xff\x00", 5);
        QTest::newRow("1 MiB") << QByteArray(1024 * 1024, 'x');
    }
    void signAndVerify()
    {
        QFETCH(QByteArray, message);
        auto key = core::Ed25519::generate();
        QVERIFY(key.ok());
        QCOMPARE(key->publicKey().size(), core::Ed25519::kPublicKeyBytes);
        const QByteArray signature = key->sign(message);
        QCOMPARE(signature.size(), core::Ed25519::kSignatureBytes);
        QVERIFY(core::Ed25519::verify(key->publicKey(), message, signature));
        // Ed25519 is deterministic: the same key signs the same message identically.
        QCOMPARE(key->sign(message), signature);
    }

    void tamperingFails_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("index");
        QTest::newRow("message, first byte") << u"message"_s << 0;
        QTest::newRow("message, last byte") << u"message"_s << 16;
        QTest::newRow("signature, first byte") << u"signature"_s << 0;
        QTest::newRow("signature, last byte") << u"signature"_s << 63;
        QTest::newRow("public key, first byte") << u"key"_s << 0;
        QTest::newRow("public key, last byte") << u"key"_s << 31;
    }
    void tamperingFails()
    {
        QFETCH(QString, what);
        QFETCH(int, index);
        auto key = core::Ed25519::generate();
        QVERIFY(key.ok());
        QByteArray message("approve plan 0123456789abcdef");
        QByteArray signature = key->sign(message);
        QByteArray publicKey = key->publicKey();
        QVERIFY(core::Ed25519::verify(publicKey, message, signature));
        if (what == u"message"_s)
            message = flipBit(message, index);
        else if (what == u"signature"_s)
            signature = flipBit(signature, index);
        else
            publicKey = flipBit(publicKey, index);
        QVERIFY(!core::Ed25519::verify(publicKey, message, signature));
    }

    void otherKeyFails()
    {
        auto alice = core::Ed25519::generate();
        auto bob = core::Ed25519::generate();
        QVERIFY(alice.ok() && bob.ok());
        QVERIFY(alice->publicKey() != bob->publicKey());
        const QByteArray message("deploy");
        QVERIFY(!core::Ed25519::verify(bob->publicKey(), message, alice->sign(message)));
    }

    void wrongSizesFail_data()
    {
        QTest::addColumn<int>("keySize");
        QTest::addColumn<int>("signatureSize");
        QTest::newRow("empty key") << 0 << 64;
        QTest::newRow("short key") << 31 << 64;
        QTest::newRow("empty signature") << 32 << 0;
        QTest::newRow("truncated signature") << 32 << 63;
        QTest::newRow("padded signature") << 32 << 65;
    }
    void wrongSizesFail()
    {
        QFETCH(int, keySize);
        QFETCH(int, signatureSize);
        auto key = core::Ed25519::generate();
        QVERIFY(key.ok());
        const QByteArray message("m");
        const QByteArray signature = key->sign(message);
        QByteArray pk = key->publicKey().left(keySize);
        QByteArray sig = signatureSize > 64 ? signature + '\0' : signature.left(signatureSize);
        QVERIFY(!core::Ed25519::verify(pk, message, sig));
    }

    void base64RoundTrip()
    {
        auto key = core::Ed25519::generate();
        QVERIFY(key.ok());
        const QByteArray message("text form");
        const QString pkText = key->publicKeyBase64();
        const QString sigText = key->signBase64(message);
        QCOMPARE(pkText.size(), 44);  // 32 bytes
        QCOMPARE(sigText.size(), 88); // 64 bytes
        auto pk = core::Ed25519::publicKeyFromBase64(pkText);
        auto sig = core::Ed25519::signatureFromBase64(sigText);
        QVERIFY(pk.ok());
        QVERIFY(sig.ok());
        QCOMPARE(*pk, key->publicKey());
        QVERIFY(core::Ed25519::verify(*pk, message, *sig));
    }

    void badBase64Rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isKey");
        QTest::addColumn<QString>("code");
        QTest::newRow("key: empty") << QString() << true << u"crypto.bad_key"_s;
        QTest::newRow("key: not base64") << u"not*base64!"_s << true << u"crypto.bad_key"_s;
        QTest::newRow("key: 31 bytes")
            << QString::fromLatin1(QByteArray(31, 'a').toBase64()) << true << u"crypto.bad_key"_s;
        QTest::newRow("signature: 32 bytes")
            << QString::fromLatin1(QByteArray(32, 'a').toBase64()) << false << u"crypto.bad_signature"_s;
        QTest::newRow("signature: garbage") << u"%%%%"_s << false << u"crypto.bad_signature"_s;
    }
    void badBase64Rejected()
    {
        QFETCH(QString, text);
        QFETCH(bool, isKey);
        QFETCH(QString, code);
        auto r = isKey ? core::Ed25519::publicKeyFromBase64(text) : core::Ed25519::signatureFromBase64(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void secretKeyRoundTrip()
    {
        auto key = core::Ed25519::generate();
        QVERIFY(key.ok());
        QByteArray secret = key->secretKey();
        QCOMPARE(secret.size(), core::Ed25519::kSecretKeyBytes);
        auto again = core::Ed25519::fromSecretKey(secret);
        QVERIFY(again.ok());
        QCOMPARE(again->publicKey(), key->publicKey());
        QVERIFY(core::Ed25519::verify(key->publicKey(), "x", again->sign("x")));

        // A secret key whose public half does not belong to its seed is refused.
        auto other = core::Ed25519::generate();
        QVERIFY(other.ok());
        QByteArray mixed = secret.left(32) + other->publicKey();
        auto bad = core::Ed25519::fromSecretKey(mixed);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, u"crypto.bad_key"_s);
        QCOMPARE(core::Ed25519::fromSecretKey(secret.left(63)).error().code, u"crypto.bad_key"_s);

        core::Ed25519::wipe(secret);
        QVERIFY(secret.isEmpty());
    }

    // The zeroing itself cannot be observed (the buffer is freed right after); what can: the array is
    // emptied, and wiping one holder of a shared buffer leaves the other holders' bytes alone.
    void wipeLeavesSharedCopiesAlone()
    {
        QByteArray owned("secret-bytes");
        QByteArray shared = owned;
        core::Ed25519::wipe(shared);
        QVERIFY(shared.isEmpty());
        QCOMPARE(owned, QByteArray("secret-bytes"));
        core::Ed25519::wipe(owned);
        QVERIFY(owned.isEmpty());
    }

    void movedFromKeySignsNothing()
    {
        auto key = core::Ed25519::generate();
        QVERIFY(key.ok());
        core::Ed25519 moved = std::move(*key);
        QVERIFY(!moved.sign("m").isEmpty());
        QVERIFY(key->sign("m").isEmpty()); // NOLINT(bugprone-use-after-move): checking that state
    }
};

QTEST_GUILESS_MAIN(TestEd25519)
#include "TestEd25519.moc"
