#pragma once

#include <optional>

#include <QWidget>

#include "ui/health/HealthDashboardModel.h"

namespace ui {

// The status band under the charts: one row per slot, coloured segments with their status written in
// them where they are wide enough (and in a tooltip), a light track where nothing is known, and a legend
// of the words. Its time axis lines up with the charts' plot area through setPlotSpan().
class StatusBand final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBand)

public:
    explicit StatusBand(const HealthDashboardModel &model, QWidget *parent = nullptr);

    // The x range (in this widget's coordinates) the model's time range maps to.
    void setPlotSpan(int left, int right);
    // What the band shows at a point: "blue · degraded · 12:00:05 – 12:00:40 UTC", empty if nothing.
    [[nodiscard]] QString textAt(const QPoint &pos) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] int rowTop(int row) const;
    [[nodiscard]] double xOf(qint64 ms) const;
    [[nodiscard]] int rowHeight() const;

    const HealthDashboardModel &m_model;
    int m_left = 80;
    int m_right = 0; // 0: the widget's width
};

} // namespace ui
