// A release's commit time: stored with the release (schema 9; older workspaces upgrade with no commit
// times), read from a real git repository (git show, no shell) or given in ISO 8601, and DORA lead time
// measured from it — or from the registration when it is unknown. Hand-checked figures; SQLite and
// PostgreSQL.
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "IncidentHistory.h"
#include "TestDatabases.h"
#include "core/incidents/DoraReport.h"
#include "core/model/Release.h"
#include "core/providers/GitCommitTime.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;
using core::DeploymentKind;
using core::DeploymentStatus;
using testsupport::at;

namespace {

// Runs git in `dir` with a fixed identity and dates; returns its trimmed output (nothing on failure).
std::optional<QString> git(const QString &dir, const QStringList &args, const QString &date = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    if (!date.isEmpty()) {
        env.insert(u"GIT_AUTHOR_DATE"_s, date);
        env.insert(u"GIT_COMMITTER_DATE"_s, date);
    }
    p.setProcessEnvironment(env);
    p.start(u"git"_s,
            QStringList{u"-c"_s, u"user.name=Test"_s, u"-c"_s, u"user.email=test@example.invalid"_s} + args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

core::Result<QDateTime> lookup(const QString &repository, const QString &sha)
{
    QObject context;
    std::optional<core::Result<QDateTime>> answer;
    core::GitCommitTime::lookup(repository, sha, &context,
                                [&](core::Result<QDateTime> result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
        return core::Error{u"test.timeout"_s, u"no answer"_s, {}};
    return *answer;
}

} // namespace

class TestReleaseCommitTime : public QObject
{
    Q_OBJECT

private slots:
    void parsesIsoTimes_data();
    void parsesIsoTimes();
    void readsTheCommitTimeFromGit();
    void storedWithTheReleaseAndOldWorkspacesUpgrade_data() { backends(); }
    void storedWithTheReleaseAndOldWorkspacesUpgrade();
    void doraLeadTimeFromTheCommit_data() { backends(); }
    void doraLeadTimeFromTheCommit();

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }
    // A fresh workspace on `backend`; null when the test was skipped.
    std::unique_ptr<core::Workspace> open(const QString &backend);

    QTemporaryDir m_dir;
};

std::unique_ptr<core::Workspace> TestReleaseCommitTime::open(const QString &backend)
{
    QString why;
    auto ws = testsupport::openTestWorkspace(m_dir, backend, &why);
    if (!ws) {
        if (testsupport::postgresRequired())
            qFatal("%s", qPrintable(why));
        QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
    }
    return ws;
}

void TestReleaseCommitTime::parsesIsoTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    const QDateTime t(QDate(2026, 11, 30), QTime(13, 3, 11), Qt::UTC);
    QTest::newRow("offset, as git %cI prints it") << u"2026-11-30T14:03:11+01:00"_s << t;
    QTest::newRow("Z") << u"2026-11-30T13:03:11Z"_s << t;
    QTest::newRow("no offset is UTC") << u"2026-11-30T13:03:11"_s << t;
    QTest::newRow("milliseconds") << u"2026-11-30T13:03:11.250Z"_s << t.addMSecs(250);
    QTest::newRow("negative offset") << u"2026-11-30T08:03:11-05:00"_s << t;
    QTest::newRow("a date alone") << u"2026-11-30"_s << QDateTime();
    QTest::newRow("words") << u"yesterday"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestReleaseCommitTime::parsesIsoTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const auto parsed = core::GitCommitTime::parseIso(text);
    QCOMPARE(parsed.ok(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    } else {
        QVERIFY2(parsed.error().message.contains(u"ISO 8601"_s), qPrintable(parsed.error().message));
    }
}

void TestReleaseCommitTime::readsTheCommitTimeFromGit()
{
    QTemporaryDir repo;
    QVERIFY(git(repo.path(), {u"init"_s, u"-q"_s}));
    QVERIFY(git(repo.path(), {u"commit"_s, u"-q"_s, u"--allow-empty"_s, u"-m"_s, u"first"_s},
                u"2026-01-02T03:04:05+02:00"_s));
    const QString sha = git(repo.path(), {u"rev-parse"_s, u"HEAD"_s}).value_or(QString());
    QCOMPARE(sha.size(), 40);

    // 03:04:05 at +02:00 is 01:04:05 UTC; a short SHA works too.
    const QDateTime expected(QDate(2026, 1, 2), QTime(1, 4, 5), Qt::UTC);
    auto full = lookup(repo.path(), sha);
    QVERIFY2(full.ok(), qPrintable(full.ok() ? QString() : full.error().toString()));
    QCOMPARE(*full, expected);
    auto shortSha = lookup(repo.path(), sha.left(8));
    QVERIFY(shortSha.ok());
    QCOMPARE(*shortSha, expected);

    // What git does not know, and what is not a repository or not a SHA, is an error that says so.
    auto unknown = lookup(repo.path(), u"0123456789abcdef0123456789abcdef01234567"_s);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().message.contains(u"no commit"_s), qPrintable(unknown.error().message));
    QTemporaryDir plain;
    auto notRepo = lookup(plain.path(), sha);
    QVERIFY(!notRepo.ok());
    auto missing = lookup(plain.filePath(u"nowhere"_s), sha);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(u"does not exist"_s), qPrintable(missing.error().message));
    auto option = lookup(repo.path(), u"--output=/tmp/x"_s); // never reaches git as an option
    QVERIFY(!option.ok());
    QVERIFY2(option.error().message.contains(u"not a commit SHA"_s), qPrintable(option.error().message));
}

void TestReleaseCommitTime::storedWithTheReleaseAndOldWorkspacesUpgrade()
{
    QFETCH(QString, backend);
    const QString location = testsupport::freshWorkspaceLocation(
        backend == u"postgresql",
        m_dir.filePath(u"old-%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch())));
    if (location.isEmpty())
        return;
    // A workspace from before schema 9 with a release in it.
    {
        auto old = core::Workspace::openAtVersion(location, 7);
        QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().toString()));
        testsupport::HistoryBuilder h(**old);
        h.service(u"shop"_s);
        // As the release repository of that time wrote it (no committed_at column yet).
        QSqlQuery q((*old)->database());
        QVERIFY(q.exec(u"INSERT INTO releases (service_id, version, commit_sha, digest, created_at) "
                       "VALUES (1, 'v1.0.0', 'abc', 'digest', 0)"_s));
    }
    auto ws = core::Workspace::open(location);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    QVERIFY((*ws)->schemaVersion().value() >= 9);
    auto releases = (*ws)->releases().list(1);
    QVERIFY(releases.ok());
    QCOMPARE(releases->size(), 1);
    QVERIFY(!releases->first().committedAt.isValid()); // unknown, not invented

    // A new release keeps its commit time; the digest does not depend on it.
    core::Release r;
    r.serviceId = 1;
    r.version = u"v1.1.0"_s;
    r.commitSha = u"c0ffee"_s;
    r.createdAt = at(60);
    r.committedAt = at(15);
    const QString digest = r.digest();
    auto id = (*ws)->releases().create(r);
    QVERIFY(id.ok());
    auto back = (*ws)->releases().get(*id);
    QVERIFY(back.ok());
    QCOMPARE(back->committedAt, at(15));
    QCOMPARE(back->createdAt, at(60));
    r.committedAt = {};
    QCOMPARE(r.digest(), digest);
}

void TestReleaseCommitTime::doraLeadTimeFromTheCommit()
{
    QFETCH(QString, backend);
    auto ws = open(backend);
    if (!ws)
        return;
    testsupport::HistoryBuilder h(*ws);
    const auto shop = h.service(u"shop"_s);
    const auto staging = h.environment(shop, u"staging"_s, 0);
    const auto prod = h.environment(shop, u"production"_s, 1);
    auto release = [&](const QString &version, qint64 registered, std::optional<qint64> committed) {
        core::Release r;
        r.serviceId = shop;
        r.version = version;
        r.createdAt = at(registered);
        if (committed)
            r.committedAt = at(*committed);
        return ws->releases().create(r).value();
    };
    // Minutes after testsupport::at(0):
    //  v1: committed 0, registered 60;  deployed to production, finished at 180 → lead 180 (from commit)
    //  v2: committed 100, registered 130; production finished 250 → lead 150 (from commit)
    //  v3: no commit time, registered 200; production finished 290 → lead 90 (from registration)
    //  v2 also to staging, finished 140 → lead 40 (from commit)
    //  a failed production deploy of v3 (finished 260) is no lead-time sample.
    const auto v1 = release(u"v1"_s, 60, 0);
    const auto v2 = release(u"v2"_s, 130, 100);
    const auto v3 = release(u"v3"_s, 200, std::nullopt);
    h.deployment(prod, u"v1"_s, DeploymentKind::Deploy, DeploymentStatus::Succeeded, at(170), at(180), v1);
    h.deployment(prod, u"v2"_s, DeploymentKind::Deploy, DeploymentStatus::Succeeded, at(240), at(250), v2);
    h.deployment(prod, u"v3"_s, DeploymentKind::Deploy, DeploymentStatus::Failed, at(255), at(260), v3,
                 std::nullopt, u"deploy-standby"_s);
    h.deployment(prod, u"v3"_s, DeploymentKind::Deploy, DeploymentStatus::Succeeded, at(280), at(290), v3);
    h.deployment(staging, u"v2"_s, DeploymentKind::Deploy, DeploymentStatus::Succeeded, at(135), at(140), v2);

    auto figures = core::DoraReport::compute(ws->database(), at(0), at(24 * 60));
    QVERIFY2(figures.ok(), qPrintable(figures.ok() ? QString() : figures.error().toString()));
    QCOMPARE(figures->size(), 2);
    const core::DoraFigures &s = figures->at(0);
    const core::DoraFigures &p = figures->at(1);
    QCOMPARE(s.environment, u"staging"_s);
    QCOMPARE(s.leadTimeSamples, 1);
    QCOMPARE(s.leadTimeFromCommit, 1);
    QCOMPARE(*s.meanLeadTimeMs, 40 * 60'000);
    QCOMPARE(p.environment, u"production"_s);
    QCOMPARE(p.deployments, 3);
    QCOMPARE(p.leadTimeSamples, 3);
    QCOMPARE(p.leadTimeFromCommit, 2);
    QCOMPARE(*p.meanLeadTimeMs, (180 + 150 + 90) / 3 * 60'000); // 140 min
}

QTEST_GUILESS_MAIN(TestReleaseCommitTime)
#include "TestReleaseCommitTime.moc"
