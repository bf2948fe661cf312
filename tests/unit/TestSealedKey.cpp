// A secret sealed with a passphrase (Argon2id + secretbox): it opens with the right passphrase only,
// damage is reported, and every seal uses fresh randomness.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/crypto/Ed25519.h"
#include "core/crypto/SealedKey.h"

using namespace Qt::StringLiterals;

class TestSealedKey : public QObject
{
    Q_OBJECT

private:
    QByteArray m_secret;

private Q_SLOTS:
    void initTestCase()
    {
        auto key = core::Ed25519::generate();
        QVERIFY(key.ok());
        m_secret = key->secretKey();
    }
    void cleanupTestCase() { core::Ed25519::wipe(m_secret); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("ascii") << u"correct horse battery staple"_s;
        QTest::newRow("non-ascii") << u"pässwörd – 鍵"_s;
        QTest::newRow("empty") << QString();
    }
    void roundTrip()
    {
        QFETCH(QString, passphrase);
        auto sealed = core::SealedKey::seal(m_secret, passphrase);
        QVERIFY(sealed.ok());
        const QByteArray blob = sealed->toBytes();
        QVERIFY(!blob.contains(m_secret));
        QVERIFY(!blob.contains(m_secret.toBase64()));
        auto parsed = core::SealedKey::fromBytes(blob);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        auto opened = parsed->open(passphrase);
        QVERIFY(opened.ok());
        QCOMPARE(*opened, m_secret);
        // The opened secret rebuilds the key pair.
        auto key = core::Ed25519::fromSecretKey(*opened);
        QVERIFY(key.ok());
    }

    void serialisedFormIsVersionedJson()
    {
        auto sealed = core::SealedKey::seal(m_secret, u"pw"_s);
        QVERIFY(sealed.ok());
        const QJsonObject json = QJsonDocument::fromJson(sealed->toBytes()).object();
        QCOMPARE(json.value(u"v"_s).toInt(), core::SealedKey::kVersion);
        QCOMPARE(json.value(u"kdf"_s).toString(), u"argon2id13"_s);
        QCOMPARE(json.value(u"opslimit"_s).toInteger(), 2);        // OPSLIMIT_INTERACTIVE
        QCOMPARE(json.value(u"memlimit"_s).toInteger(), 67108864); // MEMLIMIT_INTERACTIVE
        QCOMPARE(QByteArray::fromBase64(json.value(u"salt"_s).toString().toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(json.value(u"nonce"_s).toString().toLatin1()).size(), 24);
        QCOMPARE(QByteArray::fromBase64(json.value(u"ciphertext"_s).toString().toLatin1()).size(),
                 m_secret.size() + 16);
    }

    void wrongPassphrase_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("different") << u"wrong"_s;
        QTest::newRow("one letter off") << u"correct horse battery stapl"_s;
        QTest::newRow("case") << u"Correct horse battery staple"_s;
        QTest::newRow("empty") << QString();
    }
    void wrongPassphrase()
    {
        QFETCH(QString, passphrase);
        auto sealed = core::SealedKey::seal(m_secret, u"correct horse battery staple"_s);
        QVERIFY(sealed.ok());
        auto opened = sealed->open(passphrase);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, u"crypto.wrong_passphrase"_s);
        QVERIFY(!opened.error().message.isEmpty());
        QVERIFY(!opened.error().toString().contains(u"correct horse"_s));
    }

    // A change to any field of the serialised blob is either refused as damaged or fails to
    // authenticate; none opens.
    void flippedByteIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("increment"); // for the numbers
        QTest::newRow("salt") << u"salt"_s << 0;
        QTest::newRow("nonce") << u"nonce"_s << 0;
        QTest::newRow("ciphertext") << u"ciphertext"_s << 0;
        QTest::newRow("opslimit + 1") << u"opslimit"_s << 1;
        QTest::newRow("memlimit + 1 byte") << u"memlimit"_s << 1;
        QTest::newRow("memlimit + 1 KiB") << u"memlimit"_s << 1024;
        QTest::newRow("version") << u"v"_s << 1;
        QTest::newRow("kdf") << u"kdf"_s << 0;
    }
    void flippedByteIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(int, increment);
        auto sealed = core::SealedKey::seal(m_secret, u"pw"_s);
        QVERIFY(sealed.ok());
        QJsonObject json = QJsonDocument::fromJson(sealed->toBytes()).object();
        const QJsonValue v = json.value(field);
        if (v.isString() && field != u"kdf"_s) {
            QByteArray raw = QByteArray::fromBase64(v.toString().toLatin1());
            raw[raw.size() / 2] = static_cast<char>(raw.at(raw.size() / 2) ^ 0x40);
            json[field] = QString::fromLatin1(raw.toBase64());
        } else if (v.isString()) {
            json[field] = u"argon2i13"_s;
        } else {
            json[field] = v.toInteger() + increment;
        }
        auto parsed = core::SealedKey::fromBytes(QJsonDocument(json).toJson(QJsonDocument::Compact));
        if (!parsed.ok()) {
            QCOMPARE(parsed.error().code, u"crypto.corrupt"_s);
            return;
        }
        auto opened = parsed->open(u"pw"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, u"crypto.wrong_passphrase"_s);
    }

    void rawByteFlipsNeverOpen()
    {
        auto sealed = core::SealedKey::seal(m_secret, u"pw"_s);
        QVERIFY(sealed.ok());
        const QByteArray blob = sealed->toBytes();
        // Flip a byte inside the ciphertext's base64 text and one in the JSON syntax.
        const int ct = blob.indexOf("\"ciphertext\":\"") + 20;
        for (int index : {ct, 0}) {
            QByteArray damaged = blob;
            damaged[index] = static_cast<char>(damaged.at(index) == 'A' ? 'B' : 'A');
            auto parsed = core::SealedKey::fromBytes(damaged);
            if (!parsed.ok()) {
                QCOMPARE(parsed.error().code, u"crypto.corrupt"_s);
                continue;
            }
            auto opened = parsed->open(u"pw"_s);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, u"crypto.wrong_passphrase"_s);
        }
    }

    void malformedBlobIsCorrupt_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("future version") << QByteArray(R"({"v":2})");
        QTest::newRow("missing salt") << QByteArray(
            R"({"v":1,"kdf":"argon2id13","opslimit":2,"memlimit":67108864,"nonce":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","ciphertext":"AAAAAAAAAAAAAAAAAAAAAA=="})");
        QTest::newRow("huge memlimit") << QByteArray(
            R"({"v":1,"kdf":"argon2id13","salt":"AAAAAAAAAAAAAAAAAAAAAA==","opslimit":2,"memlimit":1e15,"nonce":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","ciphertext":"AAAAAAAAAAAAAAAAAAAAAA=="})");
        QTest::newRow("short ciphertext") << QByteArray(
            R"({"v":1,"kdf":"argon2id13","salt":"AAAAAAAAAAAAAAAAAAAAAA==","opslimit":2,"memlimit":67108864,"nonce":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","ciphertext":"AAAA"})");
    }
    void malformedBlobIsCorrupt()
    {
        QFETCH(QByteArray, blob);
        auto parsed = core::SealedKey::fromBytes(blob);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"crypto.corrupt"_s);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void twoSealsDiffer()
    {
        auto a = core::SealedKey::seal(m_secret, u"same"_s);
        auto b = core::SealedKey::seal(m_secret, u"same"_s);
        QVERIFY(a.ok() && b.ok());
        const QJsonObject ja = QJsonDocument::fromJson(a->toBytes()).object();
        const QJsonObject jb = QJsonDocument::fromJson(b->toBytes()).object();
        QVERIFY(ja.value(u"salt"_s) != jb.value(u"salt"_s));
        QVERIFY(ja.value(u"nonce"_s) != jb.value(u"nonce"_s));
        QVERIFY(ja.value(u"ciphertext"_s) != jb.value(u"ciphertext"_s));
        QCOMPARE(*a->open(u"same"_s), *b->open(u"same"_s));
    }
};

QTEST_GUILESS_MAIN(TestSealedKey)
#include "TestSealedKey.moc"
