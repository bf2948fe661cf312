// Signed approvals: the signature covers every field, the approval file round-trips between
// machines, and a malformed file is refused with a message that says what is wrong.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/crypto/ApprovalSignature.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Ed25519.h"

using namespace Qt::StringLiterals;
using core::ApprovalSignature;

class TestApprovalSignature : public QObject
{
    Q_OBJECT

private:
    std::optional<core::Ed25519> m_key;

    static ApprovalSignature sample()
    {
        ApprovalSignature a;
        a.planDigest = core::sha256Hex(QByteArray("plan"));
        a.decision = ApprovalSignature::Decision::Approve;
        a.comment = u"Looks good — ship it"_s;
        a.signedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0, 123), Qt::UTC);
        a.expiresAt = a.signedAt.addSecs(3600);
        return a;
    }

    ApprovalSignature signedSample()
    {
        ApprovalSignature a = sample();
        if (!a.sign(*m_key).ok())
            qFatal("signing failed");
        return a;
    }

    QJsonObject fileJson() { return QJsonDocument::fromJson(signedSample().toFile()).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        auto key = core::Ed25519::generate();
        QVERIFY(key.ok());
        m_key.emplace(std::move(*key));
    }

    void signAndVerify()
    {
        ApprovalSignature a = sample();
        QVERIFY(a.signature.isEmpty());
        QVERIFY(a.sign(*m_key).ok());
        QCOMPARE(a.signerPublicKey, m_key->publicKey());
        QCOMPARE(a.signature.size(), core::Ed25519::kSignatureBytes);
        QVERIFY(a.verify().ok());
        QVERIFY(a.verify(m_key->publicKey()).ok());
        QVERIFY(core::Ed25519::verify(m_key->publicKey(), a.canonicalPayload(), a.signature));
    }

    void canonicalPayloadIsSortedCompactJson()
    {
        ApprovalSignature a = signedSample();
        const QByteArray payload = a.canonicalPayload();
        const QByteArray expected =
            "{\"comment\":\"Looks good — ship it\",\"decision\":\"approve\","
            "\"expiresAt\":\"2026-11-23T11:00:00.123Z\",\"kind\":\"switchyard.approval.v1\","
            "\"planDigest\":\"" +
            a.planDigest.toLatin1() + "\",\"signedAt\":\"2026-11-23T10:00:00.123Z\",\"signer\":\"" +
            m_key->publicKey().toBase64() + "\"}";
        QCOMPARE(payload, expected);
        // A time given in another zone signs the same instant, in UTC.
        ApprovalSignature b = a;
        b.signedAt = a.signedAt.toOffsetFromUtc(2 * 3600);
        QCOMPARE(b.canonicalPayload(), payload);
        QVERIFY(b.verify().ok());
    }

    void everyFieldChangeInvalidates_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("plan digest") << u"planDigest"_s;
        QTest::newRow("decision") << u"decision"_s;
        QTest::newRow("comment") << u"comment"_s;
        QTest::newRow("comment emptied") << u"commentEmpty"_s;
        QTest::newRow("signed at (+1 ms)") << u"signedAt"_s;
        QTest::newRow("expires at (+1 s)") << u"expiresAt"_s;
        QTest::newRow("signer key") << u"signer"_s;
        QTest::newRow("signature") << u"signature"_s;
    }
    void everyFieldChangeInvalidates()
    {
        QFETCH(QString, field);
        ApprovalSignature a = signedSample();
        QVERIFY(a.verify().ok());
        if (field == u"planDigest"_s) {
            a.planDigest = core::sha256Hex(QByteArray("another plan"));
        } else if (field == u"decision"_s) {
            a.decision = ApprovalSignature::Decision::Reject;
        } else if (field == u"comment"_s) {
            a.comment += u'.';
        } else if (field == u"commentEmpty"_s) {
            a.comment.clear();
        } else if (field == u"signedAt"_s) {
            a.signedAt = a.signedAt.addMSecs(1);
        } else if (field == u"expiresAt"_s) {
            a.expiresAt = a.expiresAt.addSecs(1);
        } else if (field == u"signer"_s) {
            auto other = core::Ed25519::generate();
            QVERIFY(other.ok());
            a.signerPublicKey = other->publicKey();
        } else {
            a.signature[10] = static_cast<char>(a.signature.at(10) ^ 0x01);
        }
        const core::Status verified = a.verify();
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, u"approval.bad_signature"_s);
        QVERIFY(!verified.error().message.isEmpty());
    }

    void unregisteredSignerRefused()
    {
        ApprovalSignature a = signedSample();
        auto other = core::Ed25519::generate();
        QVERIFY(other.ok());
        const core::Status verified = a.verify(other->publicKey());
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, u"approval.signer_mismatch"_s);
        // Re-signing with the other key makes it verify for that key only.
        QVERIFY(a.sign(*other).ok());
        QVERIFY(a.verify(other->publicKey()).ok());
        QCOMPARE(a.verify(m_key->publicKey()).error().code, u"approval.signer_mismatch"_s);
    }

    void invalidFieldsCannotBeSigned_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::addColumn<int>("lifetimeSecs");
        QTest::newRow("empty digest") << QString() << 3600;
        QTest::newRow("upper-case digest") << core::sha256Hex(QByteArray("p")).toUpper() << 3600;
        QTest::newRow("short digest") << u"abc123"_s << 3600;
        QTest::newRow("expires when signed") << core::sha256Hex(QByteArray("p")) << 0;
        QTest::newRow("expired before signed") << core::sha256Hex(QByteArray("p")) << -60;
    }
    void invalidFieldsCannotBeSigned()
    {
        QFETCH(QString, digest);
        QFETCH(int, lifetimeSecs);
        ApprovalSignature a = sample();
        a.planDigest = digest;
        a.expiresAt = a.signedAt.addSecs(lifetimeSecs);
        const core::Status signedStatus = a.sign(*m_key);
        QVERIFY(!signedStatus.ok());
        QCOMPARE(signedStatus.error().code, u"approval.invalid"_s);
        QVERIFY(a.signature.isEmpty());
    }

    void fileRoundTrip_data()
    {
        QTest::addColumn<bool>("reject");
        QTest::addColumn<QString>("comment");
        QTest::newRow("approve") << false << u"ok"_s;
        QTest::newRow("reject, empty comment") << true << QString();
        QTest::newRow("comment with quotes and newlines") << false << u"line 1\n\"quoted\" \\ ünïcödé"_s;
    }
    void fileRoundTrip()
    {
        QFETCH(bool, reject);
        QFETCH(QString, comment);
        ApprovalSignature a = sample();
        a.decision = reject ? ApprovalSignature::Decision::Reject : ApprovalSignature::Decision::Approve;
        a.comment = comment;
        QVERIFY(a.sign(*m_key).ok());
        const QByteArray file = a.toFile();
        auto parsed = ApprovalSignature::fromFile(file);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->planDigest, a.planDigest);
        QCOMPARE(parsed->decision, a.decision);
        QCOMPARE(parsed->comment, a.comment);
        QCOMPARE(parsed->signedAt, a.signedAt);
        QCOMPARE(parsed->expiresAt, a.expiresAt);
        QCOMPARE(parsed->signerPublicKey, a.signerPublicKey);
        QCOMPARE(parsed->signature, a.signature);
        QCOMPARE(parsed->canonicalPayload(), a.canonicalPayload());
        QVERIFY(parsed->verify(m_key->publicKey()).ok());
        QCOMPARE(parsed->toFile(), file);
    }

    void tamperedFileParsesButFailsVerify()
    {
        QJsonObject json = fileJson();
        QJsonObject approval = json.value(u"approval"_s).toObject();
        approval[u"decision"_s] = u"reject"_s;
        json[u"approval"_s] = approval;
        auto parsed = ApprovalSignature::fromFile(QJsonDocument(json).toJson());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->verify(m_key->publicKey()).error().code, u"approval.bad_signature"_s);
    }

    void malformedFileReportsWhatIsWrong_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not json") << u"not json"_s << u"not JSON"_s;
        QTest::newRow("json array") << u"array"_s << u"not a JSON object"_s;
        QTest::newRow("wrong format") << u"format"_s << u"not a Switchyard approval file"_s;
        QTest::newRow("future version") << u"version"_s << u"version 2"_s;
        QTest::newRow("missing signature") << u"-signature"_s << u"\"signature\""_s;
        QTest::newRow("extra top-level field") << u"+extra"_s << u"unexpected field \"extra\""_s;
        QTest::newRow("missing plan digest") << u"-approval.planDigest"_s << u"\"approval.planDigest\""_s;
        QTest::newRow("unsigned extra field")
            << u"+approval.note"_s << u"unexpected field \"approval.note\""_s;
        QTest::newRow("approval not an object") << u"approval=1"_s << u"\"approval\" is not an object"_s;
        QTest::newRow("decision maybe") << u"approval.decision=maybe"_s << u"\"maybe\""_s;
        QTest::newRow("comment a number") << u"approval.comment#"_s << u"\"comment\" is not a string"_s;
        QTest::newRow("bad time") << u"approval.signedAt=yesterday"_s << u"\"signedAt\""_s;
        QTest::newRow("non-canonical time")
            << u"approval.signedAt=2026-11-23T10:00:00Z"_s << u"\"signedAt\""_s;
        QTest::newRow("bad digest") << u"approval.planDigest=XYZ"_s << u"\"XYZ\""_s;
        QTest::newRow("other kind") << u"approval.kind=switchyard.audit.v1"_s << u"switchyard.audit.v1"_s;
        QTest::newRow("signer not base64") << u"approval.signer=!!"_s << u"signer key"_s;
        QTest::newRow("signature too short") << u"signature=AAAA"_s << u"signature"_s;
    }
    void malformedFileReportsWhatIsWrong()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, messagePart);
        QByteArray file;
        if (mutation == u"not json"_s) {
            file = "{\"format\": ";
        } else if (mutation == u"array"_s) {
            file = "[]";
        } else {
            QJsonObject json = fileJson();
            QJsonObject approval = json.value(u"approval"_s).toObject();
            if (mutation == u"format"_s)
                json[u"format"_s] = u"something-else"_s;
            else if (mutation == u"version"_s)
                json[u"version"_s] = 2;
            else if (mutation == u"-signature"_s)
                json.remove(u"signature"_s);
            else if (mutation == u"+extra"_s)
                json[u"extra"_s] = true;
            else if (mutation == u"-approval.planDigest"_s)
                approval.remove(u"planDigest"_s);
            else if (mutation == u"+approval.note"_s)
                approval[u"note"_s] = u"unsigned"_s;
            else if (mutation == u"approval.comment#"_s)
                approval[u"comment"_s] = 42;
            else if (mutation.startsWith(u"approval."_s)) {
                const QString assignment = mutation.mid(9);
                const qsizetype eq = assignment.indexOf(u'=');
                approval[assignment.left(eq)] = assignment.mid(eq + 1);
            } else if (mutation.startsWith(u"signature="_s)) {
                json[u"signature"_s] = mutation.mid(10);
            }
            json[u"approval"_s] = approval;
            if (mutation == u"approval=1"_s)
                json[u"approval"_s] = 1;
            file = QJsonDocument(json).toJson();
        }
        auto parsed = ApprovalSignature::fromFile(file);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"approval.file_invalid"_s);
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestApprovalSignature)
#include "TestApprovalSignature.moc"
