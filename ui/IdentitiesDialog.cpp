#include "IdentitiesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/crypto/Ed25519.h"
#include "core/policy/ApprovalService.h"
#include "core/policy/KeyRotation.h"
#include "core/secrets/IdentityKeyStore.h"
#include "core/secrets/SecretStore.h"
#include "core/store/IdentityRepository.h"
#include "core/store/Workspace.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QString keychainService()
{
    const QString fromEnv = qEnvironmentVariable("SWITCHYARD_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? u"switchyard"_s : fromEnv;
}

} // namespace

IdentitiesDialog::IdentitiesDialog(core::Workspace &workspace, QString me, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_me(std::move(me))
    , m_keychain(new core::SecretStore(keychainService(), this))
    , m_table(new QTreeWidget(this))
    , m_name(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_publicKey(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_create(new QPushButton(tr("Create my identity"), this))
    , m_register(new QPushButton(tr("Register public key"), this))
    , m_rotate(new QPushButton(tr("Rotate my key"), this))
{
    setObjectName(u"identitiesDialog"_s);
    setWindowTitle(tr("Identities"));
    m_table->setObjectName(u"identityTable"_s);
    m_table->setHeaderLabels({tr("Name"), tr("Public key"), tr("Groups"), tr("Role"), tr("State")});
    m_table->setRootIsDecorated(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_name->setObjectName(u"identityNameEdit"_s);
    m_name->setText(m_me);
    m_passphrase->setObjectName(u"identityPassphraseEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(u"identityRepeatEdit"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_publicKey->setObjectName(u"publicKeyEdit"_s);
    m_publicKey->setPlaceholderText(tr("Base64 public key from “switchyard identity export-public”"));
    m_status->setObjectName(u"identityStatus"_s);
    m_status->setWordWrap(true);
    m_create->setObjectName(u"createIdentityButton"_s);
    m_register->setObjectName(u"registerKeyButton"_s);
    m_rotate->setObjectName(u"rotateKeyButton"_s);
    connect(m_create, &QPushButton::clicked, this, &IdentitiesDialog::create);
    connect(m_register, &QPushButton::clicked, this, &IdentitiesDialog::registerKey);
    connect(m_rotate, &QPushButton::clicked, this, &IdentitiesDialog::rotate);

    auto *mine = new QGroupBox(tr("Name and passphrase"), this);
    auto *form = new QFormLayout(mine);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Repeat:"), m_repeat);
    form->addRow(tr("Public key:"), m_publicKey);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_create);
    actions->addWidget(m_rotate);
    actions->addWidget(m_register);
    actions->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(mine);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(900, 560);
    reload();
}

IdentitiesDialog::~IdentitiesDialog() = default;

void IdentitiesDialog::reload()
{
    m_table->clear();
    auto list = core::IdentityRepository(m_workspace.database(), m_workspace.dialect()).list();
    if (!list.ok()) {
        report(list.error().message, true);
        return;
    }
    for (const core::Identity &i : *list) {
        QString state = i.revoked()
                            ? tr("revoked %1").arg(i.revokedAt.toLocalTime().toString(u"yyyy-MM-dd"_s))
                        : i.rotatedAt.isValid()
                            ? tr("rotated %1").arg(i.rotatedAt.toLocalTime().toString(u"yyyy-MM-dd"_s))
                            : tr("active");
        auto *item = new QTreeWidgetItem(m_table, {i.name, QString::fromLatin1(i.publicKey.toBase64()),
                                                   i.groups.join(u", "_s), i.dbRole, state});
        item->setFont(1, Theme::monospaceFont());
    }
}

void IdentitiesDialog::report(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        u"color: %1;"_s.arg(Theme::color(error ? Theme::Tone::Bad : Theme::Tone::Good).name()));
    m_create->setEnabled(true);
    m_rotate->setEnabled(true);
}

void IdentitiesDialog::create()
{
    const QString name = m_name->text().trimmed();
    if (m_passphrase->text() != m_repeat->text()) {
        report(tr("The passphrases differ."), true);
        return;
    }
    auto key = core::Ed25519::generate();
    if (!key.ok()) {
        report(key.error().message, true);
        return;
    }
    auto shared = std::make_shared<core::Ed25519>(std::move(*key));
    m_create->setEnabled(false);
    const QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    m_repeat->clear();
    core::IdentityKeyStore(*m_keychain)
        .save(name, *shared, passphrase, this, [this, name, shared](core::Status saved) {
            if (!saved.ok()) {
                report(saved.error().message, true);
                return;
            }
            auto id = core::IdentityRepository(m_workspace.database(), m_workspace.dialect())
                          .create(name, shared->publicKey(), {});
            if (!id.ok()) {
                report(id.error().message, true);
                return;
            }
            static_cast<void>(core::ApprovalService(m_workspace)
                                  .auditIdentity(name, u"identity.created"_s, name,
                                                 QJsonObject{{u"public_key"_s, shared->publicKeyBase64()}},
                                                 shared.get()));
            report(tr("Created %1; the private key is in this machine's keychain.").arg(name), false);
            reload();
        });
}

void IdentitiesDialog::registerKey()
{
    const QString name = m_name->text().trimmed();
    auto key = core::Ed25519::publicKeyFromBase64(m_publicKey->text().trimmed());
    if (!key.ok()) {
        report(key.error().message, true);
        return;
    }
    auto id = core::IdentityRepository(m_workspace.database(), m_workspace.dialect()).create(name, *key, {});
    if (!id.ok()) {
        report(id.error().message, true);
        return;
    }
    static_cast<void>(core::ApprovalService(m_workspace)
                          .auditIdentity(m_me, u"identity.registered"_s, name,
                                         QJsonObject{{u"public_key"_s, m_publicKey->text().trimmed()}},
                                         nullptr));
    report(tr("Registered %1's public key.").arg(name), false);
    reload();
}

void IdentitiesDialog::rotate()
{
    const QString name = m_name->text().trimmed();
    const QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    m_repeat->clear();
    m_rotate->setEnabled(false);
    // Crash-safe: keychain (pending entry), then the workspace, then the keychain's main entry.
    core::KeyRotation(m_workspace, *m_keychain)
        .rotate(name, passphrase, this, [this, name](core::Result<core::KeyRotation::Outcome> rotated) {
            if (!rotated.ok())
                report(rotated.error().message, true);
            else if (!rotated->warning.isEmpty())
                report(rotated->warning, true);
            else
                report(tr("Rotated %1's key.").arg(name), false);
            reload();
        });
}

} // namespace ui
