// The approvals inbox and the signing dialog, offscreen, on a real workspace and the real keyring:
// a deployment waiting for approval appears (marked as awaiting me) with its digest and who is
// awaited; a wrong passphrase signs nothing; the right one records a signed approval.
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include "core/crypto/Ed25519.h"
#include "core/engine/Plan.h"
#include "core/model/Environment.h"
#include "core/model/Service.h"
#include "core/policy/ApprovalService.h"
#include "core/secrets/IdentityKeyStore.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ApprovalRepository.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/IdentityRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"
#include "ui/ApprovalDialog.h"
#include "ui/ApprovalsInbox.h"
#include "ui/IdentitiesDialog.h"

using namespace Qt::StringLiterals;

class TestApprovalsInbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    core::DeploymentId m_id = 0;
    QString m_digest;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("SWITCHYARD_KEYCHAIN_SERVICE",
                u"switchyard-uitest-%1"_s.arg(QRandomGenerator::global()->generate()).toUtf8());
        m_ws = std::move(core::Workspace::open(m_dir.filePath(u"inbox.sqlite"_s)).value());
        auto service = m_ws->services().create(core::Service{0, u"shop"_s, {}});
        core::Environment env;
        env.serviceId = *service;
        env.name = u"production"_s;
        env.routerKind = u"nginx"_s;
        const core::EnvironmentId envId = m_ws->environments().create(env).value();
        core::ApprovalPolicy policy;
        policy.requiredApprovals = 2;
        QVERIFY(core::ApprovalService(*m_ws).setPolicy(envId, policy, u"alice"_s, nullptr).ok());

        // bob's key, sealed in the keychain; alice and carol registered too.
        core::SecretStore keychain(qEnvironmentVariable("SWITCHYARD_KEYCHAIN_SERVICE"));
        core::IdentityRepository ids(m_ws->database(), m_ws->dialect());
        for (const QString &name : {u"alice"_s, u"bob"_s, u"carol"_s}) {
            auto key = core::Ed25519::generate();
            QVERIFY(ids.create(name, key->publicKey(), {}).ok());
            if (name != u"bob")
                continue;
            std::optional<core::Status> saved;
            core::IdentityKeyStore(keychain).save(name, *key, u"bob-passphrase"_s, this,
                                                  [&saved](core::Status s) { saved = s; });
            QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
            QVERIFY2(saved->ok(), qPrintable(saved->ok() ? QString() : saved->error().toString()));
        }

        core::Plan plan;
        plan.service = u"shop"_s;
        plan.environment = u"production"_s;
        plan.environmentId = envId;
        plan.version = u"v1.2.0"_s;
        plan.fromVersion = u"v1.1.0"_s;
        plan.fromSlot = u"blue"_s;
        plan.toSlot = u"green"_s;
        plan.steps << core::PlanStep{u"approvals"_s, u"Wait for 2 signed approvals"_s, {}}
                   << core::PlanStep{u"switch"_s, u"Switch traffic from blue to green"_s, {}};
        core::Deployment d;
        d.environmentId = envId;
        d.version = plan.version;
        d.status = core::DeploymentStatus::Running;
        d.fromSlot = plan.fromSlot;
        d.toSlot = plan.toSlot;
        d.planDigest = plan.digest();
        d.plan = plan.toJson();
        d.requestedBy = u"alice"_s;
        m_id = m_ws->deployments().create(d).value();
        m_digest = d.planDigest;
        QVERIFY(m_ws->deployments().beginStep(m_id, 0, u"approvals"_s).ok());
    }

    void showsTheRequestAndSigns()
    {
        ui::ApprovalsInbox inbox(*m_ws, u"bob"_s);
        inbox.resize(1000, 600);
        inbox.show();
        auto *list = inbox.findChild<QListWidget *>(u"approvalRequestList"_s);
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(u"awaits you"_s), qPrintable(list->item(0)->text()));
        const QString details = inbox.findChild<QTextBrowser *>(u"approvalDetails"_s)->toPlainText();
        QVERIFY2(details.contains(m_digest), qPrintable(details));
        QVERIFY2(details.contains(u"v1.1.0 → v1.2.0"_s), qPrintable(details));
        QVERIFY2(details.contains(u"awaiting bob"_s) && details.contains(u"awaiting carol"_s),
                 qPrintable(details));
        QVERIFY(!details.contains(u"awaiting alice"_s)); // the requester is never awaited
        if (qEnvironmentVariableIsSet("SWITCHYARD_SCREENSHOT"))
            inbox.grab().save(qEnvironmentVariable("SWITCHYARD_SCREENSHOT"));

        QTest::mouseClick(inbox.findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
        ui::ApprovalDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = inbox.findChild<ui::ApprovalDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"commentEdit"_s), u"diff reviewed"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passphraseEdit"_s), u"wrong-passphrase"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"signButton"_s), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(u"approvalError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY2(error->text().contains(u"passphrase"_s, Qt::CaseInsensitive), qPrintable(error->text()));
        QVERIFY(core::ApprovalRepository(m_ws->database(), m_ws->dialect()).forDigest(m_digest)->isEmpty());

        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passphraseEdit"_s), u"bob-passphrase"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"signButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
        auto stored = core::ApprovalRepository(m_ws->database(), m_ws->dialect()).forDigest(m_digest);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->constFirst().identityName, u"bob"_s);
        QCOMPARE(stored->constFirst().signature.comment, u"diff reviewed"_s);
        // Still waiting for a second person; bob is no longer awaited.
        QTRY_VERIFY(inbox.findChild<QTextBrowser *>(u"approvalDetails"_s)
                        ->toPlainText()
                        .contains(u"✔ bob approved"_s));
        QVERIFY(!list->item(0)->text().contains(u"awaits you"_s));
    }

    void identitiesDialogListsThem()
    {
        ui::IdentitiesDialog dialog(*m_ws, u"bob"_s);
        dialog.show();
        auto *table = dialog.findChild<QTreeWidget *>(u"identityTable"_s);
        QCOMPARE(table->topLevelItemCount(), 3);
    }
};

QTEST_MAIN(TestApprovalsInbox)
#include "TestApprovalsInbox.moc"
