#pragma once

#include <QDateTime>
#include <QString>

#include "core/model/Ids.h"

namespace core {

enum class StepStatus
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Skipped
};

QString stepStatusToString(StepStatus status);
StepStatus stepStatusFromString(const QString &text);

// One journal entry: a step of a deployment and how it went. A resumed step gets a new attempt.
struct StepRecord
{
    qint64 id = 0;
    DeploymentId deploymentId = 0;
    int seq = 0;  // position of the step in the plan
    QString name; // preflight, deploy-standby, verify-standby, switch, monitor, finalize
    int attempt = 1;
    StepStatus status = StepStatus::Pending;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString message;
    QString errorCode; // core::Error::code of a failed step ("vercel.server_error", …); empty otherwise
};

} // namespace core
