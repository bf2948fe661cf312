#include "EnvironmentCard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/StatusText.h"
#include "ui/Theme.h"
#include "ui/health/HealthStrip.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr int kDotSize = 12;

QString badgeKind(core::SlotRole role)
{
    return core::slotRoleToString(role); // "live" / "standby" / "stopped": the style sheet's badge property
}

} // namespace

EnvironmentCard::EnvironmentCard(const core::Environment &environment,
                                 const QString &lookupName,
                                 const QString &router,
                                 QWidget *parent)
    : QFrame(parent)
    , m_environmentId(environment.id)
    , m_lookupName(lookupName)
    , m_slotGrid(new QGridLayout)
    , m_rollbackButton(new QPushButton(Theme::icon(u"rollback"_s), tr("Roll back"), this))
{
    setObjectName(u"environmentCard"_s);
    setProperty("environment", environment.name);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(360);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *title = new QLabel(environment.name, this);
    title->setObjectName(u"cardTitle"_s);
    Theme::makeHeading(title, 1.4);
    auto *deployButton = new QPushButton(Theme::icon(u"deploy"_s), tr("Deploy…"), this);
    deployButton->setObjectName(u"cardDeployButton"_s);
    deployButton->setToolTip(tr("Deploy a release to %1").arg(environment.name));
    m_rollbackButton->setObjectName(u"cardRollbackButton"_s);
    connect(deployButton, &QPushButton::clicked, this, [this] { Q_EMIT deployRequested(m_lookupName); });
    connect(m_rollbackButton, &QPushButton::clicked, this,
            [this] { Q_EMIT rollbackRequested(m_lookupName); });

    auto *healthButton = new QPushButton(Theme::icon(u"health-chart"_s), tr("Health"), this);
    healthButton->setObjectName(u"cardHealthButton"_s);
    healthButton->setToolTip(tr("Latency, error rate and status of %1 over time").arg(environment.name));
    connect(healthButton, &QPushButton::clicked, this, [this] { Q_EMIT healthRequested(m_environmentId); });

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(healthButton);
    header->addWidget(deployButton);
    header->addWidget(m_rollbackButton);

    auto *subtitle = new QLabel(router, this);
    subtitle->setObjectName(u"cardSubtitle"_s);
    subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *rule = new QFrame(this);
    rule->setObjectName(u"cardRule"_s);
    rule->setFrameShape(QFrame::HLine);

    m_slotGrid->setHorizontalSpacing(14);
    m_slotGrid->setVerticalSpacing(8);
    m_slotGrid->setColumnStretch(4, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(subtitle);
    layout->addWidget(rule);
    layout->addLayout(m_slotGrid);
}

void EnvironmentCard::setHealthSource(HealthSeriesSource *source)
{
    m_healthSource = source;
}

void EnvironmentCard::setSlots(const QList<core::Slot> &slotList)
{
    clearSlots();
    const core::Slot *live = nullptr;
    const core::Slot *rollbackTarget = nullptr;
    for (int i = 0; i < slotList.size(); ++i) {
        const core::Slot &slot = slotList.at(i);
        addSlotRow(i, slot);
        if (slot.role == core::SlotRole::Live)
            live = &slot;
        else if (!slot.version.isEmpty() && !rollbackTarget)
            rollbackTarget = &slot;
    }
    m_rollbackButton->setEnabled(live && rollbackTarget);
    m_rollbackButton->setToolTip(
        live && rollbackTarget
            ? tr("Move traffic back from %1 to %2")
                  .arg(StatusText::slotWithVersion(live->name, live->version),
                       StatusText::slotWithVersion(rollbackTarget->name, rollbackTarget->version))
            : tr("There is no standby version to roll back to."));
}

void EnvironmentCard::clearSlots()
{
    while (QLayoutItem *item = m_slotGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_slotRows.clear();
}

void EnvironmentCard::addSlotRow(int row, const core::Slot &slot)
{
    auto *name = new QLabel(slot.name, this);
    name->setObjectName(u"slotName_"_s + slot.name);
    name->setProperty("slotName", true);
    auto *badge = new QLabel(StatusText::badge(slot.role), this);
    badge->setObjectName(u"slotBadge_"_s + slot.name);
    badge->setProperty("badge", badgeKind(slot.role));
    badge->setAlignment(Qt::AlignCenter);
    auto *version = new QLabel(slot.version.isEmpty() ? StatusText::none() : slot.version, this);
    version->setObjectName(u"slotVersion_"_s + slot.name);
    version->setFont(Theme::monospaceFont());
    version->setToolTip(slot.upstream.isEmpty() ? QString() : tr("Upstream %1").arg(slot.upstream));
    auto *dot = new QLabel(this);
    dot->setObjectName(u"slotHealthDot_"_s + slot.name);
    auto *health = new QLabel(this);
    health->setObjectName(u"slotHealth_"_s + slot.name);

    m_slotGrid->addWidget(name, row, 0);
    m_slotGrid->addWidget(badge, row, 1);
    m_slotGrid->addWidget(version, row, 2);
    m_slotGrid->addWidget(dot, row, 3);
    m_slotGrid->addWidget(health, row, 4);
    if (m_healthSource)
        m_slotGrid->addWidget(new HealthStrip(*m_healthSource, m_environmentId, slot.name, this), row, 5);
    m_slotRows.insert(slot.name, SlotRow{slot.version, dot, health});
    setHealth(slot.name,
              slot.healthUrl.isEmpty() ? HealthSummary::notConfigured() : HealthSummary::checking());
}

void EnvironmentCard::setHealth(const QString &slot, const HealthSummary &health)
{
    const auto it = m_slotRows.constFind(slot);
    if (it == m_slotRows.constEnd())
        return;
    it->healthDot->setPixmap(Theme::dot(health.tone).pixmap(kDotSize, kDotSize, QIcon::Normal));
    it->healthText->setText(health.text);
    it->healthText->setToolTip(health.toolTip);
    it->healthDot->setToolTip(health.toolTip);
}

QString EnvironmentCard::versionOf(const QString &slot) const
{
    return m_slotRows.value(slot).version;
}

} // namespace ui
