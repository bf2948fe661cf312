#pragma once

#include <optional>

#include <QChartView>
#include <QHash>
#include <QList>

#include "core/health/HealthSample.h"
#include "ui/health/HealthDashboardModel.h"

class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;
class QXYSeries;

namespace ui {

// One chart of the health dashboard over a HealthDashboardModel: latency (p50 and p95 per slot) or
// error rate (per slot), with the trigger threshold as a dashed line named in the legend, deployment
// and rollback markers as labelled vertical lines, and a tooltip with the exact sample under the mouse.
// rebuild() makes the series anew (other slots, range or environment); refresh() brings the existing
// series up to date, appending or replacing only the tail where the points allow it.
class HealthChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthChart)

public:
    enum class Kind
    {
        Latency,
        ErrorRate
    };
    // How refresh() brought a series up to date.
    enum class Sync
    {
        Unchanged,
        Appended,     // kept the old points (less what slid out of range), appended new ones
        ReplacedTail, // as Appended, and the last old point changed (a bucket took a sample)
        Replaced      // all points replaced (e.g. thinned differently)
    };
    struct Hover
    {
        core::HealthSample sample;
        QString text;
    };

    HealthChart(Kind kind, const HealthDashboardModel &model, QWidget *parent = nullptr);

    [[nodiscard]] Kind kind() const { return m_kind; }
    void rebuild();
    void refresh();
    // The plot area's width in pixels: what the model thins series to.
    [[nodiscard]] int plotWidth() const;
    // The sample nearest to a point of this view (in the view's coordinates), if it is over the plot.
    [[nodiscard]] std::optional<Hover> hoverAt(const QPoint &viewPos) const;
    // The series of a slot: LatencyP50 / LatencyP95 in a latency chart, ErrorRate in an error chart.
    [[nodiscard]] QLineSeries *seriesOf(const QString &slot, HealthDashboardModel::Metric metric) const;
    [[nodiscard]] QLineSeries *thresholdSeries() const { return m_threshold; }
    [[nodiscard]] QStringList markerLabels() const;
    // How the last refresh() synced each series, by series name (tests and the benchmark read it).
    [[nodiscard]] const QHash<QString, Sync> &lastSync() const { return m_lastSync; }

    static Sync syncSeries(QXYSeries *series, const QList<QPointF> &points);

Q_SIGNALS:
    // The hover text, empty when the mouse leaves the samples.
    void hovered(const QString &text);
    void plotWidthChanged(int pixels);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct SlotLines
    {
        QString slot;
        QLineSeries *primary = nullptr;   // p95 or error rate
        QLineSeries *secondary = nullptr; // p50 (latency only)
    };

    void updateAxes();
    void updateMarkers();
    void placeMarkerLabels();
    void checkPlotWidth();
    [[nodiscard]] QList<HealthDashboardModel::Metric> metrics() const;
    [[nodiscard]] double thresholdValue() const;

    Kind m_kind;
    const HealthDashboardModel &m_model;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QLineSeries *m_threshold = nullptr;
    QList<SlotLines> m_lines;
    QList<QLineSeries *> m_markerLines;
    QList<QGraphicsSimpleTextItem *> m_markerTexts;
    QHash<QString, Sync> m_lastSync;
    int m_lastPlotWidth = 0;
};

} // namespace ui
