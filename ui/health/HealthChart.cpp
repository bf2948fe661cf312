#include "HealthChart.h"

#include <algorithm>
#include <cmath>

#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

using Metric = HealthDashboardModel::Metric;

constexpr double kLatencyThresholdReach = 3.0; // a threshold further above the data stays off the scale

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::LatencyP50:
        return u"p50"_s;
    case Metric::LatencyP95:
        return u"p95"_s;
    case Metric::ErrorRate:
        break;
    }
    return u"errors"_s;
}

QString durationText(qint64 ms)
{
    if (ms % 60000 == 0)
        return HealthChart::tr("%1 min").arg(ms / 60000);
    return HealthChart::tr("%1 s").arg(ms / 1000);
}

QString dateFormat(HealthRange range)
{
    switch (range) {
    case HealthRange::FifteenMinutes:
    case HealthRange::OneHour:
        return u"HH:mm:ss"_s;
    case HealthRange::SixHours:
    case HealthRange::OneDay:
        return u"HH:mm"_s;
    case HealthRange::SevenDays:
        return u"ddd HH:mm"_s;
    case HealthRange::ThirtyDays:
        break;
    }
    return u"MMM d"_s;
}

} // namespace

HealthChart::HealthChart(Kind kind, const HealthDashboardModel &model, QWidget *parent)
    : QChartView(parent)
    , m_kind(kind)
    , m_model(model)
    , m_axisX(new QDateTimeAxis)
    , m_axisY(new QValueAxis)
{
    setObjectName(kind == Kind::Latency ? u"latencyChart"_s : u"errorRateChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(220);

    auto *chart = new QChart;
    chart->setTitle(kind == Kind::Latency ? tr("Latency (p50 thin, p95 thick), ms") : tr("Error rate, %"));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 2, 8, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    m_axisX->setTickCount(7);
    m_axisY->setMinorTickCount(1);
    QPen grid = m_axisY->gridLinePen();
    grid.setColor(QColor(0xe3, 0xe7, 0xec));
    m_axisY->setGridLinePen(grid);
    m_axisX->setGridLinePen(grid);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    setChart(chart);
    connect(chart, &QChart::plotAreaChanged, this, &HealthChart::placeMarkerLabels);
    connect(chart, &QChart::plotAreaChanged, this, &HealthChart::checkPlotWidth);
}

QList<Metric> HealthChart::metrics() const
{
    if (m_kind == Kind::Latency)
        return {Metric::LatencyP95, Metric::LatencyP50};
    return {Metric::ErrorRate};
}

double HealthChart::thresholdValue() const
{
    return m_kind == Kind::Latency ? static_cast<double>(m_model.thresholds().p95LatencyMs)
                                   : 100.0 * m_model.thresholds().errorRate;
}

void HealthChart::rebuild()
{
    QChart *c = chart();
    for (QLineSeries *marker : std::as_const(m_markerLines))
        c->removeSeries(marker);
    qDeleteAll(m_markerLines);
    m_markerLines.clear();
    qDeleteAll(m_markerTexts);
    m_markerTexts.clear();
    c->removeAllSeries();
    m_lines.clear();
    m_threshold = nullptr;

    for (const QString &slot : m_model.slotNames()) {
        SlotLines lines;
        lines.slot = slot;
        const QColor color = Theme::slotColor(slot);
        for (const Metric metric : metrics()) {
            auto *series = new QLineSeries;
            series->setObjectName(slot + u'_' + metricName(metric));
            QPen pen(color);
            if (metric == Metric::LatencyP50) {
                QColor light = color;
                light.setAlpha(170);
                pen.setColor(light);
                pen.setWidthF(1.2);
                series->setName(tr("%1 p50").arg(slot));
                lines.secondary = series;
            } else {
                pen.setWidthF(2.2);
                series->setName(m_kind == Kind::Latency ? tr("%1 p95").arg(slot) : tr("%1 errors").arg(slot));
                lines.primary = series;
            }
            series->setPen(pen);
            c->addSeries(series);
            series->attachAxis(m_axisX);
            series->attachAxis(m_axisY);
        }
        m_lines << lines;
    }

    m_threshold = new QLineSeries;
    m_threshold->setObjectName(u"threshold"_s);
    QPen dashed(Theme::color(Theme::Tone::Bad));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    m_threshold->setPen(dashed);
    c->addSeries(m_threshold);
    m_threshold->attachAxis(m_axisX);
    m_threshold->attachAxis(m_axisY);
    refresh();
}

void HealthChart::refresh()
{
    m_lastSync.clear();
    for (const SlotLines &lines : std::as_const(m_lines)) {
        for (const Metric metric : metrics()) {
            QLineSeries *series = metric == Metric::LatencyP50 ? lines.secondary : lines.primary;
            m_lastSync.insert(series->objectName(), syncSeries(series, m_model.points(lines.slot, metric)));
        }
    }
    updateAxes();
    updateMarkers();
}

HealthChart::Sync HealthChart::syncSeries(QXYSeries *series, const QList<QPointF> &points)
{
    const QList<QPointF> old = series->points();
    qsizetype drop = 0;
    if (!points.isEmpty()) {
        while (drop < old.size() && old.at(drop).x() < points.constFirst().x())
            ++drop;
    }
    const qsizetype kept = old.size() - drop;
    qsizetype common = 0;
    while (common < kept && common < points.size() && old.at(drop + common) == points.at(common))
        ++common;
    if (kept > 0 && points.size() >= kept && common >= kept - 1) {
        if (drop > 0)
            series->removePoints(0, int(drop));
        Sync sync = Sync::Unchanged;
        if (common == kept - 1) {
            series->replace(int(kept - 1), points.at(kept - 1));
            sync = Sync::ReplacedTail;
        }
        if (points.size() > kept) {
            series->append(points.mid(kept));
            if (sync == Sync::Unchanged)
                sync = Sync::Appended;
        }
        if (sync == Sync::Unchanged && drop > 0)
            sync = Sync::Appended;
        return sync;
    }
    if (old.isEmpty() && points.isEmpty())
        return Sync::Unchanged;
    series->replace(points);
    return Sync::Replaced;
}

void HealthChart::updateAxes()
{
    m_axisX->setFormat(dateFormat(m_model.range()));
    m_axisX->setRange(m_model.from().toLocalTime(), m_model.to().toLocalTime());

    double dataMax = 0;
    for (const SlotLines &lines : std::as_const(m_lines)) {
        for (const QPointF &p : lines.primary->points())
            dataMax = std::max(dataMax, p.y());
    }
    const double threshold = thresholdValue();
    const bool hasThreshold =
        m_kind == Kind::Latency ? m_model.thresholds().hasP95Latency : m_model.thresholds().hasErrorRate;
    double top = 0;
    bool offScale = false;
    if (m_kind == Kind::Latency) {
        top = std::max(dataMax * 1.15, 10.0);
        if (hasThreshold && threshold <= top * kLatencyThresholdReach)
            top = std::max(top, threshold * 1.1);
        else if (hasThreshold)
            offScale = true;
    } else {
        top = std::min(std::max(dataMax * 1.15, hasThreshold ? threshold * 1.6 : 5.0), 100.0);
    }
    // Whole numbers, unless the error-rate scale is small (a threshold under about 3 %).
    m_axisY->setLabelFormat(m_kind == Kind::ErrorRate && top < 5 ? u"%.1f"_s : u"%.0f"_s);
    m_axisY->setRange(0, top);
    m_axisY->applyNiceNumbers();

    const qint64 window =
        m_kind == Kind::Latency ? m_model.thresholds().latencyWindowMs : m_model.thresholds().errorWindowMs;
    QString name = m_kind == Kind::Latency ? tr("rollback threshold: p95 over %L1 ms for %2")
                                                 .arg(m_model.thresholds().p95LatencyMs)
                                                 .arg(durationText(window))
                                           : tr("rollback threshold: errors over %L1 % for %2")
                                                 .arg(threshold, 0, 'g', 3)
                                                 .arg(durationText(window));
    if (offScale)
        name = tr("%1 (above this scale)").arg(name);
    if (!hasThreshold)
        name = m_kind == Kind::Latency ? tr("no rollback trigger on p95 latency")
                                       : tr("no rollback trigger on the error rate");
    if (m_threshold->name() != name)
        m_threshold->setName(name);
    const auto fromX = static_cast<double>(m_model.from().toMSecsSinceEpoch());
    const auto toX = static_cast<double>(m_model.to().toMSecsSinceEpoch());
    const QList<QPointF> line =
        offScale || !hasThreshold ? QList<QPointF>() : QList<QPointF>{{fromX, threshold}, {toX, threshold}};
    if (m_threshold->points() != line)
        m_threshold->replace(line);
}

void HealthChart::updateMarkers()
{
    const QList<HealthMarker> &markers = m_model.markers();
    const double top = m_axisY->max();
    bool same = markers.size() == m_markerLines.size();
    for (qsizetype i = 0; same && i < markers.size(); ++i) {
        const QList<QPointF> pts = m_markerLines.at(i)->points();
        same = pts.size() == 2 &&
               pts.at(0).x() == static_cast<double>(markers.at(i).time.toMSecsSinceEpoch()) &&
               pts.at(1).y() == top && m_markerTexts.at(i)->text() == markers.at(i).label;
    }
    if (same) {
        placeMarkerLabels();
        return;
    }
    QChart *c = chart();
    for (QLineSeries *line : std::as_const(m_markerLines)) {
        c->removeSeries(line);
        delete line;
    }
    m_markerLines.clear();
    qDeleteAll(m_markerTexts);
    m_markerTexts.clear();
    QFont font = c->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    for (const HealthMarker &marker : markers) {
        const auto x = static_cast<double>(marker.time.toMSecsSinceEpoch());
        auto *line = new QLineSeries;
        line->setObjectName(u"marker"_s);
        line->setName(marker.label);
        const QColor color = marker.kind == HealthMarker::Kind::Rollback ? Theme::color(Theme::Tone::Warning)
                                                                         : QColor(0x4a, 0x52, 0x5e);
        QPen pen(color);
        pen.setStyle(marker.succeeded ? Qt::DashLine : Qt::DotLine);
        pen.setWidthF(1.3);
        line->setPen(pen);
        line->append(x, 0);
        line->append(x, top);
        c->addSeries(line);
        line->attachAxis(m_axisX);
        line->attachAxis(m_axisY);
        for (QLegendMarker *legend : c->legend()->markers(line))
            legend->setVisible(false);
        m_markerLines << line;
        auto *text = new QGraphicsSimpleTextItem(marker.label, c);
        text->setFont(font);
        text->setBrush(color.darker(130));
        text->setZValue(20);
        m_markerTexts << text;
    }
    placeMarkerLabels();
}

void HealthChart::placeMarkerLabels()
{
    const QRectF plot = chart()->plotArea();
    for (qsizetype i = 0; i < m_markerLines.size(); ++i) {
        const QList<QPointF> pts = m_markerLines.at(i)->points();
        QGraphicsSimpleTextItem *text = m_markerTexts.at(i);
        if (pts.isEmpty()) {
            text->hide();
            continue;
        }
        const QPointF top =
            chart()->mapToPosition(QPointF(pts.at(0).x(), m_axisY->max()), m_markerLines.at(i));
        const QRectF box = text->boundingRect();
        double x = top.x() + 3;
        if (x + box.width() > plot.right())
            x = top.x() - 3 - box.width(); // near the right edge: to the left of the line
        const double y = plot.top() + 2 + static_cast<double>(i % 3) * (box.height() + 1);
        text->setPos(x, y);
        text->setVisible(top.x() >= plot.left() - 0.5 && top.x() <= plot.right() + 0.5);
    }
}

int HealthChart::plotWidth() const
{
    return std::max(3, static_cast<int>(std::floor(chart()->plotArea().width())));
}

void HealthChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    checkPlotWidth();
}

void HealthChart::checkPlotWidth()
{
    const int width = plotWidth();
    if (width != m_lastPlotWidth) {
        m_lastPlotWidth = width;
        Q_EMIT plotWidthChanged(width);
    }
}

QLineSeries *HealthChart::seriesOf(const QString &slot, Metric metric) const
{
    for (const SlotLines &lines : m_lines) {
        if (lines.slot == slot)
            return metric == Metric::LatencyP50 ? lines.secondary : lines.primary;
    }
    return nullptr;
}

QStringList HealthChart::markerLabels() const
{
    QStringList labels;
    for (const QGraphicsSimpleTextItem *text : m_markerTexts)
        labels << text->text();
    return labels;
}

std::optional<HealthChart::Hover> HealthChart::hoverAt(const QPoint &viewPos) const
{
    const QPointF chartPos = chart()->mapFromScene(mapToScene(viewPos));
    if (!chart()->plotArea().contains(chartPos) || m_lines.isEmpty())
        return std::nullopt;
    const QPointF value = chart()->mapToValue(chartPos, m_lines.constFirst().primary);
    const auto ms = static_cast<qint64>(value.x());
    const double msPerPixel =
        static_cast<double>(m_model.to().toMSecsSinceEpoch() - m_model.from().toMSecsSinceEpoch()) /
        std::max(1.0, chart()->plotArea().width());
    const qint64 tolerance = std::max(m_model.bucketMs(), static_cast<qint64>(msPerPixel * 8));

    std::optional<Hover> best;
    double bestDistance = 0;
    for (const SlotLines &lines : m_lines) {
        const auto sample = m_model.sampleNear(lines.slot, ms, tolerance);
        if (!sample)
            continue;
        const auto bucket = m_model.bucketAt(lines.slot, sample->time.toMSecsSinceEpoch());
        if (!bucket)
            continue;
        QList<double> values;
        if (m_kind == Kind::Latency) {
            if (bucket->p95)
                values << static_cast<double>(*bucket->p95);
            if (bucket->p50)
                values << static_cast<double>(*bucket->p50);
        } else {
            values << 100.0 * bucket->errorRate;
        }
        for (const double y : std::as_const(values)) {
            const QPointF at =
                chart()->mapToPosition(QPointF(static_cast<double>(bucket->startMs), y), lines.primary);
            const double distance = std::abs(at.y() - chartPos.y());
            if (!best || distance < bestDistance) {
                bestDistance = distance;
                const QString p50 = bucket->p50 ? tr("%1 ms").arg(*bucket->p50) : tr("n/a");
                const QString p95 = bucket->p95 ? tr("%1 ms").arg(*bucket->p95) : tr("n/a");
                const QString summary = tr("%1 bucket from %2: p50 %3 · p95 %4 · errors %5 % (%6 of %7)")
                                            .arg(durationText(m_model.bucketMs()),
                                                 QDateTime::fromMSecsSinceEpoch(bucket->startMs, Qt::UTC)
                                                     .toString(u"HH:mm:ss 'UTC'"_s),
                                                 p50, p95)
                                            .arg(100.0 * bucket->errorRate, 0, 'f', 1)
                                            .arg(bucket->failures)
                                            .arg(bucket->samples);
                best = Hover{*sample, HealthDashboardModel::describe(*sample) + u'\n' + summary};
            }
        }
    }
    return best;
}

void HealthChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const auto hover = hoverAt(event->position().toPoint());
    if (hover) {
        QToolTip::showText(event->globalPosition().toPoint(), hover->text, this);
        Q_EMIT hovered(hover->text);
    } else {
        QToolTip::hideText();
        Q_EMIT hovered(QString());
    }
}

void HealthChart::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    Q_EMIT hovered(QString());
}

} // namespace ui
