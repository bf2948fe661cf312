#include "ApprovalDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/crypto/ApprovalSignature.h"
#include "core/engine/Plan.h"
#include "core/policy/ApprovalService.h"
#include "core/secrets/IdentityKeyStore.h"
#include "core/store/IdentityRepository.h"
#include "core/store/Workspace.h"
#include "ui/PlanText.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

ApprovalDialog::ApprovalDialog(core::Workspace &workspace,
                               core::SecretStore &keychain,
                               const core::Deployment &deployment,
                               QString identity,
                               bool reject,
                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_keychain(keychain)
    , m_deployment(deployment)
    , m_identity(std::move(identity))
    , m_reject(reject)
    , m_comment(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_sign(new QPushButton(this))
{
    setObjectName(u"approvalDialog"_s);
    setWindowTitle(reject ? tr("Reject deployment #%1").arg(deployment.id)
                          : tr("Approve deployment #%1").arg(deployment.id));
    auto plan = core::Plan::fromJson(deployment.plan);
    auto *headline = new QLabel(plan.ok() ? PlanText::title(*plan) : deployment.version, this);
    Theme::makeHeading(headline, 1.2);
    auto *digest = new QLabel(tr("Plan digest: %1").arg(deployment.planDigest), this);
    digest->setObjectName(u"approvalDigest"_s);
    digest->setFont(Theme::monospaceFont());
    digest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *who = new QLabel(tr("Signing as <b>%1</b>, requested by %2.")
                               .arg(m_identity.toHtmlEscaped(), deployment.requestedBy.toHtmlEscaped()),
                           this);
    m_comment->setObjectName(u"commentEdit"_s);
    m_comment->setPlaceholderText(reject ? tr("Why (signed with the rejection)")
                                         : tr("Optional comment (signed)"));
    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Unlocks your signing key"));
    m_error->setObjectName(u"approvalError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::color(Theme::Tone::Bad).name()));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Comment:"), m_comment);
    form->addRow(tr("Passphrase:"), m_passphrase);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sign->setObjectName(u"signButton"_s);
    m_sign->setText(reject ? tr("Sign rejection") : tr("Sign approval"));
    m_sign->setDefault(true);
    buttons->addButton(m_sign, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sign, &QPushButton::clicked, this, &ApprovalDialog::sign);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(digest);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

ApprovalDialog::~ApprovalDialog() = default;

void ApprovalDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    m_sign->setEnabled(true);
}

void ApprovalDialog::sign()
{
    m_sign->setEnabled(false);
    m_error->hide();
    const QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    core::IdentityKeyStore keys(m_keychain);
    // The registered key lets unlock finish a key rotation that stopped half-way.
    const auto me =
        core::IdentityRepository(m_workspace.database(), m_workspace.dialect()).byName(m_identity);
    keys.unlock(
        m_identity, passphrase, this,
        [this](core::Result<core::Ed25519> key) {
            if (!key.ok()) {
                showError(key.error().message);
                return;
            }
            core::ApprovalService service(m_workspace);
            int minutes = 24 * 60;
            if (auto policy = service.policyFor(m_deployment.environmentId); policy.ok())
                minutes = policy->lifetimeMinutes;
            core::ApprovalSignature a;
            a.planDigest = m_deployment.planDigest;
            a.decision = m_reject ? core::ApprovalSignature::Decision::Reject
                                  : core::ApprovalSignature::Decision::Approve;
            a.comment = m_comment->text();
            a.signedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
            a.expiresAt = a.signedAt.addSecs(qint64(minutes) * 60);
            if (auto signedOk = a.sign(*key); !signedOk.ok()) {
                showError(signedOk.error().message);
                return;
            }
            auto stored = service.submit(a, m_deployment.id, u"local"_s, m_identity);
            if (!stored.ok()) {
                showError(stored.error().message);
                return;
            }
            accept();
        },
        me.ok() ? me->publicKey : QByteArray());
}

} // namespace ui
