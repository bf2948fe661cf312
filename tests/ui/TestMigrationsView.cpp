// The migrations view and the deploy wizard's lint gate, offscreen, on real parts: a workspace
// with the nginx sandbox (EngineFixture) whose environment is bound to a real PostgreSQL database
// (SWITCHYARD_TEST_PG) where part of the release's migrations is already applied.
#include <memory>

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include "EngineFixture.h"
#include "MigrationTestSupport.h"
#include "TestDatabases.h"
#include "core/AppContext.h"
#include "core/engine/MigrationRunner.h"
#include "core/model/EnvironmentDatabase.h"
#include "core/model/Release.h"
#include "core/policy/ReleaseMigrations.h"
#include "core/store/EnvironmentDatabaseRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/Workspace.h"
#include "ui/DeployWizard.h"
#include "ui/MigrationsView.h"

using namespace Qt::StringLiterals;

class TestMigrationsView : public QObject
{
    Q_OBJECT

    QString m_url;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineFixture> m_fixture;
    std::unique_ptr<core::AppContext> m_context;

    QString folder(const QString &name, const QList<std::pair<QString, QByteArray>> &files)
    {
        return testsupport::writeMigrationFolder(m_dir->path(), name, files);
    }

    core::Status addRelease(const QString &version, const QString &dir, bool contract)
    {
        return testsupport::addReleaseWithMigrations(m_fixture->workspace(), m_fixture->environmentId(),
                                                     version, dir, contract);
    }

    static void screenshot(QWidget &widget, const QString &suffix)
    {
        QString path = qEnvironmentVariable("SWITCHYARD_SCREENSHOT");
        if (path.isEmpty())
            return;
        path.replace(u".png"_s, u"-"_s + suffix + u".png"_s);
        QVERIFY2(widget.grab().save(path), qPrintable(path));
    }

private Q_SLOTS:
    void init()
    {
        QString why;
        m_url = testsupport::freshPostgresDatabase(&why);
        if (m_url.isEmpty()) {
            if (testsupport::postgresRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        m_dir = std::make_unique<QTemporaryDir>();
        m_fixture = std::make_unique<EngineFixture>();
        const core::Status started = m_fixture->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        m_context = std::make_unique<core::AppContext>(
            core::AppContext{m_fixture->workspace(), m_fixture->nam(), u"tester"_s});
        core::EnvironmentDatabaseRepository repo(m_fixture->workspace().database(),
                                                 m_fixture->workspace().dialect());
        QVERIFY(repo.set(core::EnvironmentDatabase{m_fixture->environmentId(), m_url, QString(), 2000}).ok());

        // Applied by an earlier release: users. (A release's folder holds its new migrations; a table
        // created in the same folder would count as new, and its index would not be flagged.)
        const QString earlier = folder(
            u"v1.2.0"_s, {{u"20240101000000_users.sql"_s, "CREATE TABLE public.users (id bigint PRIMARY KEY, "
                                                          "email text);\n"}});
        const QString expand =
            folder(u"v1.3.0"_s, {{u"20240102000000_email_index.sql"_s,
                                  "-- the index the new search needs\n"
                                  "SET lock_timeout = '2s';\n"
                                  "CREATE INDEX users_email_idx ON public.users (email);\n"}});
        QVERIFY(addRelease(u"v1.3.0"_s, expand, false).ok());
        // Drops a column of a table that exists already: breaks the code that still reads it.
        const QString breaking = folder(u"v1.4.0"_s, {{u"20240103000000_drop_email.sql"_s,
                                                       "SET lock_timeout = '2s';\n"
                                                       "ALTER TABLE public.users DROP COLUMN email;\n"}});
        QVERIFY(addRelease(u"v1.4.0"_s, breaking, false).ok());
        QVERIFY(addRelease(u"v1.5.0"_s, breaking, true).ok());
        // The first migration is applied already.
        auto runner = core::MigrationRunner::open(m_url, {earlier + u"/20240101000000_users.sql"_s});
        QVERIFY(runner.ok());
        QVERIFY((*runner)->apply(false).ok());
    }

    void cleanup()
    {
        m_context.reset();
        m_fixture.reset();
        m_dir.reset();
    }

    void showsAppliedPendingFindingsAndTheStatement()
    {
        ui::MigrationsView view(*m_context);
        QSignalSpy shown(&view, &ui::MigrationsView::overviewShown);
        view.resize(1200, 720);
        view.show();
        auto *release = view.findChild<QComboBox *>(u"migrationsRelease"_s);
        QVERIFY(release);
        // The newest release with migrations is preselected: v1.5.0. Pick v1.3.0.
        QVERIFY(release->currentText().startsWith(u"v1.5.0"_s));
        const int index = release->findText(u"v1.3.0"_s, Qt::MatchStartsWith);
        QVERIFY(index >= 0);
        release->setCurrentIndex(index);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 15000); // the first load
        shown.clear();
        view.reload();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 15000);
        QTRY_VERIFY(view.findChild<QPushButton *>(u"migrationsRefresh"_s)->isEnabled());

        auto *files = view.findChild<QTreeWidget *>(u"migrationsFiles"_s);
        QCOMPARE(files->topLevelItemCount(), 2);
        QCOMPARE(files->topLevelItem(0)->text(0), u"20240101000000"_s);
        QCOMPARE(files->topLevelItem(0)->text(2), u"applied (not in this release)"_s);
        QCOMPARE(files->topLevelItem(1)->text(2), u"pending"_s);
        QCOMPARE(files->topLevelItem(1)->text(3), u"expand"_s);
        const QString summary = view.findChild<QLabel *>(u"migrationsSummary"_s)->text();
        QVERIFY2(summary.contains(u"1 applied, 1 pending"_s), qPrintable(summary));

        // The file with findings is selected; its error is listed with lock and rule.
        QCOMPARE(files->currentItem(), files->topLevelItem(1));
        auto *findings = view.findChild<QTreeWidget *>(u"migrationsFindings"_s);
        QVERIFY(findings->topLevelItemCount() >= 1);
        QCOMPARE(findings->topLevelItem(0)->text(0), u"error"_s);
        QCOMPARE(findings->topLevelItem(0)->text(1), u"3"_s);
        QCOMPARE(findings->topLevelItem(0)->text(2), u"create-index-non-concurrent"_s);
        QCOMPARE(findings->topLevelItem(0)->text(3), u"SHARE"_s);
        const QString suggestion = view.findChild<QLabel *>(u"migrationsSuggestion"_s)->text();
        QVERIFY2(suggestion.contains(u"CONCURRENTLY"_s), qPrintable(suggestion));

        // The offending statement is highlighted in the SQL.
        auto *sql = view.findChild<QPlainTextEdit *>(u"migrationsSql"_s);
        QVERIFY(sql->toPlainText().contains(u"the index the new search needs"_s));
        bool highlighted = false;
        for (const QTextEdit::ExtraSelection &s : sql->extraSelections())
            highlighted |=
                s.cursor.selectedText() == u"CREATE INDEX users_email_idx ON public.users (email)"_s &&
                s.format.fontWeight() == QFont::Bold;
        QVERIFY(highlighted);
        screenshot(view, u"migrations"_s);

        // A breaking expand release says that deploying it is refused.
        release->setCurrentIndex(release->findText(u"v1.4.0"_s, Qt::MatchStartsWith));
        view.reload();
        QTRY_VERIFY_WITH_TIMEOUT(
            view.findChild<QLabel *>(u"migrationsSummary"_s)->text().contains(u"refused"_s), 15000);
        QTRY_COMPARE(files->topLevelItemCount(), 2);
        QCOMPARE(files->topLevelItem(0)->text(2), u"applied (not in this release)"_s);
        QCOMPARE(files->topLevelItem(1)->text(2), u"pending"_s);
        QCOMPARE(files->topLevelItem(1)->text(3), u"contract"_s);
    }

    void viewWithoutADatabaseSaysSo()
    {
        core::EnvironmentDatabaseRepository repo(m_fixture->workspace().database(),
                                                 m_fixture->workspace().dialect());
        QVERIFY(repo.remove(m_fixture->environmentId()).ok());
        ui::MigrationsView view(*m_context);
        QSignalSpy shown(&view, &ui::MigrationsView::overviewShown);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 15000);
        const QString summary = view.findChild<QLabel *>(u"migrationsSummary"_s)->text();
        QVERIFY2(summary.contains(u"has no database"_s), qPrintable(summary));
        QCOMPARE(view.findChild<QTreeWidget *>(u"migrationsFiles"_s)->topLevelItem(0)->text(2), u"unknown"_s);
    }

    void wizardRefusesABreakingExpandRelease()
    {
        ui::DeployWizard wizard(*m_context, u"sandbox"_s);
        wizard.resize(900, 700);
        wizard.show();
        auto *versions = wizard.findChild<QComboBox *>(u"versionCombo"_s);
        versions->setCurrentIndex(versions->findData(u"v1.4.0"_s, Qt::UserRole));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ui::DeployWizard::ReviewPage));
        auto *error = wizard.findChild<QLabel *>(u"planError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"breaks code that is still running"_s), qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"--contract"_s), qPrintable(error->text()));
        auto *lint = wizard.findChild<QLabel *>(u"planLint"_s);
        QVERIFY(lint->isVisible());
        QVERIFY2(lint->text().contains(u"drop-column"_s), qPrintable(lint->text()));
        QVERIFY2(lint->text().contains(u"Deploy is blocked"_s), qPrintable(lint->text()));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        screenshot(wizard, u"wizard-lint-blocked"_s);

        // The same migrations in a contract release: linted, shown, and the way on is open.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        versions->setCurrentIndex(versions->findData(u"v1.5.0"_s, Qt::UserRole));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(!error->isVisible());
        QVERIFY(lint->isVisible());
        QVERIFY2(lint->text().contains(u"contract release"_s), qPrintable(lint->text()));
        QVERIFY2(!lint->text().contains(u"Deploy is blocked"_s), qPrintable(lint->text()));
        const QString steps = wizard.findChild<QTextBrowser *>(u"planSteps"_s)->toPlainText();
        QVERIFY2(steps.contains(u"20240103000000_drop_email.sql"_s), qPrintable(steps));
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        screenshot(wizard, u"wizard-lint-contract"_s);
    }
};

QTEST_MAIN(TestMigrationsView)
#include "TestMigrationsView.moc"
