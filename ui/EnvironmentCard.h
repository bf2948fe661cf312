#pragma once

#include <QFrame>
#include <QHash>

#include "core/model/Environment.h"
#include "core/model/Slot.h"
#include "ui/HealthSummary.h"

class QGridLayout;
class QLabel;
class QPushButton;

namespace ui {

class HealthSeriesSource;

// One environment at a glance: its name, router URL, and for each slot its LIVE / STANDBY badge,
// version and health (dot + words). Deploy and roll back start from here too.
class EnvironmentCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentCard)

public:
    // `lookupName` is how core finds the environment (its name, or "service/name" with several services);
    // `router` the URL users reach it through (or why it is unknown).
    EnvironmentCard(const core::Environment &environment,
                    const QString &lookupName,
                    const QString &router,
                    QWidget *parent = nullptr);

    [[nodiscard]] core::EnvironmentId environmentId() const { return m_environmentId; }
    [[nodiscard]] QString lookupName() const { return m_lookupName; }

    // Where the compact health strips of the slots read from (none without); set before setSlots().
    void setHealthSource(HealthSeriesSource *source);
    void setSlots(const QList<core::Slot> &slotList);
    void setHealth(const QString &slot, const HealthSummary &health);
    // The version a slot runs, as the card shows it (empty if there is no such slot).
    [[nodiscard]] QString versionOf(const QString &slot) const;

Q_SIGNALS:
    void deployRequested(const QString &environment);
    void rollbackRequested(const QString &environment);
    void healthRequested(core::EnvironmentId environment);

private:
    struct SlotRow
    {
        QString version;
        QLabel *healthDot = nullptr;
        QLabel *healthText = nullptr;
    };

    void clearSlots();
    void addSlotRow(int row, const core::Slot &slot);

    core::EnvironmentId m_environmentId;
    QString m_lookupName;
    QGridLayout *m_slotGrid;
    QPushButton *m_rollbackButton;
    QHash<QString, SlotRow> m_slotRows;
    HealthSeriesSource *m_healthSource = nullptr;
};

} // namespace ui
