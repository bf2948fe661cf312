#pragma once

#include <QDialog>

#include "core/incidents/Communication.h"
#include "core/incidents/Incident.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace core {
class CommunicationTemplates;
}

namespace ui {

// Change an incident's status and post an update from the status's template: pick the status, add a
// message and an ETA, see exactly what will be sent (preview, with unknown placeholders flagged), and
// choose the channels (none: only the status change and the note are recorded).
class PostUpdateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostUpdateDialog)

public:
    PostUpdateDialog(const core::Incident &incident,
                     core::CommunicationTemplates &templates,
                     QWidget *parent = nullptr);
    ~PostUpdateDialog() override;

    [[nodiscard]] core::IncidentStatus status() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString previewText() const;
    [[nodiscard]] QList<core::Channel> channels() const;

private:
    void updatePreview();

    core::Incident m_incident;
    core::CommunicationTemplates &m_templates;
    QComboBox *m_status;
    QLineEdit *m_eta;
    QPlainTextEdit *m_message;
    QPlainTextEdit *m_preview;
    QLabel *m_warning;
    QCheckBox *m_slack;
    QCheckBox *m_statuspage;
};

} // namespace ui
