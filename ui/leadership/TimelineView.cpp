#include "TimelineView.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include "core/incidents/TimelineEvent.h"
#include "ui/models/TimelineModel.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr double kMinMsPerPx = 50;                     // 1 px = 50 ms
constexpr double kMaxMsPerPx = 7.0 * 24 * 3600 * 1000; // 1 px = a week

// Tick spacing: the smallest "nice" step that leaves ≥ 110 px between labels.
qint64 tickStep(double msPerPx)
{
    static const qint64 steps[] = {1000,     5000,      10000,     30000,        60000,
                                   120000,   300000,    600000,    900000,       1800000,
                                   3600000,  7200000,   10800000,  21600000,     43200000,
                                   86400000, 172800000, 604800000, 2592000000LL, 31536000000LL};
    for (qint64 s : steps) {
        if (static_cast<double>(s) / msPerPx >= 110)
            return s;
    }
    return steps[std::size(steps) - 1];
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"timelineView"_s);
    setMouseTracking(true);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfb, 0xfb, 0xfc));
    setPalette(p);
    setCursor(Qt::OpenHandCursor);
    setFocusPolicy(Qt::WheelFocus);
}

TimelineView::~TimelineView() = default;

QStringList TimelineView::laneNames()
{
    return {tr("Deployments"), tr("Steps"), tr("Approvals"), tr("Health"), tr("Incident"), tr("Updates")};
}

int TimelineView::laneOf(int kind)
{
    switch (static_cast<core::TimelineKind>(kind)) {
    case core::TimelineKind::Deployment:
    case core::TimelineKind::Rollback:
    case core::TimelineKind::Release:
        return 0;
    case core::TimelineKind::Step:
    case core::TimelineKind::Log:
        return 1;
    case core::TimelineKind::Approval:
    case core::TimelineKind::Audit:
        return 2;
    case core::TimelineKind::Health:
        return 3;
    case core::TimelineKind::StatusChange:
    case core::TimelineKind::Note:
        return 4;
    case core::TimelineKind::Communication:
        break;
    }
    return 5;
}

void TimelineView::setModel(models::TimelineModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_fitted = false;
            fit();
        });
    }
    m_fitted = false;
    fit();
}

void TimelineView::setMarks(QList<Mark> marks)
{
    m_marks = std::move(marks);
    update();
}

QSize TimelineView::sizeHint() const
{
    return {900, axisHeight() + fontMetrics().height() * 3 * static_cast<int>(laneNames().size()) + 8};
}

QSize TimelineView::minimumSizeHint() const
{
    return {400, axisHeight() + (fontMetrics().height() * 2 + 8) * static_cast<int>(laneNames().size()) + 4};
}

int TimelineView::laneLabelWidth() const
{
    int w = 0;
    for (const QString &name : laneNames())
        w = std::max(w, fontMetrics().horizontalAdvance(name));
    return w + 24;
}

int TimelineView::laneHeight() const
{
    // Two label rows and the marker between them at least; more when there is room.
    const int lanes = static_cast<int>(laneNames().size());
    return std::clamp((height() - axisHeight() - 4) / lanes, fontMetrics().height() * 2 + 8,
                      fontMetrics().height() * 3);
}

int TimelineView::axisHeight() const
{
    return fontMetrics().height() * 2 + 8;
}

int TimelineView::xOf(qint64 ms) const
{
    return laneLabelWidth() + static_cast<int>(std::lround(static_cast<double>(ms - m_originMs) / m_msPerPx));
}

void TimelineView::fit()
{
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    auto take = [&](const QDateTime &t) {
        if (t.isValid()) {
            lo = std::min(lo, t.toMSecsSinceEpoch());
            hi = std::max(hi, t.toMSecsSinceEpoch());
        }
    };
    if (m_model) {
        for (const auto &e : m_model->events()) {
            take(e.at);
            take(e.end);
        }
    }
    for (const Mark &m : m_marks)
        take(m.at);
    if (lo > hi) {
        lo = QDateTime::currentMSecsSinceEpoch() - 3600000;
        hi = lo + 3600000;
    }
    const qint64 span = std::max<qint64>(hi - lo, 60000);
    const int plot = std::max(100, width() - laneLabelWidth() - 40);
    m_msPerPx = std::clamp(static_cast<double>(span) * 1.1 / plot, kMinMsPerPx, kMaxMsPerPx);
    m_originMs = lo - static_cast<qint64>(static_cast<double>(span) * 0.05);
    m_fitted = true;
    m_userAdjusted = false;
    Q_EMIT zoomChanged(m_msPerPx);
    update();
}

void TimelineView::zoomIn()
{
    zoomAround(0.5, laneLabelWidth() + (width() - laneLabelWidth()) / 2);
}

void TimelineView::zoomOut()
{
    zoomAround(2.0, laneLabelWidth() + (width() - laneLabelWidth()) / 2);
}

void TimelineView::zoomAround(double factor, int x)
{
    m_userAdjusted = true;
    const double anchor = static_cast<double>(m_originMs) + (x - laneLabelWidth()) * m_msPerPx;
    m_msPerPx = std::clamp(m_msPerPx * factor, kMinMsPerPx, kMaxMsPerPx);
    m_originMs = static_cast<qint64>(anchor - (x - laneLabelWidth()) * m_msPerPx);
    Q_EMIT zoomChanged(m_msPerPx);
    update();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_fitted || !m_userAdjusted)
        fit();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        zoomAround(std::pow(0.8, steps), static_cast<int>(event->position().x()));
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_userAdjusted = true;
        m_dragX = static_cast<int>(event->position().x());
        m_dragOrigin = m_originMs;
        setCursor(Qt::ClosedHandCursor);
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_originMs = m_dragOrigin -
                     static_cast<qint64>((static_cast<int>(event->position().x()) - m_dragX) * m_msPerPx);
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    Q_UNUSED(event)
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
}

int TimelineView::eventAt(const QPoint &pos) const
{
    for (auto it = m_hitBoxes.crbegin(); it != m_hitBoxes.crend(); ++it) {
        if (it->first.adjusted(-3, -3, 3, 3).contains(pos))
            return it->second;
    }
    return -1;
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = eventAt(help->pos());
        if (row >= 0) {
            const auto &e = m_model->eventAt(row);
            QToolTip::showText(help->globalPos(),
                               u"%1 · %2\n%3%4"_s.arg(e.at.toUTC().toString(u"HH:mm:ss"_s),
                                                      core::timelineKindLabel(e.kind), e.title,
                                                      e.detail.isEmpty() ? QString() : u"\n"_s + e.detail),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int left = laneLabelWidth();
    const int top = axisHeight();
    const int lh = laneHeight();
    const QStringList lanes = laneNames();
    m_hitBoxes.clear();

    // Lanes with their names.
    for (int i = 0; i < lanes.size(); ++i) {
        const QRect lane(0, top + i * lh, width(), lh);
        p.fillRect(lane, i % 2 == 0 ? QColor(0xf1, 0xf3, 0xf6) : QColor(0xfb, 0xfb, 0xfc));
        p.setPen(QColor(0x33, 0x38, 0x40));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRect(10, lane.top(), left - 14, lh), Qt::AlignVCenter | Qt::AlignLeft, lanes.at(i));
        p.setFont(font());
    }
    p.setPen(QColor(0xc8, 0xcc, 0xd2));
    p.drawLine(left, top, left, top + lh * static_cast<int>(lanes.size()));

    // Time axis.
    const qint64 step = tickStep(m_msPerPx);
    const qint64 leftMs = m_originMs;
    const qint64 rightMs = m_originMs + static_cast<qint64>((width() - left) * m_msPerPx);
    const bool showDate =
        step >= 3600000LL * 6 || QDateTime::fromMSecsSinceEpoch(leftMs, Qt::UTC).date() !=
                                     QDateTime::fromMSecsSinceEpoch(rightMs, Qt::UTC).date();
    for (qint64 t = (leftMs / step + 1) * step; t < rightMs; t += step) {
        const int x = xOf(t);
        p.setPen(QColor(0xe0, 0xe3, 0xe8));
        p.drawLine(x, top, x, top + lh * static_cast<int>(lanes.size()));
        p.setPen(QColor(0x50, 0x56, 0x5e));
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
        const QString label = step < 60000 ? dt.toString(u"HH:mm:ss"_s)
                              : showDate ? dt.toString(step >= 86400000 ? u"yyyy-MM-dd"_s : u"MM-dd HH:mm"_s)
                                         : dt.toString(u"HH:mm"_s);
        p.drawText(QRect(x - 60, top - fm.height() - 4, 120, fm.height()), Qt::AlignCenter, label);
    }

    p.setClipRect(QRect(left + 1, 0, width() - left, height()));
    // Incident marks: start, detected, mitigated, resolved. Labels close together share a line.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    const QFontMetrics sfm(small);
    QList<std::pair<int, QString>> markLabels; // x, text
    for (const Mark &m : m_marks) {
        if (!m.at.isValid())
            continue;
        const int x = xOf(m.at.toMSecsSinceEpoch());
        p.setPen(QPen(QColor(0x33, 0x38, 0x40), 2, Qt::DashLine));
        p.drawLine(x, top - 2, x, top + lh * static_cast<int>(lanes.size()));
        if (!markLabels.isEmpty() &&
            x - markLabels.constLast().first < sfm.horizontalAdvance(markLabels.constLast().second) + 8)
            markLabels.last().second += u", "_s + m.label;
        else
            markLabels.append({x, m.label});
    }
    p.setFont(small);
    p.setPen(QColor(0x22, 0x22, 0x22));
    for (const auto &[x, text] : markLabels)
        p.drawText(QPoint(x + 4, 2 + sfm.ascent()), text);
    p.setFont(font());

    if (!m_model)
        return;
    // Events. Labels go on one of two rows per lane; a label that would overlap the one before it on
    // its row is left out (the tooltip and the table still have it).
    QList<int> labelEnd(lanes.size() * 2, std::numeric_limits<int>::min());
    const auto &events = m_model->events();
    for (int row = 0; row < events.size(); ++row) {
        const core::TimelineEvent &e = events.at(row);
        const int lane = laneOf(static_cast<int>(e.kind));
        const int laneTop = top + lane * lh;
        const QColor color = models::TimelineModel::colorOf(e.kind);
        const int x = xOf(e.at.toMSecsSinceEpoch());
        const int mid = laneTop + lh / 2;
        QRect box;
        if (e.end.isValid() && e.end > e.at) {
            const int x2 = std::max(x + 6, xOf(e.end.toMSecsSinceEpoch()));
            box = QRect(x, mid - 7, x2 - x, 14);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRoundedRect(box, 4, 4);
        } else {
            box = QRect(x - 7, mid - 7, 14, 14);
            p.setPen(QPen(Qt::white, 2));
            p.setBrush(color);
            if (e.kind == core::TimelineKind::StatusChange || e.kind == core::TimelineKind::Communication) {
                QPainterPath diamond;
                diamond.moveTo(x, mid - 8);
                diamond.lineTo(x + 8, mid);
                diamond.lineTo(x, mid + 8);
                diamond.lineTo(x - 8, mid);
                diamond.closeSubpath();
                p.drawPath(diamond);
            } else {
                p.drawEllipse(QPoint(x, mid), 7, 7);
            }
        }
        if (e.outcome == u"bad") {
            p.setPen(QPen(QColor(0xd6, 0x45, 0x41), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box.adjusted(-3, -3, 3, 3));
        }
        m_hitBoxes.append({box, row});
        // The label: kind and title, in the kind's colour, above or below the marker.
        // Titles that already say what they are (steps, status changes, updates) go as they are.
        const QString kindLabel = core::timelineKindLabel(e.kind);
        const bool selfDescribing = e.kind == core::TimelineKind::Step || e.kind == core::TimelineKind::Log ||
                                    e.kind == core::TimelineKind::StatusChange ||
                                    e.kind == core::TimelineKind::Communication ||
                                    e.title.startsWith(kindLabel, Qt::CaseInsensitive) ||
                                    e.title.contains(kindLabel, Qt::CaseInsensitive);
        const QString text = selfDescribing ? e.title : kindLabel + u": "_s + e.title;
        const int labelWidth = std::min(fm.horizontalAdvance(text), 420);
        for (int slot = 0; slot < 2; ++slot) {
            int &end = labelEnd[lane * 2 + slot];
            if (x - 2 <= end)
                continue;
            const int y = slot == 0 ? laneTop + 2 : mid + 9;
            const QRect label(x - 2, y, labelWidth + 4, fm.height());
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 200));
            p.drawRect(label);
            p.setPen(color.darker(130));
            p.drawText(label.adjusted(2, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(text, Qt::ElideRight, labelWidth));
            end = label.right() + 8;
            break;
        }
    }
}

} // namespace ui
