#pragma once

#include <deque>

#include <QWidget>

#include "core/health/HealthSample.h"
#include "core/model/Ids.h"

namespace ui {

class HealthSeriesSource;

// A compact health strip for an environment card: one slot's recent status (the last 15 minutes by
// default) as coloured segments, with the share of good samples written next to it and the counts in
// a tooltip. Fed by a HealthSeriesSource, live.
class HealthStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthStrip)

public:
    static constexpr qint64 kDefaultSpanMs = 15 * 60 * 1000;

    HealthStrip(HealthSeriesSource &source,
                core::EnvironmentId environment,
                QString slot,
                QWidget *parent = nullptr,
                qint64 spanMs = kDefaultSpanMs);

    // The words next to the strip ("100 % ok", "97.5 % ok", "no samples yet"); the tooltip names the span.
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString toolTipText() const;
    [[nodiscard]] qsizetype sampleCount() const { return static_cast<qsizetype>(m_samples.size()); }

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void take(core::EnvironmentId environment, const core::HealthSample &sample);
    void trim(const QDateTime &now);
    void updateTexts();

    core::EnvironmentId m_environment;
    QString m_slot;
    qint64 m_spanMs;
    std::deque<core::HealthSample> m_samples;
    QDateTime m_now;
};

} // namespace ui
