// `switchyard audit verify`'s checker on logs long enough to use several signature batches (the
// signatures are checked on the thread pool while the chain is walked): it must still name the
// FIRST bad entry, whichever kind of problem comes first. On SQLite (its C API path) and on
// PostgreSQL (the QSqlQuery path).
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "TestDatabases.h"
#include "core/crypto/AuditSignature.h"
#include "core/crypto/Ed25519.h"
#include "core/store/AuditLog.h"
#include "core/store/AuditVerifier.h"
#include "core/store/IdentityRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

class TestAuditVerifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Workspace> m_ws;
    std::unique_ptr<core::Ed25519> m_bob;
    std::unique_ptr<core::Ed25519> m_mallory;
    int m_signed = 0;

    // `count` entries; every third signed by bob; `forgedAt` (if any) "signed by bob" with mallory's key.
    void fill(int count, int forgedAt = 0)
    {
        for (int i = 1; i <= count; ++i) {
            QJsonObject details{{u"n"_s, i}, {u"note"_s, u"entry – ünïcode %1"_s.arg(i)}};
            const QString subject =
                i % 5 == 0 ? u"deployment/\"quoted\" %1"_s.arg(i) : u"deployment/%1"_s.arg(i);
            if (i % 3 == 0 || i == forgedAt) {
                const core::Ed25519 &key = i == forgedAt ? *m_mallory : *m_bob;
                details = core::auditsig::sign(key, u"bob"_s, u"deployment.step"_s, subject, details);
                ++m_signed;
            }
            QVERIFY(m_ws->audit().append(u"bob"_s, u"deployment.step"_s, subject, details).ok());
        }
    }

    void tamper(const QString &statement)
    {
        m_ws.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DROP TRIGGER IF EXISTS audit_log_no_update"_s));
            QVERIFY2(q.exec(statement), qPrintable(statement));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        m_ws = std::move(core::Workspace::open(m_path).value());
    }

    core::AuditReport verify()
    {
        auto report = core::AuditVerifier(m_ws->database(), m_ws->dialect()).verify();
        if (!report.ok())
            qFatal("verify: %s", qPrintable(report.error().toString()));
        return *report;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_path = m_dir.filePath(u"ws%1.sqlite"_s.arg(++n));
        m_ws = std::move(core::Workspace::open(m_path).value());
        m_bob = std::make_unique<core::Ed25519>(core::Ed25519::generate().value());
        m_mallory = std::make_unique<core::Ed25519>(core::Ed25519::generate().value());
        m_signed = 0;
        core::IdentityRepository ids(m_ws->database(), m_ws->dialect());
        QVERIFY(ids.create(u"bob"_s, m_bob->publicKey(), {}).ok());
        QVERIFY(ids.create(u"mallory"_s, m_mallory->publicKey(), {}).ok());
    }

    void cleanup() { m_ws.reset(); }

    void intactLogCountsEverySignature()
    {
        fill(400);
        const core::AuditReport report = verify();
        QVERIFY2(report.intact(), qPrintable(report.reason));
        QCOMPARE(report.entries, 400);
        QCOMPARE(report.signaturesChecked, m_signed);
    }

    void earlyBadSignatureBeatsLaterChainBreak()
    {
        fill(400, 10);
        tamper(
            u"UPDATE audit_log SET details = replace(details, '\"n\":350', '\"n\":351') WHERE seq = 350"_s);
        const core::AuditReport report = verify();
        QCOMPARE(report.firstBrokenSeq, 10);
        QVERIFY2(report.reason.contains(u"not registered to bob"_s), qPrintable(report.reason));
    }

    void earlyChainBreakBeatsLaterBadSignature()
    {
        fill(400, 300);
        tamper(u"UPDATE audit_log SET actor = 'eve' WHERE seq = 20"_s);
        const core::AuditReport report = verify();
        QCOMPARE(report.firstBrokenSeq, 20);
        QVERIFY2(report.reason.contains(u"entry 20 was changed"_s), qPrintable(report.reason));
    }

    void badSignatureInALaterBatch()
    {
        fill(400, 380); // well past the first batches of 64 signed entries
        const core::AuditReport report = verify();
        QCOMPARE(report.firstBrokenSeq, 380);
        QCOMPARE(report.entries, 380);
    }

    void editedLinkIsFound()
    {
        fill(50);
        tamper(u"UPDATE audit_log SET prev_hash = hash WHERE seq = 30"_s);
        const core::AuditReport report = verify();
        QCOMPARE(report.firstBrokenSeq, 30);
        QVERIFY2(report.reason.contains(u"does not link"_s), qPrintable(report.reason));
    }

    void postgresqlReadsTheSameWay()
    {
        QString why;
        const QString url = testsupport::freshPostgresDatabase(&why);
        if (url.isEmpty()) {
            if (testsupport::postgresRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        m_ws = std::move(core::Workspace::open(url).value());
        core::IdentityRepository ids(m_ws->database(), m_ws->dialect());
        QVERIFY(ids.create(u"bob"_s, m_bob->publicKey(), {}).ok());
        m_signed = 0;
        fill(200, 150);
        const core::AuditReport report = verify();
        QCOMPARE(report.firstBrokenSeq, 150);
        QVERIFY2(report.reason.contains(u"not registered to bob"_s), qPrintable(report.reason));
    }
};

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "TestAuditVerifier.moc"
