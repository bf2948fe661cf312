#include "TriggerSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/RollbackTriggerRepository.h"
#include "core/store/Workspace.h"
#include "ui/EnvironmentNames.h"

using namespace Qt::StringLiterals;
using core::RollbackTrigger;
using core::TriggerAction;
using core::TriggerMetric;

namespace ui {

namespace {

const QList<TriggerMetric> kMetrics{TriggerMetric::ErrorRate,           TriggerMetric::LatencyP50,
                                    TriggerMetric::LatencyP95,          TriggerMetric::LatencyP99,
                                    TriggerMetric::ConsecutiveFailures, TriggerMetric::DegradedTime};
const QList<TriggerAction> kActions{TriggerAction::RollBackNow, TriggerAction::ProposeRollback,
                                    TriggerAction::AlertOnly};

QString metricName(TriggerMetric metric)
{
    switch (metric) {
    case TriggerMetric::ErrorRate:
        return TriggerSettingsDialog::tr("Error rate");
    case TriggerMetric::LatencyP50:
        return TriggerSettingsDialog::tr("p50 latency");
    case TriggerMetric::LatencyP95:
        return TriggerSettingsDialog::tr("p95 latency");
    case TriggerMetric::LatencyP99:
        return TriggerSettingsDialog::tr("p99 latency");
    case TriggerMetric::ConsecutiveFailures:
        return TriggerSettingsDialog::tr("Consecutive failures");
    case TriggerMetric::DegradedTime:
        return TriggerSettingsDialog::tr("Degraded time");
    }
    return {};
}

QString actionName(TriggerAction action)
{
    switch (action) {
    case TriggerAction::RollBackNow:
        return TriggerSettingsDialog::tr("Roll back now");
    case TriggerAction::ProposeRollback:
        return TriggerSettingsDialog::tr("Propose rollback");
    case TriggerAction::AlertOnly:
        return TriggerSettingsDialog::tr("Alert only");
    }
    return {};
}

} // namespace

TriggerSettingsDialog::TriggerSettingsDialog(core::Workspace &workspace,
                                             core::EnvironmentId environment,
                                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_environment(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Rollback triggers"));
    m_environment->setObjectName(u"environmentCombo"_s);
    m_table->setObjectName(u"triggerTable"_s);
    m_message->setObjectName(u"triggerMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b3261e"_s);
    m_table->setHorizontalHeaderLabels({tr("On"), tr("Metric"), tr("Threshold"), tr("Window"),
                                        tr("Min. samples"), tr("Action"), tr("Cool-down")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *intro = new QLabel(tr("A breach on the live slot fires the action, then the trigger rests for its "
                                "cool-down. The standby must be healthy before traffic moves back."),
                             this);
    intro->setWordWrap(true);
    auto *envRow = new QHBoxLayout;
    envRow->addWidget(new QLabel(tr("Environment:"), this));
    envRow->addWidget(m_environment, 1);

    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(u"addTriggerButton"_s);
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(u"removeTriggerButton"_s);
    auto *defaults = new QPushButton(tr("Restore defaults"), this);
    defaults->setObjectName(u"restoreDefaultsButton"_s);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(defaults);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(envRow);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(add, &QPushButton::clicked, this, [this] { addRow(RollbackTrigger::defaults().first()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(defaults, &QPushButton::clicked, this,
            [this] { setTriggers(RollbackTrigger::defaults(this->environment())); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto environments = EnvironmentNames::list(m_workspace);
    if (environments.ok()) {
        for (const EnvironmentNames::Entry &entry : *environments)
            m_environment->addItem(entry.lookupName, QVariant::fromValue(entry.environment.id));
    }
    if (const int index = m_environment->findData(QVariant::fromValue(environment)); index >= 0)
        m_environment->setCurrentIndex(index);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &TriggerSettingsDialog::loadEnvironment);
    loadEnvironment();
    resize(900, 380);
}

TriggerSettingsDialog::~TriggerSettingsDialog() = default;

core::EnvironmentId TriggerSettingsDialog::environment() const
{
    return m_environment->currentData().value<core::EnvironmentId>();
}

void TriggerSettingsDialog::loadEnvironment()
{
    m_message->clear();
    if (environment() <= 0) {
        setTriggers({});
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    auto triggers = m_workspace.triggers().forEnvironment(environment());
    if (!triggers.ok()) {
        m_message->setText(triggers.error().message);
        return;
    }
    setTriggers(*triggers);
}

void TriggerSettingsDialog::setTriggers(const QList<RollbackTrigger> &triggers)
{
    m_table->setRowCount(0);
    for (const RollbackTrigger &t : triggers)
        addRow(t);
}

void TriggerSettingsDialog::addRow(const RollbackTrigger &t)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *enabled = new QCheckBox(m_table);
    enabled->setChecked(t.enabled);
    m_table->setCellWidget(row, EnabledColumn, enabled);

    auto *metric = new QComboBox(m_table);
    for (TriggerMetric m : kMetrics)
        metric->addItem(metricName(m), core::triggerMetricToString(m));
    metric->setCurrentIndex(static_cast<int>(kMetrics.indexOf(t.metric)));
    m_table->setCellWidget(row, MetricColumn, metric);

    auto *threshold = new QDoubleSpinBox(m_table);
    threshold->setRange(0, 1e9);
    m_table->setCellWidget(row, ThresholdColumn, threshold);
    updateThresholdUnit(row);
    threshold->setValue(t.metric == TriggerMetric::ErrorRate ? t.threshold * 100.0 : t.threshold);
    connect(metric, &QComboBox::currentIndexChanged, this, [this, metric] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, MetricColumn) == metric)
                updateThresholdUnit(r);
        }
    });

    auto *window = new QSpinBox(m_table);
    window->setRange(1, 24 * 3600);
    window->setSuffix(tr(" s"));
    window->setValue(static_cast<int>(t.windowMs / 1000));
    m_table->setCellWidget(row, WindowColumn, window);

    auto *minSamples = new QSpinBox(m_table);
    minSamples->setRange(1, 1000000);
    minSamples->setValue(t.minSamples);
    m_table->setCellWidget(row, MinSamplesColumn, minSamples);

    auto *action = new QComboBox(m_table);
    for (TriggerAction a : kActions)
        action->addItem(actionName(a), core::triggerActionToString(a));
    action->setCurrentIndex(static_cast<int>(kActions.indexOf(t.action)));
    m_table->setCellWidget(row, ActionColumn, action);

    auto *cooldown = new QSpinBox(m_table);
    cooldown->setRange(0, 7 * 24 * 60);
    cooldown->setSuffix(tr(" min"));
    cooldown->setValue(static_cast<int>(t.cooldownMs / 60000));
    m_table->setCellWidget(row, CooldownColumn, cooldown);
}

void TriggerSettingsDialog::updateThresholdUnit(int row)
{
    auto *metric = qobject_cast<QComboBox *>(m_table->cellWidget(row, MetricColumn));
    auto *threshold = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, ThresholdColumn));
    if (!metric || !threshold)
        return;
    const auto m =
        core::triggerMetricFromString(metric->currentData().toString()).value_or(TriggerMetric::ErrorRate);
    switch (m) {
    case TriggerMetric::ErrorRate:
        threshold->setDecimals(1);
        threshold->setMaximum(100);
        threshold->setSuffix(tr(" %"));
        break;
    case TriggerMetric::ConsecutiveFailures:
        threshold->setDecimals(0);
        threshold->setMaximum(1000);
        threshold->setSuffix(QString());
        break;
    default:
        threshold->setDecimals(0);
        threshold->setMaximum(1e9);
        threshold->setSuffix(tr(" ms"));
        break;
    }
}

QList<RollbackTrigger> TriggerSettingsDialog::triggers() const
{
    QList<RollbackTrigger> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        RollbackTrigger t;
        t.environmentId = environment();
        t.enabled = qobject_cast<QCheckBox *>(m_table->cellWidget(row, EnabledColumn))->isChecked();
        t.metric =
            core::triggerMetricFromString(
                qobject_cast<QComboBox *>(m_table->cellWidget(row, MetricColumn))->currentData().toString())
                .value_or(TriggerMetric::ErrorRate);
        const double threshold =
            qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, ThresholdColumn))->value();
        t.threshold = t.metric == TriggerMetric::ErrorRate ? threshold / 100.0 : threshold;
        t.windowMs = 1000LL * qobject_cast<QSpinBox *>(m_table->cellWidget(row, WindowColumn))->value();
        t.minSamples = qobject_cast<QSpinBox *>(m_table->cellWidget(row, MinSamplesColumn))->value();
        t.action =
            core::triggerActionFromString(
                qobject_cast<QComboBox *>(m_table->cellWidget(row, ActionColumn))->currentData().toString())
                .value_or(TriggerAction::AlertOnly);
        t.cooldownMs = 60000LL * qobject_cast<QSpinBox *>(m_table->cellWidget(row, CooldownColumn))->value();
        out << t;
    }
    return out;
}

bool TriggerSettingsDialog::save()
{
    const auto saved = m_workspace.triggers().replace(environment(), triggers());
    if (!saved.ok()) {
        m_message->setText(saved.error().message);
        return false;
    }
    m_message->clear();
    return true;
}

} // namespace ui
