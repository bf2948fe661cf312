#pragma once

#include <QWizardPage>

class QLabel;

namespace ui {

class DeploymentRunView;

// Deploy wizard, page 4: how it ended: succeeded, or failed in which step and why, and whether an
// automatic rollback ran and how that ended.
class DeployResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployResultPage)

public:
    explicit DeployResultPage(const DeploymentRunView &run, QWidget *parent = nullptr);

    void initializePage() override;

private:
    const DeploymentRunView &m_run;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_details;
};

} // namespace ui
