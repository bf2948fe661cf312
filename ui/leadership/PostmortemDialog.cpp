#include "PostmortemDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace ui {

PostmortemDialog::PostmortemDialog(const core::Incident &incident,
                                   const std::optional<core::Postmortem> &existing,
                                   QWidget *parent)
    : QDialog(parent)
    , m_incidentId(incident.id)
    , m_rootCause(new QPlainTextEdit(this))
    , m_wentWell(new QPlainTextEdit(this))
    , m_wentWrong(new QPlainTextEdit(this))
    , m_actions(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Postmortem of incident #%1: %2").arg(incident.id).arg(incident.title));
    setObjectName(u"postmortemDialog"_s);
    m_rootCause->setObjectName(u"rootCause"_s);
    m_actions->setObjectName(u"preventiveActions"_s);
    m_actions->setHorizontalHeaderLabels({tr("Preventive action"), tr("Owner"), tr("Done")});
    m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->verticalHeader()->hide();
    if (existing) {
        m_rootCause->setPlainText(existing->rootCause);
        m_wentWell->setPlainText(existing->wentWell);
        m_wentWrong->setPlainText(existing->wentWrong);
        for (const auto &a : existing->actions)
            addActionRow(a);
    }
    addActionRow({});
    auto *add = new QPushButton(tr("Add action"), this);
    connect(add, &QPushButton::clicked, this, [this] { addActionRow({}); });

    auto *form = new QFormLayout;
    form->addRow(tr("Root cause:"), m_rootCause);
    form->addRow(tr("What went well:"), m_wentWell);
    form->addRow(tr("What went wrong:"), m_wentWrong);
    form->addRow(tr("Preventive actions:"), m_actions);
    form->addRow(QString(), add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(820, 680);
}

PostmortemDialog::~PostmortemDialog() = default;

void PostmortemDialog::addActionRow(const core::PreventiveAction &action)
{
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    m_actions->setItem(row, 0, new QTableWidgetItem(action.description));
    m_actions->setItem(row, 1, new QTableWidgetItem(action.owner));
    auto *done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    done->setCheckState(action.done ? Qt::Checked : Qt::Unchecked);
    m_actions->setItem(row, 2, done);
}

core::Postmortem PostmortemDialog::postmortem() const
{
    core::Postmortem p;
    p.incidentId = m_incidentId;
    p.rootCause = m_rootCause->toPlainText().trimmed();
    p.wentWell = m_wentWell->toPlainText().trimmed();
    p.wentWrong = m_wentWrong->toPlainText().trimmed();
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        const QString description =
            m_actions->item(row, 0) ? m_actions->item(row, 0)->text().trimmed() : QString();
        const QString owner = m_actions->item(row, 1) ? m_actions->item(row, 1)->text().trimmed() : QString();
        if (description.isEmpty() && owner.isEmpty())
            continue;
        p.actions << core::PreventiveAction{description,
                                            owner,
                                            {},
                                            m_actions->item(row, 2) &&
                                                m_actions->item(row, 2)->checkState() == Qt::Checked};
    }
    return p;
}

} // namespace ui
