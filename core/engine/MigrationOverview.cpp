#include "MigrationOverview.h"

#include <memory>

#include <QCoreApplication>
#include <QThread>

#include "core/model/Release.h"
#include "core/secrets/SecretStore.h"
#include "core/store/EnvironmentDatabaseRepository.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

MigrationOverviewLoader::MigrationOverviewLoader(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{}

MigrationOverviewLoader::~MigrationOverviewLoader()
{
    // Each worker holds a database connection of its own: let it finish (connect_timeout bounds it).
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void MigrationOverviewLoader::load(EnvironmentId environment, std::optional<ReleaseId> release)
{
    const int generation = ++m_generation;
    auto fail = [this](const Error &error) {
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT loaded(error); }, Qt::QueuedConnection);
    };
    auto env = m_workspace.environments().get(environment);
    if (!env.ok())
        return fail(env.error());
    MigrationOverview overview;
    overview.environment = env->name;
    auto database =
        EnvironmentDatabaseRepository(m_workspace.database(), m_workspace.dialect()).get(environment);
    if (!database.ok())
        return fail(database.error());
    overview.database = *database;
    if (release) {
        auto r = m_workspace.releases().get(*release);
        if (!r.ok())
            return fail(r.error());
        overview.release = r->version;
        overview.contract = r->contract;
        auto migrations = ReleaseMigrations::inspect(*r);
        if (!migrations.ok())
            return fail(migrations.error());
        overview.migrations = std::move(migrations).value();
    }
    if (!overview.database) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, overview] {
                if (generation == m_generation)
                    Q_EMIT loaded(overview);
            },
            Qt::QueuedConnection);
        return;
    }
    const QString key = overview.database->passwordKey;
    if (key.isEmpty()) {
        readDatabase(generation, overview, QString());
        return;
    }
    auto *secrets = new SecretStore(QString::fromLatin1(kDatabaseSecretService), this);
    secrets->read(key, this, [this, generation, overview, secrets](Result<QByteArray> password) mutable {
        secrets->deleteLater();
        if (!password.ok()) {
            overview.statusError = tr("The password of %1 could not be read from the keychain: %2")
                                       .arg(overview.database->url, password.error().message);
            if (generation == m_generation)
                Q_EMIT loaded(overview);
            return;
        }
        readDatabase(generation, overview, QString::fromUtf8(*password));
    });
}

void MigrationOverviewLoader::readDatabase(int generation,
                                           MigrationOverview overview,
                                           const QString &password)
{
    QStringList files;
    for (const ReleaseMigrations::Entry &e : overview.migrations.entries())
        files << e.path;
    auto result = std::make_shared<MigrationOverview>(std::move(overview));
    QThread *thread = QThread::create([result, files, password] {
        MigrationRunner::Options options;
        options.password = password;
        auto runner = MigrationRunner::open(result->database->url, files, std::move(options));
        if (!runner.ok()) {
            result->statusError = runner.error().message;
            return;
        }
        auto status = (*runner)->status();
        if (!status.ok())
            result->statusError = status.error().message;
        else
            result->status = *status;
    });
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, generation, result] {
        thread->deleteLater();
        if (generation == m_generation)
            Q_EMIT loaded(*result);
    });
    thread->start();
}

} // namespace core
