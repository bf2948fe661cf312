#include "InterruptedBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

InterruptedBanner::InterruptedBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"interruptedBanner"_s);
    m_text->setObjectName(u"interruptedText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *icon = new QLabel(this);
    icon->setPixmap(Theme::icon(u"warning"_s).pixmap(24, 24));
    auto *resume = new QPushButton(Theme::icon(u"resume"_s), tr("Resume"), this);
    resume->setObjectName(u"resumeButton"_s);
    resume->setToolTip(tr("Run the interrupted step again from its start, then the steps after it"));
    auto *rollback = new QPushButton(Theme::icon(u"rollback"_s), tr("Roll back"), this);
    rollback->setObjectName(u"bannerRollbackButton"_s);
    rollback->setToolTip(tr("Move traffic back to the slot that was live before this deployment"));
    connect(resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(m_deploymentId); });
    connect(rollback, &QPushButton::clicked, this, [this] {
        const QString environment = m_environment; // a refresh during the confirmation may change the member
        Q_EMIT rollbackRequested(environment);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(resume);
    layout->addWidget(rollback);
    hide();
}

void InterruptedBanner::setInterrupted(const QList<core::InterruptedDeployment> &interrupted,
                                       const QString &environmentName)
{
    if (interrupted.isEmpty()) {
        m_deploymentId = 0;
        m_environment.clear();
        m_text->clear();
        hide();
        return;
    }
    const core::InterruptedDeployment &first = interrupted.first();
    m_deploymentId = first.deployment.id;
    m_environment = environmentName;
    QString text = describe(first, environmentName);
    if (interrupted.size() > 1)
        text +=
            u' ' + tr("%n more deployment(s) were interrupted too.", nullptr, int(interrupted.size() - 1));
    m_text->setText(text);
    show();
}

QString InterruptedBanner::text() const
{
    return m_text->text();
}

QString InterruptedBanner::describe(const core::InterruptedDeployment &interrupted,
                                    const QString &environmentName)
{
    const core::Deployment &d = interrupted.deployment;
    const bool rollback = d.kind == core::DeploymentKind::Rollback;
    if (interrupted.step.isEmpty()) {
        return rollback ? tr("Rollback #%1 of %2 (%3 → %4) was interrupted before its first step.")
                              .arg(d.id)
                              .arg(environmentName, d.version, d.toSlot)
                        : tr("Deployment #%1 to %2 (%3 → %4) was interrupted before its first step.")
                              .arg(d.id)
                              .arg(environmentName, d.version, d.toSlot);
    }
    if (interrupted.step == u"approvals") { // parked by the two-person rule, not broken
        return rollback ? tr("Rollback #%1 of %2 (%3 → %4) is awaiting approval. Resume it once approved.")
                              .arg(d.id)
                              .arg(environmentName, d.version, d.toSlot)
                        : tr("Deployment #%1 to %2 (%3 → %4) is awaiting approval. Resume it once approved.")
                              .arg(d.id)
                              .arg(environmentName, d.version, d.toSlot);
    }
    return rollback ? tr("Rollback #%1 of %2 (%3 → %4) was interrupted during step “%5”.")
                          .arg(d.id)
                          .arg(environmentName, d.version, d.toSlot, interrupted.step)
                    : tr("Deployment #%1 to %2 (%3 → %4) was interrupted during step “%5”.")
                          .arg(d.id)
                          .arg(environmentName, d.version, d.toSlot, interrupted.step);
}

} // namespace ui
