#include "StatusBand.h"

#include <algorithm>

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr int kRowGap = 4;
constexpr int kLegendGap = 6;

QColor bandColor(HealthDashboardModel::Band band)
{
    switch (band) {
    case HealthDashboardModel::Band::Healthy:
        return Theme::color(Theme::Tone::Good);
    case HealthDashboardModel::Band::Degraded:
        return Theme::color(Theme::Tone::Warning);
    case HealthDashboardModel::Band::Unhealthy:
        return Theme::color(Theme::Tone::Bad);
    case HealthDashboardModel::Band::NoData:
        break;
    }
    return QColor(0xee, 0xf0, 0xf3);
}

} // namespace

StatusBand::StatusBand(const HealthDashboardModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"statusBand"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void StatusBand::setPlotSpan(int left, int right)
{
    if (left == m_left && right == m_right)
        return;
    m_left = left;
    m_right = right;
    updateGeometry();
    update();
}

int StatusBand::rowHeight() const
{
    return fontMetrics().height() + 4;
}

int StatusBand::rowTop(int row) const
{
    return row * (rowHeight() + kRowGap);
}

QSize StatusBand::sizeHint() const
{
    const auto rows = static_cast<int>(std::max<qsizetype>(1, m_model.series().size()));
    return QSize(400, rowTop(rows) + kLegendGap + fontMetrics().height() + 2);
}

double StatusBand::xOf(qint64 ms) const
{
    const qint64 from = m_model.from().toMSecsSinceEpoch();
    const qint64 to = m_model.to().toMSecsSinceEpoch();
    const int right = m_right > m_left ? m_right : width();
    if (to <= from)
        return m_left;
    return m_left + static_cast<double>(ms - from) / static_cast<double>(to - from) * (right - m_left);
}

void StatusBand::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics metrics = fontMetrics();
    const int right = m_right > m_left ? m_right : width();
    const auto &all = m_model.series();
    for (int row = 0; row < all.size(); ++row) {
        const HealthDashboardModel::SlotSeries &series = all.at(row);
        const QRect track(m_left, rowTop(row), right - m_left, rowHeight());
        painter.setPen(Theme::slotColor(series.slot).darker(110));
        QFont bold = font();
        bold.setBold(true);
        const QRect nameBox(0, track.top(), std::max(0, m_left - 6), track.height());
        const bool fits = QFontMetrics(bold).horizontalAdvance(series.slot) <= nameBox.width();
        painter.setFont(fits ? bold : font());
        painter.drawText(nameBox, Qt::AlignRight | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(series.slot, Qt::ElideRight, nameBox.width()));
        painter.setFont(font());
        painter.fillRect(track, bandColor(HealthDashboardModel::Band::NoData));
        for (const HealthDashboardModel::Segment &segment : series.band) {
            const double x0 = std::max<double>(xOf(segment.fromMs), track.left());
            const double x1 = std::min<double>(xOf(segment.toMs), track.right() + 1);
            if (x1 <= track.left() || x0 >= track.right() + 1)
                continue;
            const QRectF box(x0, track.top(), std::max(1.0, x1 - x0), track.height());
            painter.fillRect(box, bandColor(segment.band));
            const QString text = HealthDashboardModel::bandText(segment.band);
            if (box.width() > metrics.horizontalAdvance(text) + 8) {
                painter.setPen(segment.band == HealthDashboardModel::Band::Degraded ? QColor(0x3a, 0x2a, 0x00)
                                                                                    : Qt::white);
                painter.drawText(box, Qt::AlignCenter, text);
            }
        }
        if (series.samples.isEmpty()) {
            painter.setPen(QColor(0x5f, 0x67, 0x73));
            painter.drawText(track, Qt::AlignCenter, tr("no samples in this range"));
        }
    }

    // Legend: the words, each after its colour.
    int x = m_left;
    const int y = rowTop(static_cast<int>(std::max<qsizetype>(1, all.size()))) + kLegendGap;
    const int box = metrics.height() - 4;
    for (const auto band : {HealthDashboardModel::Band::Healthy, HealthDashboardModel::Band::Degraded,
                            HealthDashboardModel::Band::Unhealthy, HealthDashboardModel::Band::NoData}) {
        painter.fillRect(QRect(x, y + 2, box, box), bandColor(band));
        painter.setPen(QColor(0xb0, 0xb6, 0xbf));
        painter.drawRect(QRect(x, y + 2, box, box));
        painter.setPen(palette().color(QPalette::WindowText));
        const QString text = HealthDashboardModel::bandText(band);
        painter.drawText(QPoint(x + box + 5, y + metrics.ascent()), text);
        x += box + 5 + metrics.horizontalAdvance(text) + 16;
    }
}

QString StatusBand::textAt(const QPoint &pos) const
{
    const auto &all = m_model.series();
    for (int row = 0; row < all.size(); ++row) {
        if (pos.y() < rowTop(row) || pos.y() >= rowTop(row) + rowHeight())
            continue;
        const HealthDashboardModel::SlotSeries &series = all.at(row);
        for (const HealthDashboardModel::Segment &segment : series.band) {
            if (pos.x() >= xOf(segment.fromMs) - 0.5 && pos.x() <= xOf(segment.toMs) + 0.5) {
                const auto time = [](qint64 ms) {
                    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"MMM d HH:mm:ss"_s);
                };
                return tr("%1 · %2 · %3 – %4 UTC")
                    .arg(series.slot, HealthDashboardModel::bandText(segment.band), time(segment.fromMs),
                         time(segment.toMs));
            }
        }
        if (pos.x() >= m_left && pos.x() <= (m_right > m_left ? m_right : width()))
            return tr("%1 · %2").arg(series.slot,
                                     HealthDashboardModel::bandText(HealthDashboardModel::Band::NoData));
    }
    return {};
}

bool StatusBand::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = textAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace ui
