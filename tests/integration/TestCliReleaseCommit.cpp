// `switchyard release add` records when the commit was made: from --commit-time, or read from the
// repository given with --repo (git show, no shell); without either, or when git cannot tell, it says
// that DORA lead time will count from the registration. A date that is not ISO 8601 is bad input.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "NginxSandbox.h"
#include "core/model/Release.h"
#include "core/model/Service.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

class TestCliReleaseCommit : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, const QString &dir = {}, const QStringList &env = {})
    {
        QProcess p;
        if (!dir.isEmpty())
            p.setWorkingDirectory(dir);
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : env)
            e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        p.setProcessEnvironment(e);
        p.start(args.first(), args.mid(1));
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

    Run cli(const QStringList &args)
    {
        return run(QStringList{NginxSandbox::binDir() + u"/switchyard"_s, u"--workspace"_s, m_ws,
                               u"release"_s, u"add"_s} +
                   args);
    }

    QDateTime committedAt(const QString &version)
    {
        auto ws = core::Workspace::open(m_ws);
        if (!ws.ok())
            return {};
        auto r = (*ws)->releases().byVersion(1, version);
        return r.ok() ? r->committedAt : QDateTime();
    }

    QTemporaryDir m_dir;
    QString m_ws;

private slots:
    void initTestCase()
    {
        m_ws = m_dir.filePath(u"ws.sqlite"_s);
        auto ws = core::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        QVERIFY((*ws)->services().create(core::Service{0, u"shop"_s, {}}).ok());
    }

    void givenByHand()
    {
        const Run r = cli({u"--version"_s, u"v1"_s, u"--commit"_s, u"abc123"_s, u"--commit-time"_s,
                           u"2026-11-30T14:03:11+01:00"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Commit time 2026-11-30T13:03:11Z (from --commit-time)."_s),
                 qPrintable(r.out));
        QCOMPARE(committedAt(u"v1"_s), QDateTime(QDate(2026, 11, 30), QTime(13, 3, 11), Qt::UTC));
    }

    void notADate()
    {
        const Run r = cli({u"--version"_s, u"v2"_s, u"--commit-time"_s, u"last tuesday"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"ISO 8601"_s), qPrintable(r.err));
        QVERIFY(!committedAt(u"v2"_s).isValid()); // and nothing was registered
    }

    void readFromTheRepository()
    {
        QTemporaryDir repo;
        const QStringList env{u"GIT_CONFIG_GLOBAL=/dev/null"_s, u"GIT_CONFIG_NOSYSTEM=1"_s,
                              u"GIT_AUTHOR_DATE=2026-06-01T08:00:00-04:00"_s,
                              u"GIT_COMMITTER_DATE=2026-06-01T08:00:00-04:00"_s};
        const QStringList identity{u"git"_s, u"-c"_s, u"user.name=T"_s, u"-c"_s,
                                   u"user.email=t@example.invalid"_s};
        QCOMPARE(run(identity + QStringList{u"init"_s, u"-q"_s}, repo.path(), env).exitCode, 0);
        QCOMPARE(run(identity + QStringList{u"commit"_s, u"-q"_s, u"--allow-empty"_s, u"-m"_s, u"x"_s},
                     repo.path(), env)
                     .exitCode,
                 0);
        const QString sha = run({u"git"_s, u"rev-parse"_s, u"HEAD"_s}, repo.path(), env).out.trimmed();
        QCOMPARE(sha.size(), 40);
        const Run r = cli({u"--version"_s, u"v3"_s, u"--commit"_s, sha, u"--repo"_s, repo.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Commit time 2026-06-01T12:00:00Z (from git in "_s), qPrintable(r.out));
        QCOMPARE(committedAt(u"v3"_s), QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));

        // A commit the repository does not have: registered anyway, without a commit time, and said so.
        const Run unknown = cli({u"--version"_s, u"v4"_s, u"--commit"_s,
                                 u"0123456789abcdef0123456789abcdef01234567"_s, u"--repo"_s, repo.path()});
        QCOMPARE(unknown.exitCode, 0);
        QVERIFY2(unknown.out.contains(u"No commit time: git knows no commit"_s), qPrintable(unknown.out));
        QVERIFY2(unknown.out.contains(u"will count from its registration"_s), qPrintable(unknown.out));
        QVERIFY(!committedAt(u"v4"_s).isValid());
    }

    void neitherGiven()
    {
        const Run r = cli({u"--version"_s, u"v5"_s, u"--commit"_s, u"abc"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"No commit time recorded"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"will count from its registration"_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliReleaseCommit)
#include "TestCliReleaseCommit.moc"
