// The deploy wizard end to end against real processes: a private nginx routing to two sample-service
// slots (EngineFixture). Choose the release, review the plan, run it, read the result; then the main
// window shows green live with the new version and healthy.
#include <memory>

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include "EngineFixture.h"
#include "core/AppContext.h"
#include "core/engine/Planner.h"
#include "core/model/Slot.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"
#include "ui/DeployWizard.h"
#include "ui/DeploymentRunView.h"
#include "ui/Dialogs.h"
#include "ui/EnvironmentCard.h"
#include "ui/MainWindow.h"
#include "ui/RunDeploymentDialog.h"

using namespace Qt::StringLiterals;

namespace {

// Says yes to every question and fails the test on any error message.
class AgreeingDialogs final : public ui::Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        confirmed << text;
        return true;
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }

    QStringList confirmed;
    QStringList errors;
};

} // namespace

class TestDeployWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> m_fixture;
    std::unique_ptr<core::AppContext> m_context;

    static core::EnvironmentSettings settings()
    {
        core::EnvironmentSettings s;
        s.healthIntervalMs = 200;
        s.healthTimeoutMs = 10000;
        s.monitorProbes = 2;
        s.monitorIntervalMs = 200;
        return s;
    }

    std::optional<core::Slot> slotNamed(const QString &name)
    {
        auto slot = m_fixture->workspace().environments().slot(m_fixture->environmentId(), name);
        return slot.ok() ? std::optional<core::Slot>(*slot) : std::nullopt;
    }

    static void click(QWizard &wizard, QWizard::WizardButton which)
    {
        QAbstractButton *button = wizard.button(which);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Pictures for people reviewing the looks, when SWITCHYARD_SCREENSHOT names a .png file.
    static void screenshot(QWidget &widget, const QString &suffix = {})
    {
        QString path = qEnvironmentVariable("SWITCHYARD_SCREENSHOT");
        if (path.isEmpty())
            return;
        if (!suffix.isEmpty())
            path.replace(u".png"_s, u"-"_s + suffix + u".png"_s);
        QVERIFY2(widget.grab().save(path), qPrintable(path));
    }

    // Waits for the run dialog the main window opened to finish, and checks it could not be closed meanwhile.
    static ui::RunOutcome waitForRunDialog(ui::MainWindow &window)
    {
        QPointer<ui::RunDeploymentDialog> dialog = window.findChild<ui::RunDeploymentDialog *>();
        if (!dialog)
            return {};
        QAbstractButton *close = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        const bool closableWhileRunning = dialog->runView()->isRunning() && close->isEnabled();
        dialog->reject(); // refused while running
        const bool finished =
            QTest::qWaitFor([&dialog] { return !dialog || dialog->runView()->isFinished(); }, 30000);
        if (!dialog || !finished || closableWhileRunning || !close->isEnabled())
            return {};
        const QString shown = dialog->findChild<QLabel *>(u"runOutcome"_s)->text();
        ui::RunOutcome outcome = dialog->runView()->outcome();
        outcome.finished = outcome.finished && shown.contains(outcome.headline().toHtmlEscaped());
        return outcome;
    }

    static void chooseVersion(QWizard &wizard, const QString &version)
    {
        auto *versions = wizard.findChild<QComboBox *>(u"versionCombo"_s);
        QVERIFY(versions);
        const int index = versions->findData(version, Qt::UserRole);
        QVERIFY2(index >= 0, qPrintable(version));
        versions->setCurrentIndex(index);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<EngineFixture>();
        EngineFixture::Options options;
        options.settings = settings();
        const core::Status started = m_fixture->start(options);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        m_context = std::make_unique<core::AppContext>(
            core::AppContext{m_fixture->workspace(), m_fixture->nam(), u"tester"_s});
    }

    void cleanup()
    {
        m_context.reset();
        m_fixture.reset();
    }

    void deploysThroughTheWizard()
    {
        ui::DeployWizard wizard(*m_context, u"sandbox"_s);
        QCOMPARE(wizard.objectName(), u"deployWizard"_s);
        wizard.show();
        auto *environments = wizard.findChild<QComboBox *>(u"environmentCombo"_s);
        QVERIFY(environments);
        QCOMPARE(environments->currentText(), u"sandbox"_s);
        auto *versions = wizard.findChild<QComboBox *>(u"versionCombo"_s);
        QCOMPARE(versions->currentData(Qt::UserRole).toString(), u"v1.2.0"_s); // newest not live
        chooseVersion(wizard, u"v1.2.0"_s);
        screenshot(wizard, u"wizard-choose"_s);
        click(wizard, QWizard::NextButton);

        QCOMPARE(wizard.currentId(), int(ui::DeployWizard::ReviewPage));
        QCOMPARE(wizard.findChild<QLabel *>(u"planTransition"_s)->text(),
                 u"blue (v1.0.0) → green (v1.2.0)"_s);
        const QString digest = wizard.findChild<QLabel *>(u"planDigest"_s)->text();
        QCOMPARE(digest.size(), 64);
        const QString steps = wizard.findChild<QTextBrowser *>(u"planSteps"_s)->toPlainText();
        QVERIFY2(steps.contains(u"Deploy v1.2.0 to the standby slot green"_s), qPrintable(steps));
        QVERIFY2(steps.contains(u"--replace"_s), qPrintable(steps));
        screenshot(wizard, u"wizard-review"_s);
        click(wizard, QWizard::CommitButton);

        QCOMPARE(wizard.currentId(), int(ui::DeployWizard::RunPage));
        QVERIFY(wizard.isRunning());
        QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        wizard.reject(); // refused while running
        QVERIFY(wizard.isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        QVERIFY(!wizard.isRunning());
        QVERIFY(wizard.button(QWizard::CancelButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        const QString log = wizard.findChild<QPlainTextEdit *>(u"runLog"_s)->toPlainText();
        QVERIFY2(wizard.runView()->outcome().succeeded, qPrintable(log));
        QVERIFY2(log.contains(u"v1.2.0"_s), qPrintable(log));
        auto *progress = wizard.findChild<QProgressBar *>(u"runProgress"_s);
        QCOMPARE(progress->value(), progress->maximum());
        screenshot(wizard, u"wizard-run"_s);
        click(wizard, QWizard::NextButton);

        QCOMPARE(wizard.currentId(), int(ui::DeployWizard::ResultPage));
        screenshot(wizard, u"wizard-result"_s);
        const QString headline = wizard.findChild<QLabel *>(u"resultHeadline"_s)->text();
        QVERIFY2(headline.startsWith(u"Succeeded"_s), qPrintable(headline));
        QVERIFY2(headline.contains(u"v1.2.0"_s), qPrintable(headline));

        const auto green = slotNamed(u"green"_s);
        QVERIFY(green);
        QCOMPARE(green->role, core::SlotRole::Live);
        QCOMPARE(green->version, u"v1.2.0"_s);
        QCOMPARE(slotNamed(u"blue"_s)->role, core::SlotRole::Standby);
        // Eventually: a pooled keep-alive connection may still reach the old nginx worker once.
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->servedByThroughRouter(), u"green"_s, 5000);
    }

    void planningErrorBlocksTheWayOn()
    {
        ui::DeployWizard wizard(*m_context, u"sandbox"_s);
        wizard.show();
        chooseVersion(wizard, u"v1.0.0"_s); // live already
        click(wizard, QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(ui::DeployWizard::ReviewPage));
        auto *error = wizard.findChild<QLabel *>(u"planError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"already live"_s), qPrintable(error->text()));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto deployments = m_fixture->workspace().deployments().list();
        QVERIFY(deployments.ok());
        QVERIFY(deployments->isEmpty());
    }

    void mainWindowShowsTheNewLiveSlot()
    {
        core::DeploymentId id = 0;
        const core::Status deployed = m_fixture->deploy(u"v1.2.0"_s, &id);
        QVERIFY2(deployed.ok(), qPrintable(deployed.ok() ? QString() : deployed.error().toString()));

        ui::MainWindow window(*m_context);
        window.show();
        auto *card = window.findChild<ui::EnvironmentCard *>(u"environmentCard"_s);
        QVERIFY(card);
        QCOMPARE(card->findChild<QLabel *>(u"slotBadge_green"_s)->text(), u"LIVE"_s);
        QCOMPARE(card->findChild<QLabel *>(u"slotVersion_green"_s)->text(), u"v1.2.0"_s);
        QCOMPARE(card->findChild<QLabel *>(u"slotBadge_blue"_s)->text(), u"STANDBY"_s);
        auto *greenHealth = card->findChild<QLabel *>(u"slotHealth_green"_s);
        QTRY_VERIFY_WITH_TIMEOUT(greenHealth->text().startsWith(u"healthy · "_s), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            card->findChild<QLabel *>(u"slotHealth_blue"_s)->text().startsWith(u"healthy"_s), 10000);
        auto *history = window.findChild<QTableView *>(u"historyView"_s);
        QCOMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, 0).data(Qt::UserRole).toLongLong(), id);

        screenshot(window);
    }

    void rollbackRunsInTheRunDialog()
    {
        const core::Status deployed = m_fixture->deploy(u"v1.2.0"_s);
        QVERIFY2(deployed.ok(), qPrintable(deployed.ok() ? QString() : deployed.error().toString()));
        AgreeingDialogs dialogs;
        ui::MainWindow window(*m_context);
        window.setDialogs(&dialogs);
        window.show();
        auto *card = window.findChild<ui::EnvironmentCard *>(u"environmentCard"_s);
        QTest::mouseClick(card->findChild<QPushButton *>(u"cardRollbackButton"_s), Qt::LeftButton);
        QCOMPARE(dialogs.confirmed.size(), 1);
        QVERIFY2(dialogs.confirmed.first().startsWith(
                     u"Traffic for sandbox moves from green (v1.2.0) back to blue (v1.0.0)."_s),
                 qPrintable(dialogs.confirmed.first()));

        const ui::RunOutcome outcome = waitForRunDialog(window);
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.error));
        QCOMPARE(outcome.kind, core::DeploymentKind::Rollback);
        QCOMPARE(slotNamed(u"blue"_s)->role, core::SlotRole::Live);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->servedByThroughRouter(), u"blue"_s, 5000); // see above
        // The window refreshed: the card shows blue live again, the history has both runs.
        QTRY_COMPARE(window.findChild<ui::EnvironmentCard *>(u"environmentCard"_s)
                         ->findChild<QLabel *>(u"slotBadge_blue"_s)
                         ->text(),
                     u"LIVE"_s);
        QCOMPARE(window.findChild<QTableView *>(u"historyView"_s)->model()->rowCount(), 2);
        QVERIFY2(dialogs.errors.isEmpty(), qPrintable(dialogs.errors.join(u'\n')));
    }

    void bannerResumesAnInterruptedDeployment()
    {
        // A deployment some crashed process left running before its first step.
        auto plan =
            core::Planner(m_fixture->workspace(), m_fixture->nam()).planDeploy(u"sandbox"_s, u"v1.2.0"_s);
        QVERIFY(plan.ok());
        core::Deployment stuck;
        stuck.environmentId = plan->environmentId;
        stuck.releaseId = plan->releaseId;
        stuck.version = plan->version;
        stuck.status = core::DeploymentStatus::Running;
        stuck.fromSlot = plan->fromSlot;
        stuck.toSlot = plan->toSlot;
        stuck.fromVersion = plan->fromVersion;
        stuck.planDigest = plan->digest();
        stuck.plan = plan->toJson();
        stuck.requestedBy = u"someone else"_s;
        auto id = m_fixture->workspace().deployments().create(stuck);
        QVERIFY(id.ok());

        AgreeingDialogs dialogs;
        ui::MainWindow window(*m_context);
        window.setDialogs(&dialogs);
        window.show();
        auto *banner = window.findChild<QWidget *>(u"interruptedBanner"_s);
        QVERIFY(banner->isVisible());
        QTest::mouseClick(banner->findChild<QPushButton *>(u"resumeButton"_s), Qt::LeftButton);
        QCOMPARE(dialogs.confirmed.size(), 1);

        const ui::RunOutcome outcome = waitForRunDialog(window);
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.error));
        QCOMPARE(outcome.deploymentId, *id);
        auto resumed = m_fixture->workspace().deployments().get(*id);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed->status, core::DeploymentStatus::Succeeded);
        QCOMPARE(slotNamed(u"green"_s)->version, u"v1.2.0"_s);
        QTRY_VERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestDeployWizard)
#include "TestDeployWizard.moc"
