#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace core {
class SecretStore;
class Workspace;
} // namespace core

namespace ui {

// Identity management: the registered identities (name, public key, groups, role, rotated,
// revoked); create my identity (a new key pair, the private key sealed with my passphrase in this
// machine's keychain, the public key registered); register someone's public key (they keep the
// private key on their machine); rotate a key. Every change is an audit entry.
class IdentitiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitiesDialog)

public:
    IdentitiesDialog(core::Workspace &workspace, QString me, QWidget *parent = nullptr);
    ~IdentitiesDialog() override;

public Q_SLOTS:
    void reload();

private:
    void create();
    void registerKey();
    void rotate();
    void report(const QString &text, bool error);

    core::Workspace &m_workspace;
    QString m_me;
    core::SecretStore *m_keychain;
    QTreeWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLineEdit *m_publicKey;
    QLabel *m_status;
    QPushButton *m_create;
    QPushButton *m_register;
    QPushButton *m_rotate;
};

} // namespace ui
