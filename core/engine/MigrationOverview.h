#pragma once

#include <optional>

#include <QObject>
#include <QPointer>

#include "core/Result.h"
#include "core/engine/MigrationRunner.h"
#include "core/model/EnvironmentDatabase.h"
#include "core/policy/ReleaseMigrations.h"

class QThread;

namespace core {

class Workspace;

// What the GUI's migrations view shows for one environment and one release: the release's
// migrations, linted, and (when the environment has a database) which versions are applied.
struct MigrationOverview
{
    QString environment;
    std::optional<EnvironmentDatabase> database;
    QString release; // version; empty when no release was chosen
    bool contract = false;
    ReleaseMigrations migrations;
    QList<MigrationRunner::FileStatus> status; // from the database; empty without one
    QString statusError;                       // translated: why the database could not be read
};

// Builds MigrationOverviews without blocking the caller's thread: the lint runs at once (files
// only); the database is read on a worker thread, its password taken from the keychain first.
// One load at a time; a newer load() supersedes the one in flight.
class MigrationOverviewLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationOverviewLoader)

public:
    MigrationOverviewLoader(Workspace &workspace, QObject *parent = nullptr);
    ~MigrationOverviewLoader() override;

    void load(EnvironmentId environment, std::optional<ReleaseId> release);

Q_SIGNALS:
    // Once per load(), on this object's thread.
    void loaded(const core::Result<core::MigrationOverview> &overview);

private:
    void readDatabase(int generation, MigrationOverview overview, const QString &password);

    Workspace &m_workspace;
    int m_generation = 0;
    QList<QPointer<QThread>> m_threads;
};

} // namespace core
