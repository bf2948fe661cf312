#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/model/Service.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/RollbackTriggerRepository.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"
#include "ui/TriggerSettingsDialog.h"

using namespace Qt::StringLiterals;
using core::TriggerAction;
using core::TriggerMetric;
using ui::TriggerSettingsDialog;

class TestTriggerSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_envs.clear();
        auto ws = core::Workspace::open(m_dir.filePath(u"ui-%1.sqlite"_s.arg(++m_n)));
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        const auto service = m_ws->services().create(core::Service{0, u"shop"_s, {}}).value();
        for (const QString &name : {u"staging"_s, u"production"_s}) {
            core::Environment env;
            env.serviceId = service;
            env.name = name;
            env.position = name == u"staging" ? 0 : 1;
            env.routerKind = u"nginx"_s;
            m_envs << m_ws->environments().create(env).value();
        }
    }

    void showsDefaultsAndSavesEdits()
    {
        TriggerSettingsDialog dialog(*m_ws, m_envs.at(1));
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>(u"triggerTable"_s);
        QVERIFY(table);
        QCOMPARE(dialog.environment(), m_envs.at(1));
        QCOMPARE(table->rowCount(), 3);
        // For looking at it: SWITCHYARD_SCREENSHOTS=DIR saves the dialog as it opens.
        if (const QString dir = qEnvironmentVariable("SWITCHYARD_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/trigger-settings.png"_s));
        // Error rate shown in percent.
        auto *threshold =
            qobject_cast<QDoubleSpinBox *>(table->cellWidget(0, TriggerSettingsDialog::ThresholdColumn));
        QCOMPARE(threshold->value(), 5.0);
        QCOMPARE(threshold->suffix(), u" %"_s);
        threshold->setValue(12.5);
        qobject_cast<QSpinBox *>(table->cellWidget(0, TriggerSettingsDialog::WindowColumn))->setValue(120);
        auto *action = qobject_cast<QComboBox *>(table->cellWidget(0, TriggerSettingsDialog::ActionColumn));
        action->setCurrentIndex(2); // alert only
        // Drop the latency trigger.
        table->setCurrentCell(1, 1);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeTriggerButton"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(dialog.save());

        const auto stored = m_ws->triggers().forEnvironment(m_envs.at(1)).value();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).metric, TriggerMetric::ErrorRate);
        QCOMPARE(stored.at(0).threshold, 0.125);
        QCOMPARE(stored.at(0).windowMs, 120000);
        QCOMPARE(stored.at(0).action, TriggerAction::AlertOnly);
        QCOMPARE(stored.at(1).metric, TriggerMetric::ConsecutiveFailures);
        // The other environment kept its defaults.
        QCOMPARE(m_ws->triggers().forEnvironment(m_envs.at(0)).value().size(), 3);
    }

    void switchingMetricChangesTheUnitAndEnvironmentReloads()
    {
        TriggerSettingsDialog dialog(*m_ws, m_envs.at(0));
        auto *table = dialog.findChild<QTableWidget *>(u"triggerTable"_s);
        auto *metric = qobject_cast<QComboBox *>(table->cellWidget(0, TriggerSettingsDialog::MetricColumn));
        metric->setCurrentIndex(2); // p95
        auto *threshold =
            qobject_cast<QDoubleSpinBox *>(table->cellWidget(0, TriggerSettingsDialog::ThresholdColumn));
        QCOMPARE(threshold->suffix(), u" ms"_s);
        threshold->setValue(800);
        QVERIFY(dialog.save());
        QCOMPARE(m_ws->triggers().forEnvironment(m_envs.at(0)).value().at(0).metric,
                 TriggerMetric::LatencyP95);
        QCOMPARE(m_ws->triggers().forEnvironment(m_envs.at(0)).value().at(0).threshold, 800.0);

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addTriggerButton"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 4);
        // Another environment: its own list, unsaved rows are dropped.
        dialog.findChild<QComboBox *>(u"environmentCombo"_s)->setCurrentIndex(1);
        QCOMPARE(dialog.environment(), m_envs.at(1));
        QCOMPARE(table->rowCount(), 3);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"restoreDefaultsButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.triggers(), core::RollbackTrigger::defaults(m_envs.at(1)));
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<core::Workspace> m_ws;
    QList<core::EnvironmentId> m_envs;
};

QTEST_MAIN(TestTriggerSettingsDialog)
#include "TestTriggerSettingsDialog.moc"
