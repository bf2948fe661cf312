#pragma once

#include <QDialog>

#include "core/model/Deployment.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace core {
class SecretStore;
class Workspace;
} // namespace core

namespace ui {

// Signs an approval (or a rejection) of one deployment's plan as `identity`: unlocks the signing
// key from the keychain with the passphrase (core::IdentityKeyStore), signs the plan digest with
// the comment, time and expiry, and records it (core::ApprovalService, which refuses what does not
// count and says why). Never blocks: the keychain answers asynchronously.
class ApprovalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalDialog)

public:
    ApprovalDialog(core::Workspace &workspace,
                   core::SecretStore &keychain,
                   const core::Deployment &deployment,
                   QString identity,
                   bool reject,
                   QWidget *parent = nullptr);
    ~ApprovalDialog() override;

private:
    void sign();
    void showError(const QString &text);

    core::Workspace &m_workspace;
    core::SecretStore &m_keychain;
    core::Deployment m_deployment;
    QString m_identity;
    bool m_reject;
    QLineEdit *m_comment;
    QLineEdit *m_passphrase;
    QLabel *m_error;
    QPushButton *m_sign;
};

} // namespace ui
