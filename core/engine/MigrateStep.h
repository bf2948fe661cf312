#pragma once

#include <QPointer>

#include "core/engine/Step.h"
#include "core/model/EnvironmentDatabase.h"

class QThread;

namespace core {

// Database first: applies the release's pending migrations to the environment's PostgreSQL
// database before any code moves. The password (if one is stored) is read from the keychain at
// run time; core::MigrationRunner then runs on a worker thread (it blocks on the network), with
// its progress streamed into the deployment log. Its error (file, line, statement, the server's
// message) fails the step, and so the deployment, before deploy-standby.
class MigrateStep final : public Step
{
    Q_OBJECT

public:
    using Step::Step;
    ~MigrateStep() override;
    void run(StepContext &context, Done done) override;

private:
    void apply(StepContext &context,
               const EnvironmentDatabase &database,
               const QStringList &files,
               const QString &password,
               Done done);

    QPointer<QThread> m_thread;
};

} // namespace core
