#pragma once

#include <memory>

#include <QMainWindow>

#include "core/incidents/Incident.h"

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace core {
class CommunicationOutbox;
class CommunicationTemplates;
class Incidents;
class NotificationClient;
class SecretStore;
class Timeline;
struct AppContext;
} // namespace core

namespace ui {

class Dialogs;
class TimelineView;
namespace models {
class IncidentListModel;
class TimelineModel;
} // namespace models

// The leadership view: every environment at a glance, incidents by severity and status, the selected
// incident's horizontal timeline (zoomable, coloured and labelled by kind), and the DORA figures per
// environment over a chosen period — in large type, readable across a room. Read-only by default
// (`switchyard --leadership`); the release manager's mode adds opening an incident, changing its status
// and posting an update from a template (with preview), writing the postmortem and exporting it.
// Loads aggregates only; a timeline is assembled when its incident is selected.
class LeadershipWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadershipWindow)

public:
    LeadershipWindow(core::AppContext &context, bool readOnly, QWidget *parent = nullptr);
    ~LeadershipWindow() override;

    void setDialogs(Dialogs *dialogs);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    // True once reload() has filled the view with the workspace's data (what a first paint must show).
    [[nodiscard]] bool contentLoaded() const { return m_contentLoaded; }
    [[nodiscard]] core::IncidentId currentIncident() const { return m_current; }
    [[nodiscard]] models::TimelineModel *timelineModel() const { return m_timelineModel; }
    [[nodiscard]] core::Incidents &incidents() const { return *m_incidents; }

public Q_SLOTS:
    void reload();
    void showIncident(core::IncidentId id);
    void reloadDora();
    void openIncident();
    void postUpdate();
    void writePostmortem();
    void exportReport();

private:
    void createActions();
    void createCentralArea();
    void fillGlance();
    void fillCounts();
    void showSelectedIncident();
    void showError(const QString &title, const QString &text);

    core::AppContext &m_context;
    bool m_readOnly;
    std::unique_ptr<Dialogs> m_defaultDialogs;
    Dialogs *m_dialogs;
    std::unique_ptr<core::Incidents> m_incidents;
    std::unique_ptr<core::Timeline> m_timeline;
    std::unique_ptr<core::CommunicationTemplates> m_templates;
    core::NotificationClient *m_client = nullptr;
    core::SecretStore *m_secrets = nullptr;
    core::CommunicationOutbox *m_outbox = nullptr;
    core::IncidentId m_current = 0;
    bool m_contentLoaded = false;

    QHBoxLayout *m_glance = nullptr;
    QLabel *m_counts = nullptr;
    models::IncidentListModel *m_incidentModel = nullptr;
    QSortFilterProxyModel *m_incidentProxy = nullptr;
    QTableView *m_incidentView = nullptr;
    QLabel *m_incidentHeader = nullptr;
    QLabel *m_incidentTimes = nullptr;
    models::TimelineModel *m_timelineModel = nullptr;
    TimelineView *m_timelineView = nullptr;
    QTableView *m_timelineTable = nullptr;
    QComboBox *m_doraPeriod = nullptr;
    QTableWidget *m_dora = nullptr;
    QLabel *m_doraNote = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_updateAction = nullptr;
    QAction *m_postmortemAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace ui
