#pragma once

#include <QDialog>

#include "core/incidents/Incidents.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace ui {

// Asks for what a new incident needs: title, severity (with its response target), services,
// environments, summary.
class OpenIncidentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenIncidentDialog)

public:
    OpenIncidentDialog(const QStringList &services,
                       const QStringList &environments,
                       QWidget *parent = nullptr);
    ~OpenIncidentDialog() override;

    [[nodiscard]] core::Incidents::OpenRequest request() const;

private:
    QLineEdit *m_title;
    QComboBox *m_severity;
    QLineEdit *m_services;
    QLineEdit *m_environments;
    QPlainTextEdit *m_summary;
};

} // namespace ui
