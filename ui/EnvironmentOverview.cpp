#include "EnvironmentOverview.h"

#include <QHBoxLayout>
#include <QLabel>

#include "core/engine/RouterFactory.h"
#include "core/health/HealthMonitor.h"
#include "core/store/DeploymentRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ProviderRefRepository.h"
#include "core/store/Workspace.h"
#include "ui/EnvironmentCard.h"
#include "ui/EnvironmentNames.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QString routerText(const core::Environment &environment, QNetworkAccessManager *nam)
{
    auto router = core::RouterFactory::create(environment, nam);
    if (!router.ok())
        return EnvironmentOverview::tr("router: %1").arg(router.error().message);
    const QUrl origin =
        (*router)->publicHealthUrl().adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return EnvironmentOverview::tr("%1 router · %2").arg(environment.routerKind, origin.toDisplayString());
}

} // namespace

EnvironmentOverview::EnvironmentOverview(core::Workspace &workspace,
                                         QNetworkAccessManager *nam,
                                         core::HealthMonitor &monitor,
                                         QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_nam(nam)
    , m_monitor(monitor)
    , m_layout(new QHBoxLayout(this))
    , m_empty(new QLabel(tr("This workspace has no environments yet."), this))
{
    setObjectName(u"environmentOverview"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(14);
    m_layout->addWidget(m_empty);
    m_layout->addStretch();
    connect(&m_workspace.environments(), &core::EnvironmentRepository::slotsChanged, this,
            &EnvironmentOverview::reloadSlots);
    connect(&m_monitor, &core::HealthMonitor::probed, this, &EnvironmentOverview::showHealth);
    reload();
}

void EnvironmentOverview::setHealthSource(HealthSeriesSource *source)
{
    m_healthSource = source;
    for (EnvironmentCard *card : std::as_const(m_cards)) {
        card->setHealthSource(source);
        reloadSlots(card->environmentId()); // the slot rows again, now with their strips
    }
}

void EnvironmentOverview::reload()
{
    // Later, not now: a card may be the sender of the click that led here (through a modal question).
    for (EnvironmentCard *card : std::as_const(m_cards)) {
        m_layout->removeWidget(card);
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    auto environments = EnvironmentNames::list(m_workspace);
    if (!environments.ok()) {
        m_empty->setText(tr("Cannot read the environments: %1").arg(environments.error().message));
        m_empty->show();
        return;
    }
    m_empty->setText(tr("This workspace has no environments yet."));
    m_empty->setVisible(environments->isEmpty());
    for (const EnvironmentNames::Entry &entry : *environments) {
        auto *card = new EnvironmentCard(entry.environment, entry.lookupName,
                                         routerText(entry.environment, m_nam), this);
        connect(card, &EnvironmentCard::deployRequested, this, &EnvironmentOverview::deployRequested);
        connect(card, &EnvironmentCard::rollbackRequested, this, &EnvironmentOverview::rollbackRequested);
        connect(card, &EnvironmentCard::healthRequested, this, &EnvironmentOverview::healthRequested);
        card->setHealthSource(m_healthSource);
        m_layout->insertWidget(int(m_cards.size()), card);
        m_cards << card;
        reloadSlots(entry.environment.id);
    }
}

void EnvironmentOverview::reloadSlots(core::EnvironmentId environment)
{
    EnvironmentCard *card = cardOf(environment);
    if (!card)
        return;
    auto slotList = m_workspace.environments().slotsOf(environment);
    if (!slotList.ok())
        return;
    card->setSlots(*slotList);
    // The latest deployment's provider refs (Vercel deployment ids, …) with links.
    QList<core::ProviderRef> refs;
    if (auto latest = m_workspace.deployments().list(environment, 1); latest.ok() && !latest->isEmpty()) {
        if (auto found = core::ProviderRefRepository(m_workspace).list(latest->first().id); found.ok())
            refs = *found;
    }
    card->setProviderRefs(refs);
    for (const core::Slot &slot : *slotList) {
        if (auto outcome = m_monitor.latestProbe(environment, slot.name))
            card->setHealth(slot.name, HealthSummary::fromOutcome(*outcome, slot.version));
    }
}

void EnvironmentOverview::showHealth(core::EnvironmentId environment,
                                     const QString &slot,
                                     const core::ProbeOutcome &outcome)
{
    if (EnvironmentCard *card = cardOf(environment))
        card->setHealth(slot, HealthSummary::fromOutcome(outcome, card->versionOf(slot)));
}

EnvironmentCard *EnvironmentOverview::cardOf(core::EnvironmentId environment) const
{
    for (EnvironmentCard *card : m_cards) {
        if (card->environmentId() == environment)
            return card;
    }
    return nullptr;
}

} // namespace ui
