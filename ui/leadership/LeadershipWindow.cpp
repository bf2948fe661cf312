#include "LeadershipWindow.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/AppContext.h"
#include "core/incidents/CommunicationOutbox.h"
#include "core/incidents/CommunicationTemplates.h"
#include "core/incidents/DoraReport.h"
#include "core/incidents/IncidentMetrics.h"
#include "core/incidents/IncidentRepository.h"
#include "core/incidents/Incidents.h"
#include "core/incidents/LeadershipSummary.h"
#include "core/incidents/NotificationClient.h"
#include "core/incidents/PostmortemReport.h"
#include "core/incidents/Timeline.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ServiceRepository.h"
#include "core/store/Workspace.h"
#include "report/PostmortemPdf.h"
#include "ui/Dialogs.h"
#include "ui/Theme.h"
#include "ui/leadership/OpenIncidentDialog.h"
#include "ui/leadership/PostUpdateDialog.h"
#include "ui/leadership/PostmortemDialog.h"
#include "ui/leadership/TimelineView.h"
#include "ui/models/IncidentListModel.h"
#include "ui/models/TimelineModel.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent, qreal scale = 1.25)
{
    auto *label = new QLabel(text, parent);
    Theme::makeHeading(label, scale);
    return label;
}

// Incidents per page of the list (the first page is LeadershipSummary's).
constexpr int kIncidentPage = 200;

QString toneName(const QString &tone)
{
    if (tone == u"bad")
        return LeadershipWindow::tr("PROBLEM");
    if (tone == u"warning")
        return LeadershipWindow::tr("ATTENTION");
    return LeadershipWindow::tr("OK");
}

QString healthName(const QString &level)
{
    if (level == u"healthy")
        return LeadershipWindow::tr("healthy");
    if (level == u"degraded")
        return LeadershipWindow::tr("degraded");
    return LeadershipWindow::tr("unhealthy");
}

Theme::Tone toneOf(const QString &tone)
{
    return tone == u"bad" ? Theme::Tone::Bad : tone == u"warning" ? Theme::Tone::Warning : Theme::Tone::Good;
}

QString percent(std::optional<double> rate)
{
    return rate ? QStringLiteral("%1 %").arg(*rate * 100, 0, 'f', 0) : QStringLiteral("—");
}

} // namespace

LeadershipWindow::LeadershipWindow(core::AppContext &context, bool readOnly, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_readOnly(readOnly)
    , m_defaultDialogs(std::make_unique<Dialogs>())
    , m_dialogs(m_defaultDialogs.get())
    , m_incidents(std::make_unique<core::Incidents>(context.workspace))
    , m_timeline(core::Timeline::standard(context.workspace, m_incidents->repository()))
    , m_templates(std::make_unique<core::CommunicationTemplates>(m_incidents->repository()))
{
    setObjectName(u"leadershipWindow"_s);
    setWindowTitle(readOnly ? tr("Switchyard — Leadership view") : tr("Switchyard — Incidents"));
    // Readable across a room.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    setFont(big);
    createActions();
    createCentralArea();
    if (!m_readOnly && m_context.nam) {
        m_client = new core::NotificationClient(m_context.nam, this);
        m_secrets = new core::SecretStore(u"switchyard"_s, this);
        m_outbox = new core::CommunicationOutbox(*m_incidents, *m_client, *m_secrets, {}, this);
        connect(m_outbox, &core::CommunicationOutbox::attempted, this, [this] { showIncident(m_current); });
        m_outbox->pump(); // what an earlier session left in the outbox
    }
    auto *mode = new QLabel(readOnly ? tr("Read-only") : tr("Release manager"), this);
    mode->setObjectName(u"modeLabel"_s);
    statusBar()->addWidget(new QLabel(tr("Workspace: %1").arg(m_context.workspace.location()), this), 1);
    statusBar()->addPermanentWidget(mode);
    reload();
    resize(1400, 900);
}

LeadershipWindow::~LeadershipWindow() = default;

void LeadershipWindow::setDialogs(Dialogs *dialogs)
{
    m_dialogs = dialogs ? dialogs : m_defaultDialogs.get();
}

void LeadershipWindow::createActions()
{
    auto *refresh = new QAction(Theme::icon(u"refresh"_s), tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &LeadershipWindow::reload);
    auto *close = new QAction(tr("&Close"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&Incidents"));
    QToolBar *toolBar = addToolBar(tr("Incidents"));
    toolBar->setObjectName(u"leadershipToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (!m_readOnly) {
        m_openAction = new QAction(Theme::icon(u"warning"_s), tr("&Open incident…"), this);
        m_openAction->setObjectName(u"openIncidentAction"_s);
        connect(m_openAction, &QAction::triggered, this, &LeadershipWindow::openIncident);
        m_updateAction = new QAction(tr("&Status and update…"), this);
        m_updateAction->setObjectName(u"postUpdateAction"_s);
        connect(m_updateAction, &QAction::triggered, this, &LeadershipWindow::postUpdate);
        m_postmortemAction = new QAction(tr("&Postmortem…"), this);
        m_postmortemAction->setObjectName(u"postmortemAction"_s);
        connect(m_postmortemAction, &QAction::triggered, this, &LeadershipWindow::writePostmortem);
        m_exportAction = new QAction(tr("&Export…"), this);
        m_exportAction->setObjectName(u"exportAction"_s);
        connect(m_exportAction, &QAction::triggered, this, &LeadershipWindow::exportReport);
        for (QAction *a : {m_openAction, m_updateAction, m_postmortemAction, m_exportAction}) {
            view->addAction(a);
            toolBar->addAction(a);
        }
        view->addSeparator();
        toolBar->addSeparator();
    }
    view->addAction(refresh);
    view->addAction(close);
    toolBar->addAction(refresh);
}

void LeadershipWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);

    // Every environment at a glance.
    auto *glance = new QWidget(central);
    glance->setObjectName(u"glanceBar"_s);
    m_glance = new QHBoxLayout(glance);
    m_glance->setContentsMargins(0, 0, 0, 0);
    m_glance->setSpacing(10);
    layout->addWidget(glance);

    m_counts = new QLabel(central);
    m_counts->setObjectName(u"incidentCounts"_s);
    m_counts->setTextFormat(Qt::RichText);
    layout->addWidget(m_counts);

    // Incidents | timeline.
    m_incidentModel = new models::IncidentListModel(this);
    // Older resolved incidents load a page at a time as the list is scrolled to its end.
    m_incidentModel->setFetcher(
        [this](const core::Incident *oldest) {
            core::IncidentFilter older;
            older.resolvedOnly = true;
            older.limit = kIncidentPage;
            if (oldest) {
                older.beforeStart = oldest->startedAt;
                older.beforeId = oldest->id;
            }
            auto page = m_incidents->repository().list(older);
            if (!page.ok()) {
                statusBar()->showMessage(tr("Cannot load older incidents: %1").arg(page.error().message));
                return QList<core::Incident>();
            }
            return *page;
        },
        kIncidentPage);
    m_incidentProxy = new QSortFilterProxyModel(this);
    m_incidentProxy->setSourceModel(m_incidentModel);
    m_incidentProxy->setSortRole(models::IncidentListModel::SortRole);
    m_incidentView = new QTableView(central);
    m_incidentView->setObjectName(u"incidentTable"_s);
    m_incidentView->setModel(m_incidentProxy);
    m_incidentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_incidentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_incidentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_incidentView->setSortingEnabled(true);
    m_incidentView->sortByColumn(-1, Qt::AscendingOrder); // open first by severity, as loaded
    m_incidentView->setShowGrid(false);
    m_incidentView->setWordWrap(false);
    m_incidentView->verticalHeader()->hide();
    m_incidentView->verticalHeader()->setDefaultSectionSize(m_incidentView->fontMetrics().height() + 12);
    // Column widths from the texts a column can hold, not from its rows: ResizeToContents would ask every
    // row for its size hint (and again on every change).
    {
        QHeaderView *header = m_incidentView->horizontalHeader();
        const QFontMetrics fm = m_incidentView->fontMetrics();
        const int iconAndPadding = m_incidentView->style()->pixelMetric(QStyle::PM_SmallIconSize) + 36;
        auto widest = [&](int column, const QStringList &texts) {
            int w = QFontMetrics(header->font())
                        .horizontalAdvance(m_incidentModel->headerData(column, Qt::Horizontal).toString()) +
                    24;
            for (const QString &t : texts)
                w = std::max(w, fm.horizontalAdvance(t) + iconAndPadding);
            return w;
        };
        QStringList statuses;
        for (auto st : {core::IncidentStatus::Investigating, core::IncidentStatus::Identified,
                        core::IncidentStatus::Monitoring, core::IncidentStatus::Resolved})
            statuses << core::incidentStatusLabel(st);
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->resizeSection(models::IncidentListModel::Severity,
                              widest(models::IncidentListModel::Severity, {u"P0"_s, u"P1"_s, u"P2"_s}));
        header->resizeSection(models::IncidentListModel::Status,
                              widest(models::IncidentListModel::Status, statuses));
        header->resizeSection(models::IncidentListModel::Duration,
                              widest(models::IncidentListModel::Duration,
                                     {tr("open %1").arg(core::IncidentMetrics::formatDuration(
                                         qint64{99} * 86'400'000 + 23 * 3'600'000))}));
        header->setSectionResizeMode(models::IncidentListModel::Title, QHeaderView::Stretch);
    }
    m_incidentView->setColumnHidden(models::IncidentListModel::Environments, true);
    m_incidentView->setColumnHidden(models::IncidentListModel::Started, true);
    connect(m_incidentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LeadershipWindow::showSelectedIncident);
    auto *incidentsPane = new QWidget(central);
    auto *incidentsLayout = new QVBoxLayout(incidentsPane);
    incidentsLayout->setContentsMargins(0, 0, 0, 0);
    incidentsLayout->addWidget(heading(tr("Incidents"), incidentsPane));
    incidentsLayout->addWidget(m_incidentView, 1);

    auto *timelinePane = new QWidget(central);
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    auto *headerRow = new QHBoxLayout;
    m_incidentHeader = heading(tr("No incident selected"), timelinePane, 1.35);
    m_incidentHeader->setObjectName(u"incidentHeader"_s);
    m_incidentHeader->setWordWrap(true);
    headerRow->addWidget(m_incidentHeader, 1);
    auto *zoomOut = new QPushButton(tr("−"), timelinePane);
    zoomOut->setObjectName(u"zoomOutButton"_s);
    zoomOut->setToolTip(tr("Zoom out"));
    auto *zoomIn = new QPushButton(tr("+"), timelinePane);
    zoomIn->setObjectName(u"zoomInButton"_s);
    zoomIn->setToolTip(tr("Zoom in"));
    auto *fit = new QPushButton(tr("Fit"), timelinePane);
    fit->setObjectName(u"zoomFitButton"_s);
    for (QPushButton *b : {zoomOut, zoomIn, fit})
        headerRow->addWidget(b);
    timelineLayout->addLayout(headerRow);
    m_incidentTimes = new QLabel(timelinePane);
    m_incidentTimes->setObjectName(u"incidentTimes"_s);
    timelineLayout->addWidget(m_incidentTimes);
    m_timelineModel = new models::TimelineModel(this);
    m_timelineView = new TimelineView(timelinePane);
    m_timelineView->setModel(m_timelineModel);
    connect(zoomIn, &QPushButton::clicked, m_timelineView, &TimelineView::zoomIn);
    connect(zoomOut, &QPushButton::clicked, m_timelineView, &TimelineView::zoomOut);
    connect(fit, &QPushButton::clicked, m_timelineView, &TimelineView::fit);
    timelineLayout->addWidget(m_timelineView);
    m_timelineTable = new QTableView(timelinePane);
    m_timelineTable->setObjectName(u"timelineTable"_s);
    m_timelineTable->setModel(m_timelineModel);
    m_timelineTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineTable->setShowGrid(false);
    m_timelineTable->setWordWrap(false);
    m_timelineTable->verticalHeader()->hide();
    m_timelineTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineTable->horizontalHeader()->setStretchLastSection(true);
    timelineLayout->addWidget(m_timelineTable, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->addWidget(incidentsPane);
    splitter->addWidget(timelinePane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({600, 800});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // DORA per environment.
    auto *doraRow = new QHBoxLayout;
    doraRow->addWidget(heading(tr("Delivery (DORA) per environment"), central));
    m_doraNote = new QLabel(central);
    m_doraNote->setObjectName(u"doraNote"_s);
    doraRow->addSpacing(16);
    doraRow->addWidget(m_doraNote);
    doraRow->addStretch(1);
    doraRow->addWidget(new QLabel(tr("Period:"), central));
    m_doraPeriod = new QComboBox(central);
    m_doraPeriod->setObjectName(u"doraPeriod"_s);
    m_doraPeriod->addItem(tr("Last 7 days"), 7);
    m_doraPeriod->addItem(tr("Last 30 days"), 30);
    m_doraPeriod->addItem(tr("Last 90 days"), 90);
    m_doraPeriod->addItem(tr("Last 365 days"), 365);
    m_doraPeriod->setCurrentIndex(1);
    connect(m_doraPeriod, &QComboBox::currentIndexChanged, this, &LeadershipWindow::reloadDora);
    doraRow->addWidget(m_doraPeriod);
    layout->addLayout(doraRow);
    m_dora = new QTableWidget(0, 5, central);
    m_dora->setObjectName(u"doraTable"_s);
    m_dora->setHorizontalHeaderLabels({tr("Environment"), tr("Deployments"), tr("Lead time"),
                                       tr("Change failure rate"), tr("Time to restore")});
    m_dora->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dora->setSelectionMode(QAbstractItemView::NoSelection);
    m_dora->verticalHeader()->hide();
    m_dora->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_dora->setToolTip(tr("Lead time runs from a release's commit to its successful deploy; for releases "
                          "registered without a commit time, from their registration in Switchyard (the cell "
                          "says for how many)."));
    layout->addWidget(m_dora);
    setCentralWidget(central);
}

void LeadershipWindow::reload()
{
    auto summary = core::LeadershipSummary::load(m_context.workspace, m_incidents->repository());
    if (!summary.ok()) {
        showError(tr("Cannot load incidents"), summary.error().message);
        return;
    }
    // Environments at a glance.
    while (QLayoutItem *item = m_glance->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const core::EnvironmentGlance &g : summary->environments) {
        auto *tile = new QLabel(m_glance->parentWidget());
        tile->setObjectName(u"glance_%1_%2"_s.arg(g.service, g.environment));
        tile->setTextFormat(Qt::RichText);
        const QColor c = Theme::color(toneOf(g.tone));
        QString text = u"<b>%1 / %2</b><br><span style='font-size:large; color:%3'>■ %4</span>"_s.arg(
            g.service.toHtmlEscaped(), g.environment.toHtmlEscaped(), c.name(), toneName(g.tone));
        text += u"<br>"_s + (g.liveVersion.isEmpty() ? tr("nothing live")
                                                     : tr("%1 live").arg(g.liveVersion.toHtmlEscaped()));
        if (!g.liveSlot.isEmpty())
            text += tr(" on %1").arg(g.liveSlot.toHtmlEscaped());
        text += u" · "_s + (g.health.isEmpty()
                                ? tr("no health samples")
                                : tr("health: %1 at %2 UTC")
                                      .arg(healthName(g.health), g.healthAt.toString(u"yyyy-MM-dd HH:mm"_s)));
        if (g.openIncidents > 0) {
            text += u"<br>"_s +
                    tr("%n open incident(s), worst %1", "", g.openIncidents)
                        .arg(core::severityToString(g.worstOpenSeverity.value_or(core::Severity::P2)));
        } else if (!g.lastDeploymentStatus.isEmpty()) {
            text += u"<br>"_s + tr("last deployment %1").arg(g.lastDeploymentStatus);
        }
        tile->setText(text);
        tile->setStyleSheet(u"QLabel { border: 2px solid %1; border-left: 10px solid %1; border-radius: 6px; "
                            "padding: 6px 10px; background: #ffffff; }"_s.arg(c.name()));
        m_glance->addWidget(tile, 1);
    }
    if (summary->environments.isEmpty())
        m_glance->addWidget(
            new QLabel(tr("This workspace has no environments yet."), m_glance->parentWidget()));

    // Counts by severity (open) and status.
    const core::IncidentCounts &n = summary->counts;
    auto sev = [](const QString &name, int count, const QColor &color) {
        return u"<span style='font-size:x-large; color:%1'><b>%2</b></span> "
               "<span style='font-size:x-large'><b>%3</b></span>"_s
                   .arg(count > 0 ? color.name() : u"#888888"_s, name)
                   .arg(count);
    };
    m_counts->setText(
        tr("Open: %1 &nbsp;&nbsp; %2 &nbsp;&nbsp; %3 &nbsp;&nbsp;&nbsp;&nbsp; Investigating %4 · "
           "Identified %5 · Monitoring %6 · Resolved %7")
            .arg(sev(u"P0"_s, n.bySeverityOpen[0], Theme::color(Theme::Tone::Bad)),
                 sev(u"P1"_s, n.bySeverityOpen[1], Theme::color(Theme::Tone::Bad)),
                 sev(u"P2"_s, n.bySeverityOpen[2], Theme::color(Theme::Tone::Warning)))
            .arg(n.byStatus[0])
            .arg(n.byStatus[1])
            .arg(n.byStatus[2])
            .arg(n.byStatus[3]));

    const core::IncidentId keep = m_current;
    m_incidentModel->setIncidents(summary->incidents);
    reloadDora();
    int row = keep ? m_incidentModel->rowOf(keep) : -1;
    if (row < 0 && m_incidentModel->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const QModelIndex index = m_incidentProxy->mapFromSource(m_incidentModel->index(row, 0));
        m_incidentView->selectRow(index.row());
        showIncident(m_incidentModel->incidentAt(row).id);
    } else {
        showIncident(0);
    }
    m_contentLoaded = true;
}

void LeadershipWindow::showSelectedIncident()
{
    const QModelIndex current = m_incidentView->currentIndex();
    if (!current.isValid())
        return;
    const auto id = m_incidentProxy->data(current, models::IncidentListModel::IncidentIdRole).toLongLong();
    if (id != m_current)
        showIncident(id);
}

void LeadershipWindow::showIncident(core::IncidentId id)
{
    m_current = id;
    const bool has = id != 0;
    for (QAction *a : {m_updateAction, m_postmortemAction, m_exportAction}) {
        if (a)
            a->setEnabled(has);
    }
    if (!has) {
        m_incidentHeader->setText(tr("No incidents — nothing to show."));
        m_incidentTimes->clear();
        m_timelineModel->setEvents({});
        m_timelineView->setMarks({});
        return;
    }
    auto incident = m_incidents->repository().get(id);
    if (!incident.ok()) {
        showError(tr("Cannot load the incident"), incident.error().message);
        return;
    }
    auto events = m_timeline->assemble(*incident);
    if (!events.ok()) {
        showError(tr("Cannot load the timeline"), events.error().message);
        return;
    }
    const auto d = core::IncidentMetrics::of(*incident);
    m_incidentHeader->setText(tr("#%1 %2 — %3, %4")
                                  .arg(incident->id)
                                  .arg(incident->title, core::severityToString(incident->severity),
                                       core::incidentStatusLabel(incident->status)));
    m_incidentTimes->setText(tr("%1 · %2 · commander %3 · detect %4 · mitigate %5 · resolve %6")
                                 .arg(incident->services.join(u", "_s), incident->environments.join(u", "_s),
                                      incident->commander, core::IncidentMetrics::formatDuration(d.ttdMs),
                                      core::IncidentMetrics::formatDuration(d.ttmMs),
                                      core::IncidentMetrics::formatDuration(d.ttrMs)));
    m_timelineView->setMarks({{incident->startedAt, tr("started")},
                              {incident->detectedAt, tr("detected")},
                              {incident->mitigatedAt, tr("mitigated")},
                              {incident->resolvedAt, tr("resolved")}});
    m_timelineModel->setEvents(*events);
}

void LeadershipWindow::reloadDora()
{
    const int days = m_doraPeriod->currentData().toInt();
    const QDateTime to = QDateTime::currentDateTimeUtc();
    auto figures = core::DoraReport::compute(m_context.workspace.database(), to.addDays(-days), to);
    if (!figures.ok()) {
        showError(tr("Cannot compute the DORA figures"), figures.error().message);
        return;
    }
    m_dora->setRowCount(static_cast<int>(figures->size()));
    int row = 0;
    int fromRegistration = 0;
    int samples = 0;
    for (const core::DoraFigures &f : *figures) {
        const QStringList cells{
            u"%1 / %2"_s.arg(f.service, f.environment),
            tr("%1 (%2 per day)").arg(f.deployments).arg(f.deploymentsPerDay, 0, 'f', 2),
            f.leadTimeFromCommit < f.leadTimeSamples
                ? core::IncidentMetrics::formatDuration(f.meanLeadTimeMs) + u" *"_s
                : core::IncidentMetrics::formatDuration(f.meanLeadTimeMs),
            f.changes > 0
                ? tr("%1 (%2 of %3)").arg(percent(f.changeFailureRate)).arg(f.failedChanges).arg(f.changes)
                : QStringLiteral("—"),
            f.restores > 0 ? tr("%1 (%n restore(s))", "", f.restores)
                                 .arg(core::IncidentMetrics::formatDuration(f.meanTimeToRestoreMs))
                           : QStringLiteral("—"),
        };
        for (int c = 0; c < cells.size(); ++c)
            m_dora->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        fromRegistration += f.leadTimeSamples - f.leadTimeFromCommit;
        samples += f.leadTimeSamples;
        if (f.leadTimeFromCommit < f.leadTimeSamples)
            m_dora->item(row, 2)->setToolTip(tr("%1 of %2 deploys counted from the release's registration")
                                                 .arg(f.leadTimeSamples - f.leadTimeFromCommit)
                                                 .arg(f.leadTimeSamples));
        if (f.changeFailureRate && *f.changeFailureRate > 0.15)
            m_dora->item(row, 3)->setForeground(Theme::color(Theme::Tone::Bad));
        ++row;
    }
    m_doraNote->setText(fromRegistration > 0
                            ? tr("* lead time from the release's registration for %1 of %2 deploys "
                                 "(no commit time recorded)")
                                  .arg(fromRegistration)
                                  .arg(samples)
                            : QString());
    // One line per environment; the table is as tall as its rows (up to six, then it scrolls).
    const int rowHeight = m_dora->fontMetrics().height() + 10;
    m_dora->verticalHeader()->setDefaultSectionSize(rowHeight);
    const int header = m_dora->horizontalHeader()->sizeHint().height();
    m_dora->setFixedHeight(header + rowHeight * std::min(6, std::max(1, m_dora->rowCount())) + 4);
}

void LeadershipWindow::openIncident()
{
    QStringList services;
    if (auto list = m_context.workspace.services().list(); list.ok()) {
        for (const auto &s : *list)
            services << s.name;
    }
    OpenIncidentDialog dialog(services, {u"production"_s, u"staging"_s}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = m_incidents->open(dialog.request(), m_context.user);
    if (!id.ok()) {
        showError(tr("Cannot open the incident"), id.error().message);
        return;
    }
    m_current = *id;
    reload();
}

void LeadershipWindow::postUpdate()
{
    auto incident = m_incidents->repository().get(m_current);
    if (!incident.ok())
        return;
    PostUpdateDialog dialog(*incident, *m_templates, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.status() != incident->status || !dialog.message().isEmpty()) {
        auto changed =
            m_incidents->changeStatus(m_current, dialog.status(), m_context.user, dialog.message());
        if (!changed.ok()) {
            showError(tr("Cannot change the status"), changed.error().message);
            return;
        }
    }
    if (!dialog.channels().isEmpty()) {
        auto queued =
            m_incidents->queueUpdate(m_current, dialog.channels(), dialog.previewText(), m_context.user);
        if (!queued.ok())
            showError(tr("Cannot queue the update"), queued.error().message);
        else if (m_outbox)
            m_outbox->pump();
    }
    reload();
}

void LeadershipWindow::writePostmortem()
{
    auto incident = m_incidents->repository().get(m_current);
    auto existing = m_incidents->repository().postmortem(m_current);
    if (!incident.ok() || !existing.ok())
        return;
    PostmortemDialog dialog(*incident, *existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto saved = m_incidents->savePostmortem(dialog.postmortem(), m_context.user); !saved.ok())
        showError(tr("Cannot save the postmortem"), saved.error().message);
}

void LeadershipWindow::exportReport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the postmortem"), u"incident-%1.pdf"_s.arg(m_current),
                                     tr("PDF (*.pdf);;Markdown (*.md)"));
    if (path.isEmpty())
        return;
    auto report = core::PostmortemReport::load(*m_incidents, *m_timeline, m_current);
    if (!report.ok()) {
        showError(tr("Cannot export"), report.error().message);
        return;
    }
    if (path.endsWith(u".md"_s, Qt::CaseInsensitive)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(report->toMarkdown().toUtf8()) < 0)
            showError(tr("Cannot export"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    if (auto written = report::PostmortemPdf::write(*report, path); !written.ok())
        showError(tr("Cannot export"), written.error().message);
}

void LeadershipWindow::showError(const QString &title, const QString &text)
{
    m_dialogs->showError(this, title, text);
}

} // namespace ui
