#pragma once

#include <QList>
#include <QString>

#include "core/Result.h"
#include "core/engine/Plan.h"
#include "core/model/Deployment.h"
#include "core/model/StepRecord.h"

namespace core {

// Where a failed deployment picks up when it is resumed.
struct ResumePoint
{
    int fromStep = 0;   // index in the plan of the first step to run again
    QString failedStep; // the step that failed
    QString errorCode;  // its journaled core::Error::code
};

// Which FAILED deployments may be resumed (interrupted ones always may: DeploymentRunner::resume).
//
// A failure is resumable when a later attempt can get past it with the same plan: the provider was
// unreachable, slow, rate-limited, had a server error (5xx), garbled an answer, or the API token was
// missing, expired or refused (fixed in the keychain / CI variable). The journal keeps the failed
// step's error code (StepRecord::errorCode); these decide.
//
// Not resumable, with what to do instead: the release itself failed (build error, health or version
// mismatch of the standby: roll back or deploy a fixed release), a request the provider refused as
// wrong (4xx: fix the settings, deploy again), a policy or configuration error, a failure after
// traffic moved (monitor, finalize: roll back), or a deployment superseded by a later one.
//
// Resuming never switches traffic to a slot that was not verified in this run: a failure in switch
// (or in a step between verify-standby and switch) resumes at verify-standby, which probes the
// standby again before the switch. Steps that succeeded before the failed one are not repeated
// (deploy-standby is not idempotent-safe at every provider: a Vercel build is not created twice).
class ResumePolicy
{
public:
    [[nodiscard]] static bool isResumableCode(const QString &code);

    // `journal`: the deployment's step records; `newerInEnvironment`: deployments of the same
    // environment started after it. Error "resume.not_resumable" says why and what to do.
    [[nodiscard]] static Result<ResumePoint> forFailed(const Deployment &deployment,
                                                       const Plan &plan,
                                                       const QList<StepRecord> &journal,
                                                       const QList<Deployment> &newerInEnvironment);
};

} // namespace core
