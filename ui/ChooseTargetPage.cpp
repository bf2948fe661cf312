#include "ChooseTargetPage.h"

#include <algorithm>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/Workspace.h"
#include "ui/EnvironmentNames.h"
#include "ui/StatusText.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

enum ItemData
{
    LookupNameRole = Qt::UserRole,
    EnvironmentIdRole,
    ServiceIdRole
};
enum ReleaseData
{
    VersionRole = Qt::UserRole,
    DescriptionRole
};

} // namespace

ChooseTargetPage::ChooseTargetPage(core::Workspace &workspace,
                                   const QString &initialEnvironment,
                                   QWidget *parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_environments(new QComboBox(this))
    , m_versions(new QComboBox(this))
    , m_slots(new QLabel(this))
    , m_target(new QLabel(this))
    , m_release(new QLabel(this))
{
    setTitle(tr("Choose what to deploy"));
    setSubTitle(
        tr("The release goes to the standby slot first; traffic moves only after it proves healthy."));
    m_environments->setObjectName(u"environmentCombo"_s);
    m_versions->setObjectName(u"versionCombo"_s);
    m_slots->setObjectName(u"slotSummary"_s);
    m_slots->setTextFormat(Qt::RichText);
    m_target->setObjectName(u"deployTarget"_s);
    m_target->setWordWrap(true);
    m_release->setObjectName(u"releaseDetails"_s);
    m_release->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_release->setWordWrap(true);
    m_environments->setMinimumWidth(280);

    auto *form = new QFormLayout(this);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(12);
    form->addRow(tr("&Environment:"), m_environments);
    form->addRow(tr("Slots now:"), m_slots);
    form->addRow(tr("Deploys to:"), m_target);
    auto *release = new QVBoxLayout;
    release->setSpacing(4);
    release->addWidget(m_versions);
    release->addWidget(m_release);
    auto *releaseLabel = new QLabel(tr("&Release:"), this);
    releaseLabel->setBuddy(m_versions);
    form->addRow(releaseLabel, release);

    auto environments = EnvironmentNames::list(m_workspace);
    if (environments.ok()) {
        for (const EnvironmentNames::Entry &entry : *environments) {
            m_environments->addItem(entry.lookupName);
            const int row = m_environments->count() - 1;
            m_environments->setItemData(row, entry.lookupName, LookupNameRole);
            m_environments->setItemData(row, entry.environment.id, EnvironmentIdRole);
            m_environments->setItemData(row, entry.environment.serviceId, ServiceIdRole);
        }
    }
    const int initial = m_environments->findData(initialEnvironment, LookupNameRole);
    m_environments->setCurrentIndex(initial >= 0 ? initial : 0);
    connect(m_environments, &QComboBox::currentIndexChanged, this, &ChooseTargetPage::environmentChosen);
    connect(m_versions, &QComboBox::currentIndexChanged, this, &ChooseTargetPage::versionChosen);
    environmentChosen();
}

QString ChooseTargetPage::environmentName() const
{
    return m_environments->currentData(LookupNameRole).toString();
}

QString ChooseTargetPage::version() const
{
    return m_versions->currentData(VersionRole).toString();
}

bool ChooseTargetPage::isComplete() const
{
    return !environmentName().isEmpty() && !version().isEmpty();
}

void ChooseTargetPage::environmentChosen()
{
    const QSignalBlocker blocker(m_versions);
    m_versions->clear();
    m_slots->clear();
    m_target->clear();
    const auto environmentId = m_environments->currentData(EnvironmentIdRole).value<core::EnvironmentId>();
    const auto serviceId = m_environments->currentData(ServiceIdRole).value<core::ServiceId>();
    if (environmentId <= 0) {
        versionChosen();
        return;
    }

    auto slotList = m_workspace.environments().slotsOf(environmentId);
    QString liveVersion;
    QString liveSlot;
    QString standbySlot;
    QStringList slotTexts;
    if (slotList.ok()) {
        for (const core::Slot &slot : *slotList) {
            if (slot.role == core::SlotRole::Live) {
                liveVersion = slot.version;
                liveSlot = slot.name;
            } else if (standbySlot.isEmpty()) {
                standbySlot = slot.name;
            }
            const QColor color =
                Theme::color(slot.role == core::SlotRole::Live ? Theme::Tone::Good : Theme::Tone::Neutral);
            slotTexts << u"<b>%1</b> <span style=\"color: %2;\">%3</span> %4"_s.arg(
                slot.name.toHtmlEscaped(), color.name(), StatusText::badge(slot.role),
                (slot.version.isEmpty() ? StatusText::none() : slot.version).toHtmlEscaped());
        }
    }
    m_slots->setText(slotTexts.join(u" &nbsp;·&nbsp; "_s));
    if (!liveSlot.isEmpty() && !standbySlot.isEmpty())
        m_target->setText(tr("%1, the standby slot; %2 keeps serving users until %1 proves healthy.")
                              .arg(standbySlot, liveSlot));

    auto releases = m_workspace.releases().list(serviceId);
    if (releases.ok()) {
        QList<core::Release> newestFirst = *releases;
        std::reverse(newestFirst.begin(), newestFirst.end());
        for (const core::Release &release : newestFirst) {
            QString text = release.version;
            if (release.version == liveVersion)
                text = tr("%1 (live now)").arg(release.version);
            m_versions->addItem(text);
            const int row = m_versions->count() - 1;
            m_versions->setItemData(row, release.version, VersionRole);
            m_versions->setItemData(
                row,
                tr("Commit %1 · created %2")
                    .arg(release.commitSha.left(12), StatusText::dateTime(release.createdAt)),
                DescriptionRole);
        }
        // The newest release that is not live yet is the usual choice.
        const auto candidate = std::find_if(newestFirst.cbegin(), newestFirst.cend(),
                                            [&](const core::Release &r) { return r.version != liveVersion; });
        if (candidate != newestFirst.cend())
            m_versions->setCurrentIndex(int(candidate - newestFirst.cbegin()));
    }
    versionChosen();
}

void ChooseTargetPage::versionChosen()
{
    m_release->setText(m_versions->currentData(DescriptionRole).toString());
    Q_EMIT completeChanged();
}

} // namespace ui
