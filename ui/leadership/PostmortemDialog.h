#pragma once

#include <QDialog>

#include "core/incidents/Incident.h"

class QPlainTextEdit;
class QTableWidget;

namespace ui {

// Writes an incident's postmortem: root cause, what went well, what went wrong, and preventive
// actions with owners (a table; rows without text are dropped).
class PostmortemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostmortemDialog)

public:
    PostmortemDialog(const core::Incident &incident,
                     const std::optional<core::Postmortem> &existing,
                     QWidget *parent = nullptr);
    ~PostmortemDialog() override;

    [[nodiscard]] core::Postmortem postmortem() const;

private:
    void addActionRow(const core::PreventiveAction &action);

    core::IncidentId m_incidentId;
    QPlainTextEdit *m_rootCause;
    QPlainTextEdit *m_wentWell;
    QPlainTextEdit *m_wentWrong;
    QTableWidget *m_actions;
};

} // namespace ui
