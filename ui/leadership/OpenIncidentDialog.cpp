#include "OpenIncidentDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}
} // namespace

OpenIncidentDialog::OpenIncidentDialog(const QStringList &services,
                                       const QStringList &environments,
                                       QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_services(new QLineEdit(services.join(u", "_s), this))
    , m_environments(
          new QLineEdit(environments.contains(u"production"_s) ? u"production"_s : QString(), this))
    , m_summary(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Open an incident"));
    setObjectName(u"openIncidentDialog"_s);
    m_title->setObjectName(u"incidentTitle"_s);
    m_severity->setObjectName(u"incidentSeverity"_s);
    for (core::Severity s : {core::Severity::P0, core::Severity::P1, core::Severity::P2}) {
        m_severity->addItem(tr("%1 — %2 (respond within %3 min)")
                                .arg(core::severityToString(s), core::severityDescription(s))
                                .arg(core::responseTargetMinutes(s)),
                            static_cast<int>(s));
    }
    m_severity->setCurrentIndex(1);
    m_environments->setPlaceholderText(environments.join(u", "_s));
    m_summary->setPlaceholderText(tr("What users see, what we know so far."));
    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Services:"), m_services);
    form->addRow(tr("Environments:"), m_environments);
    form->addRow(tr("Summary:"), m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open incident"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, buttons, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, 420);
}

OpenIncidentDialog::~OpenIncidentDialog() = default;

core::Incidents::OpenRequest OpenIncidentDialog::request() const
{
    core::Incidents::OpenRequest r;
    r.title = m_title->text().trimmed();
    r.severity = static_cast<core::Severity>(m_severity->currentData().toInt());
    r.services = splitList(m_services->text());
    r.environments = splitList(m_environments->text());
    r.summary = m_summary->toPlainText().trimmed();
    return r;
}

} // namespace ui
