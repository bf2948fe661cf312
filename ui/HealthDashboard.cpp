#include "HealthDashboard.h"

#include <algorithm>
#include <cmath>

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/health/RollingWindow.h"
#include "ui/Theme.h"
#include "ui/health/HealthChart.h"
#include "ui/health/HealthSeriesSource.h"
#include "ui/health/StatusBand.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr int kWidenByPx = 8;

// The trigger figures of one slot over the newest `windowMs` of its samples.
core::RollingWindow
windowOf(const HealthDashboardModel::SlotSeries &series, qint64 windowMs, const QDateTime &now)
{
    core::RollingWindow window(series.slot, windowMs);
    const qint64 edge = now.toMSecsSinceEpoch() - windowMs;
    qsizetype first = series.samples.size();
    while (first > 0 && series.samples.at(first - 1).time.toMSecsSinceEpoch() > edge)
        --first;
    for (qsizetype i = first; i < series.samples.size(); ++i)
        (void)window.add(series.samples.at(i));
    window.evictOlderThan(now);
    return window;
}

QString minutes(qint64 ms)
{
    return HealthDashboard::tr("%1 min").arg(ms / 60000);
}

} // namespace

HealthDashboard::HealthDashboard(HealthSeriesSource &source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_model(source)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_title(new QLabel(this))
    , m_environments(new QComboBox(this))
    , m_ranges(new QButtonGroup(this))
    , m_status(new QLabel(this))
    , m_summaryLayout(new QVBoxLayout)
    , m_latency(new HealthChart(HealthChart::Kind::Latency, m_model, this))
    , m_errors(new HealthChart(HealthChart::Kind::ErrorRate, m_model, this))
    , m_band(new StatusBand(m_model, this))
    , m_hover(new QLabel(this))
{
    setObjectName(u"healthDashboard"_s);
    setWindowTitle(tr("Health dashboard"));
    setWindowIcon(Theme::icon(u"switchyard"_s));

    m_title->setObjectName(u"dashboardTitle"_s);
    Theme::makeHeading(m_title, 1.3);
    m_environments->setObjectName(u"environmentCombo"_s);
    m_environments->setToolTip(tr("Environment"));
    connect(m_environments, &QComboBox::currentIndexChanged, this, [this] { reload(); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_environments);
    header->addStretch();
    auto *rangeLabel = new QLabel(tr("Range:"), this);
    header->addWidget(rangeLabel);
    m_ranges->setExclusive(true);
    for (const HealthRange range : HealthRanges::all()) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"range_"_s + QString::number(static_cast<int>(range)));
        button->setText(HealthRanges::label(range));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumWidth(46);
        button->setChecked(range == m_model.range());
        m_ranges->addButton(button, static_cast<int>(range));
        header->addWidget(button);
    }
    connect(m_ranges, &QButtonGroup::idClicked, this,
            [this](int id) { setRange(static_cast<HealthRange>(id)); });

    m_status->setObjectName(u"dashboardStatus"_s);
    m_status->setStyleSheet(u"color: #5f6773;"_s);
    m_summaryLayout->setSpacing(2);

    m_hover->setObjectName(u"hoverLabel"_s);
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hover->setFont(Theme::monospaceFont());
    m_hover->setMinimumHeight(m_hover->fontMetrics().height() * 5);
    m_hover->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hover->setStyleSheet(u"QLabel#hoverLabel { background: #f6f7f9; border: 1px solid #e3e7ec; "
                           u"border-radius: 4px; padding: 4px 8px; color: #2b3340; }"_s);
    showHover(QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addLayout(m_summaryLayout);
    layout->addWidget(m_latency, 3);
    layout->addWidget(m_errors, 2);
    layout->addWidget(m_band);
    layout->addWidget(m_hover);
    resize(1100, 820);

    for (HealthChart *chart : {m_latency, m_errors}) {
        connect(chart, &HealthChart::hovered, this, &HealthDashboard::showHover);
        connect(chart, &HealthChart::plotWidthChanged, this, &HealthDashboard::plotWidthChanged);
    }
    connect(m_latency->chart(), &QChart::plotAreaChanged, this, &HealthDashboard::alignBand);
    connect(m_latency->chart(), &QChart::plotAreaChanged, this, &HealthDashboard::plotWidthChanged);
    connect(m_errors->chart(), &QChart::plotAreaChanged, this, &HealthDashboard::plotWidthChanged);
    connect(&m_source, &HealthSeriesSource::sampleAdded, this, &HealthDashboard::takeSample);
    connect(&m_source, &HealthSeriesSource::markersChanged, this, &HealthDashboard::takeMarkers);
}

void HealthDashboard::setEnvironments(const QList<EnvironmentEntry> &environments)
{
    const QSignalBlocker blocker(m_environments);
    const QVariant current = m_environments->currentData();
    m_environments->clear();
    for (const EnvironmentEntry &entry : environments)
        m_environments->addItem(entry.name, entry.id);
    const int index = current.isValid() ? m_environments->findData(current) : -1;
    m_environments->setCurrentIndex(index >= 0 ? index : 0);
    reload();
}

void HealthDashboard::showEnvironment(core::EnvironmentId environment)
{
    const int index = m_environments->findData(environment);
    if (index >= 0 && index != m_environments->currentIndex())
        m_environments->setCurrentIndex(index); // reloads
}

void HealthDashboard::setRange(HealthRange range)
{
    if (QAbstractButton *button = m_ranges->button(static_cast<int>(range)))
        button->setChecked(true);
    if (range == m_model.range() && m_model.to().isValid())
        return;
    m_model.setRange(range);
    reload();
}

void HealthDashboard::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void HealthDashboard::reload()
{
    const QVariant id = m_environments->currentData();
    m_model.setEnvironment(id.isValid() ? id.toLongLong() : 0);
    m_title->setText(id.isValid() ? tr("Health of %1").arg(m_environments->currentText()) : tr("Health"));
    m_model.setPlotWidth(std::min(m_latency->plotWidth(), m_errors->plotWidth()));
    const core::Status loaded = m_model.reload(m_clock());
    m_latency->rebuild();
    m_errors->rebuild();
    m_band->updateGeometry();
    m_band->update();
    alignBand();
    updateSummaries();
    if (!loaded.ok())
        m_status->setText(tr("Cannot read the health samples: %1").arg(loaded.error().message));
}

void HealthDashboard::takeSample(core::EnvironmentId environment, const core::HealthSample &sample)
{
    switch (m_model.append(environment, sample)) {
    case HealthDashboardModel::Change::None:
        return;
    case HealthDashboardModel::Change::Reloaded:
        m_latency->rebuild();
        m_errors->rebuild();
        m_band->updateGeometry();
        break;
    case HealthDashboardModel::Change::BucketUpdated:
    case HealthDashboardModel::Change::BucketAdded:
        m_latency->refresh();
        m_errors->refresh();
        break;
    }
    m_band->update();
    updateSummaries();
}

void HealthDashboard::takeMarkers(core::EnvironmentId environment)
{
    if (environment != m_model.environment())
        return;
    (void)m_model.reloadMarkers();
    m_latency->refresh();
    m_errors->refresh();
}

void HealthDashboard::plotWidthChanged()
{
    // Later, once: a refresh changes the axis labels, which can move the plot area again (of this chart
    // or the other one) while the first change is still being handled.
    if (m_widthPending)
        return;
    m_widthPending = true;
    QTimer::singleShot(0, this, [this] {
        m_widthPending = false;
        const int width = std::min(m_latency->plotWidth(), m_errors->plotWidth());
        // Narrower: always (never more points than pixels). Wider: only by a few pixels or more, so that
        // labels that grow and shrink with the data cannot keep the charts busy.
        if (width > m_model.plotWidth() - 1 && width < m_model.plotWidth() + kWidenByPx)
            return;
        m_model.setPlotWidth(width);
        m_latency->refresh();
        m_errors->refresh();
    });
}

void HealthDashboard::alignBand()
{
    // A chart view lays its chart over the whole viewport: chart coordinates are viewport coordinates.
    const QRectF plot = m_latency->chart()->plotArea();
    QWidget *viewport = m_latency->viewport();
    const QPoint left = m_band->mapFrom(this, viewport->mapTo(this, plot.topLeft().toPoint()));
    const QPoint right = m_band->mapFrom(this, viewport->mapTo(this, plot.topRight().toPoint()));
    m_band->setPlotSpan(left.x(), right.x());
}

void HealthDashboard::updateSummaries()
{
    const HealthThresholds &thresholds = m_model.thresholds();
    QStringList seen;
    int row = 0;
    for (const HealthDashboardModel::SlotSeries &series : m_model.series()) {
        seen << series.slot;
        QLabel *label = m_summaries.value(series.slot);
        if (!label) {
            label = new QLabel(this);
            label->setObjectName(u"summary_"_s + series.slot);
            label->setTextFormat(Qt::RichText);
            m_summaries.insert(series.slot, label);
            m_summaryLayout->insertWidget(row, label);
        }
        ++row;
        const QString name = u"<b style=\"color:%1\">%2</b>"_s.arg(Theme::slotColor(series.slot).name(),
                                                                   series.slot.toHtmlEscaped());
        if (series.samples.isEmpty()) {
            label->setText(tr("%1 — no samples in this range").arg(name));
            continue;
        }
        const core::RollingWindow errors = windowOf(series, thresholds.errorWindowMs, m_model.to());
        const core::RollingWindow latency = windowOf(series, thresholds.latencyWindowMs, m_model.to());
        const core::HealthSample &last = series.samples.constLast();
        QStringList parts;
        const bool errorBreach =
            thresholds.hasErrorRate && !errors.isEmpty() && errors.errorRate() > thresholds.errorRate;
        QString errorText = tr("errors %1 % over %2 (%3 of %4)")
                                .arg(100.0 * errors.errorRate(), 0, 'f', 1)
                                .arg(minutes(thresholds.errorWindowMs))
                                .arg(errors.failureCount())
                                .arg(errors.count());
        if (errorBreach)
            errorText = u"<span style=\"color:%1\">%2 — %3</span>"_s.arg(
                Theme::color(Theme::Tone::Bad).name(), errorText, tr("over the threshold"));
        parts << errorText;
        const auto p95 = latency.latencyP95();
        QString latencyText = p95 ? tr("p95 %1 ms over %2").arg(*p95).arg(minutes(thresholds.latencyWindowMs))
                                  : tr("no latency over %1").arg(minutes(thresholds.latencyWindowMs));
        if (thresholds.hasP95Latency && p95 && *p95 > thresholds.p95LatencyMs)
            latencyText = u"<span style=\"color:%1\">%2 — %3</span>"_s.arg(
                Theme::color(Theme::Tone::Bad).name(), latencyText, tr("over the threshold"));
        parts << latencyText;
        if (errors.consecutiveFailures() > 0)
            parts << tr("%n consecutive failure(s)", nullptr, errors.consecutiveFailures());
        parts << tr("last: %1 %2 at %3")
                     .arg(HealthDashboardModel::bandText(HealthDashboardModel::bandOf(last.status)),
                          last.version.isEmpty() ? QString() : last.version.toHtmlEscaped(),
                          last.time.toUTC().toString(u"HH:mm:ss 'UTC'"_s));
        label->setText(name + u" — "_s + parts.join(u" · "_s));
    }
    for (auto it = m_summaries.begin(); it != m_summaries.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_summaries.erase(it);
    }
    qsizetype samples = 0;
    for (const HealthDashboardModel::SlotSeries &series : m_model.series())
        samples += series.samples.size();
    m_status->setText(tr("%1 – %2 UTC · %n sample(s) · %3 buckets · %4 marker(s)", nullptr, int(samples))
                          .arg(m_model.from().toString(u"yyyy-MM-dd HH:mm"_s),
                               m_model.to().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                               m_model.bucketMs() % 60000 == 0 ? minutes(m_model.bucketMs())
                                                               : tr("%1 s").arg(m_model.bucketMs() / 1000))
                          .arg(m_model.markers().size()));
}

void HealthDashboard::showHover(const QString &text)
{
    m_hover->setText(text.isEmpty() ? tr("Point at a line to see the exact sample: time, slot, status, HTTP "
                                         "status, latency, version and error.")
                                    : text);
}

QString HealthDashboard::hoverText() const
{
    return m_hover->text();
}

} // namespace ui
