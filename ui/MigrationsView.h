#pragma once

#include <optional>

#include <QWidget>

#include "core/Result.h"
#include "core/engine/MigrationOverview.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace core {
struct AppContext;
}

namespace ui {

// The migrations of one environment: which versions its database has applied and which of the
// chosen release's are pending, each file's linter findings (severity, lock, the safe
// alternative) and its SQL, with the statement of the selected finding highlighted.
class MigrationsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationsView)

public:
    explicit MigrationsView(core::AppContext &context, QWidget *parent = nullptr);
    ~MigrationsView() override;

    // Selects an environment by name (as the combo box shows it) and loads it.
    void showEnvironment(const QString &name);

public Q_SLOTS:
    // Re-reads the releases of the chosen environment and its database's state.
    void reload();

Q_SIGNALS:
    // After each load, for tests and the status bar.
    void overviewShown();

private:
    struct Row
    {
        QString version;
        QString name;
        int entry = -1; // index into the overview's migrations, -1: only in the database
        bool applied = false;
    };

    void reloadEnvironments();
    void reloadReleases();
    void showOverview(const core::Result<core::MigrationOverview> &overview);
    void showFile();
    void highlightFinding();

    core::AppContext &m_context;
    core::MigrationOverviewLoader *m_loader;
    std::optional<core::MigrationOverview> m_overview;
    QList<Row> m_rows;
    QComboBox *m_environment;
    QComboBox *m_release;
    QPushButton *m_refresh;
    QLabel *m_summary;
    QTreeWidget *m_files;
    QTreeWidget *m_findings;
    QLabel *m_suggestion;
    QPlainTextEdit *m_sql;
};

} // namespace ui
