#pragma once

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

namespace ui {

namespace models {
class TimelineModel;
}

// A horizontal, zoomable timeline of one incident over a models::TimelineModel: one lane per group
// of kinds (deployments, steps, approvals, health, incident, updates) with the lane's name at the left,
// events coloured by kind and labelled with text, spans as bars, and the incident's start, detection,
// mitigation and resolution as labelled vertical lines. Wheel or +/− zooms around the pointer, drag
// pans, fit() shows everything. Large type: it is read across a room.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    struct Mark
    {
        QDateTime at;
        QString label;
    };

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setModel(models::TimelineModel *model);
    void setMarks(QList<Mark> marks);

    [[nodiscard]] double msPerPixel() const { return m_msPerPx; }
    [[nodiscard]] static int laneOf(int kind);
    [[nodiscard]] static QStringList laneNames();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void fit();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void zoomChanged(double msPerPixel);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void zoomAround(double factor, int x);
    [[nodiscard]] int laneLabelWidth() const;
    [[nodiscard]] int xOf(qint64 ms) const;
    [[nodiscard]] int laneHeight() const;
    [[nodiscard]] int axisHeight() const;
    [[nodiscard]] int eventAt(const QPoint &pos) const;

    QPointer<models::TimelineModel> m_model;
    QList<Mark> m_marks;
    qint64 m_originMs = 0; // time at the left edge of the plot
    double m_msPerPx = 1000;
    bool m_fitted = false;
    bool m_userAdjusted = false; // zoomed or panned by hand: a resize keeps the view
    bool m_dragging = false;
    int m_dragX = 0;
    qint64 m_dragOrigin = 0;
    // Where each event was drawn (for tooltips).
    QList<std::pair<QRect, int>> m_hitBoxes;
};

} // namespace ui
