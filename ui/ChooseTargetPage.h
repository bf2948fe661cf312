#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace core {
class Workspace;
}

namespace ui {

// Deploy wizard, page 1: which environment and which release, with what each slot runs now.
class ChooseTargetPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChooseTargetPage)

public:
    ChooseTargetPage(core::Workspace &workspace,
                     const QString &initialEnvironment,
                     QWidget *parent = nullptr);

    // The lookup name of the chosen environment, and the chosen version.
    [[nodiscard]] QString environmentName() const;
    [[nodiscard]] QString version() const;

    bool isComplete() const override;

private:
    void environmentChosen();
    void versionChosen();

    core::Workspace &m_workspace;
    QComboBox *m_environments;
    QComboBox *m_versions;
    QLabel *m_slots;
    QLabel *m_target;
    QLabel *m_release;
};

} // namespace ui
