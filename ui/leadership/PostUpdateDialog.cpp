#include "PostUpdateDialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include "core/incidents/CommunicationTemplates.h"

using namespace Qt::StringLiterals;

namespace ui {

PostUpdateDialog::PostUpdateDialog(const core::Incident &incident,
                                   core::CommunicationTemplates &templates,
                                   QWidget *parent)
    : QDialog(parent)
    , m_incident(incident)
    , m_templates(templates)
    , m_status(new QComboBox(this))
    , m_eta(new QLineEdit(this))
    , m_message(new QPlainTextEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_warning(new QLabel(this))
    , m_slack(new QCheckBox(tr("Slack"), this))
    , m_statuspage(new QCheckBox(tr("Statuspage"), this))
{
    setWindowTitle(tr("Incident #%1: status and update").arg(incident.id));
    setObjectName(u"postUpdateDialog"_s);
    m_status->setObjectName(u"updateStatus"_s);
    m_message->setObjectName(u"updateMessage"_s);
    m_preview->setObjectName(u"updatePreview"_s);
    for (core::IncidentStatus s : {core::IncidentStatus::Investigating, core::IncidentStatus::Identified,
                                   core::IncidentStatus::Monitoring, core::IncidentStatus::Resolved}) {
        m_status->addItem(core::incidentStatusLabel(s), static_cast<int>(s));
    }
    m_status->setCurrentIndex(std::min(3, static_cast<int>(incident.status) + 1));
    m_eta->setPlaceholderText(tr("e.g. 15:30 UTC (default: in an hour)"));
    m_message->setPlaceholderText(tr("Optional: what changed, in a sentence."));
    m_message->setMaximumHeight(90);
    m_preview->setReadOnly(true);
    m_warning->setStyleSheet(u"color: #b03a2e"_s);
    m_warning->setWordWrap(true);
    m_slack->setChecked(true);
    m_statuspage->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("New status:"), m_status);
    form->addRow(tr("Next update (ETA):"), m_eta);
    form->addRow(tr("Message:"), m_message);
    form->addRow(tr("Preview — exactly what is sent:"), m_preview);
    form->addRow(QString(), m_warning);
    auto *channelRow = new QHBoxLayout;
    channelRow->addWidget(m_slack);
    channelRow->addWidget(m_statuspage);
    channelRow->addStretch(1);
    form->addRow(tr("Send to:"), channelRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change status and send"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"sendUpdateButton"_s);
    auto relabel = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setText(channels().isEmpty() ? tr("Change status (send nothing)")
                                           : tr("Change status and send"));
    };
    connect(m_slack, &QCheckBox::toggled, this, relabel);
    connect(m_statuspage, &QCheckBox::toggled, this, relabel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PostUpdateDialog::updatePreview);
    connect(m_eta, &QLineEdit::textChanged, this, &PostUpdateDialog::updatePreview);
    connect(m_message, &QPlainTextEdit::textChanged, this, &PostUpdateDialog::updatePreview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 520);
    updatePreview();
}

PostUpdateDialog::~PostUpdateDialog() = default;

core::IncidentStatus PostUpdateDialog::status() const
{
    return static_cast<core::IncidentStatus>(m_status->currentData().toInt());
}

QString PostUpdateDialog::message() const
{
    return m_message->toPlainText().trimmed();
}

QString PostUpdateDialog::previewText() const
{
    return m_preview->toPlainText();
}

QList<core::Channel> PostUpdateDialog::channels() const
{
    QList<core::Channel> out;
    if (m_slack->isChecked())
        out << core::Channel::Slack;
    if (m_statuspage->isChecked())
        out << core::Channel::Statuspage;
    return out;
}

void PostUpdateDialog::updatePreview()
{
    QHash<QString, QString> extra{{u"message"_s, message()}};
    if (!m_eta->text().trimmed().isEmpty())
        extra.insert(u"eta"_s, m_eta->text().trimmed());
    auto preview = m_templates.preview(m_incident, status(), extra);
    if (!preview.ok()) {
        m_preview->setPlainText(QString());
        m_warning->setText(preview.error().message);
        return;
    }
    m_preview->setPlainText(preview->text);
    m_warning->setText(
        preview->unknownPlaceholders.isEmpty()
            ? QString()
            : tr("The template has placeholders Switchyard does not know: %1. They are sent as "
                 "written.")
                  .arg(preview->unknownPlaceholders.join(u", "_s)));
}

} // namespace ui
