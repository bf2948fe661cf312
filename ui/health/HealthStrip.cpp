#include "HealthStrip.h"

#include <algorithm>

#include <QPainter>

#include "ui/Theme.h"
#include "ui/health/HealthDashboardModel.h"
#include "ui/health/HealthSeriesSource.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr int kBarWidth = 90;
constexpr int kBarHeight = 10;
constexpr qint64 kMaxHoldMs = 60 * 1000;

QColor toneOf(HealthDashboardModel::Band band)
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

HealthStrip::HealthStrip(
    HealthSeriesSource &source, core::EnvironmentId environment, QString slot, QWidget *parent, qint64 spanMs)
    : QWidget(parent)
    , m_environment(environment)
    , m_slot(std::move(slot))
    , m_spanMs(spanMs)
    , m_now(QDateTime::currentDateTimeUtc())
{
    setObjectName(u"healthStrip_"_s + m_slot);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto recent = source.samples(m_environment, m_slot, m_now.addMSecs(-m_spanMs), m_now);
    if (recent.ok()) {
        for (const core::HealthSample &sample : std::as_const(*recent))
            m_samples.push_back(sample);
    }
    connect(&source, &HealthSeriesSource::sampleAdded, this, &HealthStrip::take);
    updateTexts();
}

void HealthStrip::take(core::EnvironmentId environment, const core::HealthSample &sample)
{
    if (environment != m_environment || sample.slot != m_slot)
        return;
    m_samples.push_back(sample);
    trim(std::max(m_now, sample.time));
    updateTexts();
    update();
}

void HealthStrip::trim(const QDateTime &now)
{
    m_now = now;
    const QDateTime edge = m_now.addMSecs(-m_spanMs);
    while (!m_samples.empty() && m_samples.front().time < edge)
        m_samples.pop_front();
}

QString HealthStrip::text() const
{
    if (m_samples.empty())
        return tr("no samples yet");
    const auto good = std::count_if(m_samples.cbegin(), m_samples.cend(),
                                    [](const core::HealthSample &s) { return !s.isFailure(); });
    const double share = 100.0 * static_cast<double>(good) / static_cast<double>(m_samples.size());
    return tr("%1 % ok").arg(share, 0, 'f', share >= 99.95 || share < 0.05 ? 0 : 1);
}

QString HealthStrip::toolTipText() const
{
    int counts[3] = {0, 0, 0};
    for (const core::HealthSample &sample : m_samples)
        ++counts[static_cast<int>(HealthDashboardModel::bandOf(sample.status))];
    return tr("%1, last %2 min: %3 healthy, %4 degraded, %5 unhealthy or unanswered probes")
        .arg(m_slot)
        .arg(m_spanMs / 60000)
        .arg(counts[0])
        .arg(counts[1])
        .arg(counts[2]);
}

void HealthStrip::updateTexts()
{
    setToolTip(toolTipText());
    updateGeometry();
}

QSize HealthStrip::sizeHint() const
{
    return QSize(kBarWidth + 8 + fontMetrics().horizontalAdvance(tr("99.9 % ok")),
                 std::max(kBarHeight, fontMetrics().height()));
}

void HealthStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect bar(0, (height() - kBarHeight) / 2, kBarWidth, kBarHeight);
    painter.fillRect(bar, toneOf(HealthDashboardModel::Band::NoData));
    const qint64 toMs = m_now.toMSecsSinceEpoch();
    const qint64 fromMs = toMs - m_spanMs;
    const QList<core::HealthSample> samples(m_samples.cbegin(), m_samples.cend());
    for (const HealthDashboardModel::Segment &segment :
         HealthDashboardModel::bandSegments(samples, kMaxHoldMs, toMs)) {
        const double x0 = bar.left() + static_cast<double>(segment.fromMs - fromMs) /
                                           static_cast<double>(m_spanMs) * bar.width();
        const double x1 = bar.left() + static_cast<double>(segment.toMs - fromMs) /
                                           static_cast<double>(m_spanMs) * bar.width();
        painter.fillRect(QRectF(x0, bar.top(), std::max(1.0, x1 - x0), bar.height()), toneOf(segment.band));
    }
    painter.setPen(QColor(0xc9, 0xce, 0xd6));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(bar.right() + 8, 0, width() - bar.right() - 8, height()),
                     Qt::AlignVCenter | Qt::AlignLeft, text());
}

} // namespace ui
