// The audit log's hash chain: every entry links to the one before, so any edit made around the
// append-only triggers (another tool writing the file) is found, at the first broken entry.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/crypto/Digest.h"
#include "core/store/AuditLog.h"
#include "core/store/Sql.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    QString m_path;

    void writeEntries(int n)
    {
        for (int i = 1; i <= n; ++i) {
            auto e = m_ws->audit().append(u"alex"_s, u"deployment.started"_s, u"deployment/%1"_s.arg(i),
                                          QJsonObject{{u"version"_s, u"v1.%1.0"_s.arg(i)}, {u"n"_s, i}});
            QVERIFY(e.ok());
            QCOMPARE(e->seq, i);
        }
    }

    // Edits the file behind the workspace's back, the way another tool could.
    void tamper(const QStringList &statements)
    {
        m_ws.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : statements)
                QVERIFY2(q.exec(s), qPrintable(s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        auto reopened = core::Workspace::open(m_path);
        QVERIFY(reopened.ok());
        m_ws = std::move(*reopened);
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(u"audit-%1.sqlite"_s.arg(++n));
        auto ws = core::Workspace::open(m_path);
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
    }
    void cleanup() { m_ws.reset(); }

    void chainLinksEveryEntry()
    {
        writeEntries(5);
        auto entries = m_ws->audit().entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 5);
        QCOMPARE(entries->first().prevHash, QString::fromLatin1(core::AuditLog::kGenesisHash));
        for (int i = 1; i < entries->size(); ++i) {
            QCOMPARE(entries->at(i).prevHash, entries->at(i - 1).hash);
            // The hash is SHA-256 over the previous hash and the canonical entry, recomputable by anyone.
            QCOMPARE(entries->at(i).hash,
                     core::chainHash(entries->at(i - 1).hash, entries->at(i).canonical()));
        }
        auto verified = m_ws->audit().verify();
        QVERIFY(verified.ok());
        QVERIFY(verified->intact());
        QCOMPARE(verified->entries, 5);
    }

    void databaseRefusesUpdateAndDelete()
    {
        writeEntries(2);
        QVERIFY(
            !core::runSql(m_ws->database(), u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 1"_s).ok());
        QVERIFY(!core::runSql(m_ws->database(), u"DELETE FROM audit_log WHERE seq = 2"_s).ok());
        QCOMPARE(m_ws->audit().entries()->first().actor, u"alex"_s);
        QCOMPARE(m_ws->audit().entries()->size(), 2);
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<qint64>("brokenAt");
        QTest::addColumn<QString>("reason");
        const QStringList dropTriggers{u"DROP TRIGGER audit_log_no_update"_s,
                                       u"DROP TRIGGER audit_log_no_delete"_s};
        QTest::newRow("actor changed")
            << dropTriggers + QStringList{u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 3"_s}
            << qint64(3) << u"changed"_s;
        QTest::newRow("details changed")
            << dropTriggers +
                   QStringList{
                       u"UPDATE audit_log SET details = '{\"n\":2,\"version\":\"v9\"}' WHERE seq = 2"_s}
            << qint64(2) << u"changed"_s;
        QTest::newRow("time changed")
            << dropTriggers + QStringList{u"UPDATE audit_log SET at = at - 3600000 WHERE seq = 4"_s}
            << qint64(4) << u"changed"_s;
        QTest::newRow("entry removed") << dropTriggers + QStringList{u"DELETE FROM audit_log WHERE seq = 3"_s}
                                       << qint64(4) << u"missing"_s;
        QTest::newRow("last entry rewritten with a fresh hash")
            << dropTriggers +
                   QStringList{u"UPDATE audit_log SET actor = 'mallory', prev_hash = 'x' WHERE seq = 5"_s}
            << qint64(5) << u"link"_s;
    }

    void tamperingIsFound()
    {
        QFETCH(QStringList, statements);
        QFETCH(qint64, brokenAt);
        QFETCH(QString, reason);
        writeEntries(5);
        tamper(statements);
        auto verified = m_ws->audit().verify();
        QVERIFY(verified.ok());
        QVERIFY(!verified->intact());
        QCOMPARE(verified->firstBrokenSeq, brokenAt);
        QVERIFY2(verified->reason.contains(reason), qPrintable(verified->reason));
    }

    void appendsContinueTheChainAcrossReopen()
    {
        writeEntries(2);
        m_ws.reset();
        auto ws = core::Workspace::open(m_path);
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        auto third = m_ws->audit().append(u"sam"_s, u"x"_s, u"y"_s);
        QVERIFY(third.ok());
        QCOMPARE(third->seq, 3);
        QVERIFY(m_ws->audit().verify()->intact());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
