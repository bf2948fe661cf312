// The two-person rule from the command line, against the real binary, the real keyring (scripts/
// test.sh starts an unlocked gnome-keyring), nginx and sample slots: identities, a deployment that
// waits for approvals (exit 3), approvals signed here and as files, refusals with their reasons,
// resume, and audit verify naming the first broken entry.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "EngineFixture.h"

using namespace Qt::StringLiterals;

class TestCliApprovals : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    EngineFixture m_fixture;
    QString m_ws;
    QString m_service;
    QTemporaryDir m_dir;

    Run cli(const QString &as, const QStringList &args, const QByteArray &stdinText = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SWITCHYARD_IDENTITY"_s, as);
        env.insert(u"SWITCHYARD_KEYCHAIN_SERVICE"_s, m_service);
        p.setProcessEnvironment(env);
        p.start(NginxSandbox::binDir() + u"/switchyard"_s, QStringList{u"--workspace"_s, m_ws} + args);
        p.write(stdinText);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QByteArray pass(const QString &who) { return (who + u"-correct-horse"_s).toUtf8() + '\n'; }

private Q_SLOTS:
    void initTestCase()
    {
        auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        m_ws = m_fixture.workspacePath();
        m_fixture.closeWorkspace();
        m_service = u"switchyard-test-%1"_s.arg(QRandomGenerator::global()->generate());
    }

    void wholeFlow()
    {
        for (const QString &who : {u"tester"_s, u"bob"_s, u"carol"_s}) {
            const Run created =
                cli(who, {u"identity"_s, u"create"_s, u"--name"_s, who, u"--passphrase-stdin"_s}, pass(who));
            QVERIFY2(created.exitCode == 0, qPrintable(created.err + created.out));
            QVERIFY(created.out.contains(u"Public key:"_s));
        }
        const Run listed = cli(u"tester"_s, {u"identity"_s, u"list"_s, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 3);
        const Run exported = cli(u"tester"_s, {u"identity"_s, u"export-public"_s, u"--name"_s, u"bob"_s});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(QByteArray::fromBase64(exported.out.trimmed().toLatin1()).size(), 32);

        const Run policy = cli(u"tester"_s,
                               {u"policy"_s, u"set"_s, u"--env"_s, u"sandbox"_s, u"--required"_s, u"2"_s,
                                u"--passphrase-stdin"_s},
                               pass(u"tester"_s));
        QVERIFY2(policy.exitCode == 0, qPrintable(policy.err));

        // The deployment stops in its approvals step: exit 3, and what to do next.
        const Run deploy =
            cli(u"tester"_s, {u"deploy"_s, u"--env"_s, u"sandbox"_s, u"--version"_s, u"v1.2.0"_s});
        QVERIFY2(deploy.exitCode == 3, qPrintable(deploy.err));
        QVERIFY2(deploy.err.contains(u"awaiting approvals: 0 of 2"_s), qPrintable(deploy.err));
        const auto match =
            QRegularExpression(u"Deployment #(\\d+) is awaiting approvals"_s).match(deploy.err);
        QVERIFY(match.hasMatch());
        const QString id = match.captured(1);
        const QString digest =
            QRegularExpression(u"Plan digest: ([0-9a-f]{64})"_s).match(deploy.out).captured(1);
        QCOMPARE(digest.size(), 64);
        QCOMPARE(m_fixture.servedByThroughRouter(), u"blue"_s);

        // A wrong passphrase unlocks nothing.
        const Run wrong =
            cli(u"bob"_s, {u"approve"_s, u"--deployment"_s, id, u"--passphrase-stdin"_s}, "nope\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(u"passphrase"_s, Qt::CaseInsensitive), qPrintable(wrong.err));

        const Run bob = cli(u"bob"_s,
                            {u"approve"_s, u"--deployment"_s, id, u"--comment"_s, u"diff reviewed"_s,
                             u"--passphrase-stdin"_s},
                            pass(u"bob"_s));
        QVERIFY2(bob.exitCode == 0, qPrintable(bob.err));
        QVERIFY2(bob.out.contains(u"1 of 2"_s), qPrintable(bob.out));

        const Run self = cli(u"tester"_s, {u"approve"_s, u"--deployment"_s, id, u"--passphrase-stdin"_s},
                             pass(u"tester"_s));
        QCOMPARE(self.exitCode, 3);
        QVERIFY2(self.err.contains(u"tester requested this deployment"_s), qPrintable(self.err));

        // Carol signs on "another machine": a file.
        const QString file = m_dir.filePath(u"carol.approval"_s);
        const Run signedFile = cli(
            u"carol"_s, {u"approve"_s, u"--plan-digest"_s, digest, u"--out"_s, file, u"--passphrase-stdin"_s},
            pass(u"carol"_s));
        QVERIFY2(signedFile.exitCode == 0, qPrintable(signedFile.err));
        QFile original(file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        const QString tamperedPath = m_dir.filePath(u"tampered.approval"_s);
        {
            QFile tampered(tamperedPath);
            QVERIFY(tampered.open(QIODevice::WriteOnly));
            tampered.write(QByteArray(bytes).replace("\"comment\": \"\"", "\"comment\": \"edited\""));
        }
        const Run bad = cli(u"tester"_s, {u"approvals"_s, u"import"_s, tamperedPath});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains(u"does not verify"_s), qPrintable(bad.err));
        const Run imported = cli(u"tester"_s, {u"approvals"_s, u"import"_s, file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"approved by bob, carol (2 of 2)"_s), qPrintable(imported.out));
        const Run replay = cli(u"tester"_s, {u"approvals"_s, u"import"_s, file});
        QCOMPARE(replay.exitCode, 3);
        QVERIFY2(replay.err.contains(u"replay"_s), qPrintable(replay.err));

        const Run resumed = cli(u"tester"_s, {u"resume"_s, id});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        QCOMPARE(m_fixture.servedByThroughRouter(), u"green"_s);

        const Run rotated =
            cli(u"bob"_s, {u"identity"_s, u"rotate"_s, u"--name"_s, u"bob"_s, u"--passphrase-stdin"_s},
                pass(u"bob"_s));
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
        QVERIFY(cli(u"bob"_s, {u"identity"_s, u"export-public"_s, u"--name"_s, u"bob"_s}).out !=
                exported.out);

        const Run verified = cli(u"tester"_s, {u"audit"_s, u"verify"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY2(verified.out.contains(u"Signatures verified"_s), qPrintable(verified.out));

        // Someone edits an approval entry in the file, around the triggers: verify names it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_ws);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
            QVERIFY(q.exec(u"UPDATE audit_log SET details = replace(details, 'diff reviewed', 'whatever') "
                           "WHERE action = 'approval.recorded'"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        const Run broken = cli(u"tester"_s, {u"audit"_s, u"verify"_s});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(QRegularExpression(u"BROKEN at entry \\d+: entry \\d+ was changed"_s)),
                 qPrintable(broken.err));
    }
};

QTEST_GUILESS_MAIN(TestCliApprovals)
#include "TestCliApprovals.moc"
