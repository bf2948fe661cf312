#pragma once

#include <functional>

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include "core/health/HealthSample.h"
#include "core/model/Ids.h"
#include "ui/health/HealthDashboardModel.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QVBoxLayout;

namespace ui {

class HealthChart;
class HealthSeriesSource;
class StatusBand;

// The health dashboard of one environment at a time: latency (p50 / p95 per slot) and error rate per
// slot over 15 min … 30 d with the rollback-trigger thresholds, deployment and rollback markers and a
// status band; a line per slot with the figures the triggers read now; the exact sample under the mouse.
// Live: new samples of the source go into the charts as they arrive.
class HealthDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthDashboard)

public:
    struct EnvironmentEntry
    {
        QString name;
        core::EnvironmentId id = 0;
    };

    explicit HealthDashboard(HealthSeriesSource &source, QWidget *parent = nullptr);

    void setEnvironments(const QList<EnvironmentEntry> &environments);
    void showEnvironment(core::EnvironmentId environment);
    void setRange(HealthRange range);
    // Where "now" comes from (tests pin it); the system clock by default.
    void setClock(std::function<QDateTime()> clock);

    [[nodiscard]] const HealthDashboardModel &model() const { return m_model; }
    [[nodiscard]] HealthChart *latencyChart() const { return m_latency; }
    [[nodiscard]] HealthChart *errorRateChart() const { return m_errors; }
    [[nodiscard]] StatusBand *statusBand() const { return m_band; }
    // The text under the charts: the hovered sample, or a hint.
    [[nodiscard]] QString hoverText() const;

public Q_SLOTS:
    // Reads everything for the current environment and range again.
    void reload();

private:
    void takeSample(core::EnvironmentId environment, const core::HealthSample &sample);
    void takeMarkers(core::EnvironmentId environment);
    void plotWidthChanged();
    void alignBand();
    void updateSummaries();
    void showHover(const QString &text);

    HealthSeriesSource &m_source;
    HealthDashboardModel m_model;
    std::function<QDateTime()> m_clock;
    QLabel *m_title;
    QComboBox *m_environments;
    QButtonGroup *m_ranges;
    QLabel *m_status;
    QVBoxLayout *m_summaryLayout;
    QHash<QString, QLabel *> m_summaries;
    HealthChart *m_latency;
    HealthChart *m_errors;
    StatusBand *m_band;
    QLabel *m_hover;
    bool m_widthPending = false;
};

} // namespace ui
