#include "ResumePolicy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::ResumePolicy)
};

int indexOf(const Plan &plan, const char *name)
{
    for (int i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps.at(i).name == QLatin1String(name))
            return i;
    }
    return -1;
}

// The release itself did not prove itself: resuming would try the same thing again.
bool releaseFailed(const QString &code)
{
    return code.startsWith(u"probe."_s) || code.startsWith(u"health."_s) || code == u"vercel.build_failed" ||
           code == u"monitor.failed";
}

} // namespace

bool ResumePolicy::isResumableCode(const QString &code)
{
    // "<provider>.<kind>" from ProviderError::code(), for the kinds a provider's recovery (or a
    // stored token) fixes; plus the few engine codes that mean the same.
    static const QStringList kinds{u"network"_s,     u"timeout"_s,  u"server_error"_s, u"rate_limited"_s,
                                   u"malformed"_s,   u"auth"_s,     u"token"_s,        u"token_inactive"_s,
                                   u"unavailable"_s, u"unhealthy"_s};
    static const QStringList providers{u"cloudflare"_s, u"vercel"_s, u"supabase"_s, u"http"_s};
    const qsizetype dot = code.indexOf(u'.');
    if (dot > 0 && providers.contains(code.left(dot)) && kinds.contains(code.mid(dot + 1)))
        return true;
    static const QStringList engine{u"tokens.missing"_s, u"tokens.failed"_s, u"secrets.unavailable"_s,
                                    u"router.verify_failed"_s, u"router.busy"_s};
    return engine.contains(code);
}

Result<ResumePoint> ResumePolicy::forFailed(const Deployment &deployment,
                                            const Plan &plan,
                                            const QList<StepRecord> &journal,
                                            const QList<Deployment> &newerInEnvironment)
{
    const auto refuse = [&deployment](const QString &why) {
        return Error{u"resume.not_resumable"_s,
                     Tr::tr("Deployment #%1 cannot be resumed: %2").arg(deployment.id).arg(why),
                     {}};
    };
    if (deployment.status != DeploymentStatus::Failed)
        return refuse(Tr::tr("it is %1, not failed.").arg(deploymentStatusToString(deployment.status)));
    if (!newerInEnvironment.isEmpty()) {
        const Deployment &newer = newerInEnvironment.constFirst();
        return refuse(Tr::tr("deployment #%1 (%2 %3) ran in the same environment after it, so its plan is "
                             "out of date. Plan a new deployment.")
                          .arg(newer.id)
                          .arg(deploymentKindToString(newer.kind), newer.version));
    }
    // The last failed attempt of a step, unless a later attempt of it succeeded.
    const StepRecord *failed = nullptr;
    for (const StepRecord &record : journal) {
        if (record.status == StepStatus::Failed && (!failed || record.seq >= failed->seq))
            failed = &record;
        else if (failed && record.seq == failed->seq && record.status == StepStatus::Succeeded)
            failed = nullptr;
    }
    if (!failed)
        return refuse(Tr::tr("its journal records no failed step."));
    const QString again =
        deployment.kind == DeploymentKind::Rollback
            ? Tr::tr("Run a new rollback once the cause is fixed.")
            : Tr::tr("Fix the cause and deploy again (switchyard deploy --env %1 --version %2).")
                  .arg(plan.environment, plan.version);
    if (failed->errorCode.isEmpty())
        return refuse(Tr::tr("its journal does not say why step %1 failed (it predates error codes). %2")
                          .arg(failed->name, again));
    const int monitor = indexOf(plan, step::kMonitor);
    if (monitor >= 0 && failed->seq >= monitor)
        return refuse(Tr::tr("step %1 failed after traffic had moved to %2. Roll back instead (switchyard "
                             "rollback --env %3).")
                          .arg(failed->name, plan.toSlot, plan.environment));
    if (releaseFailed(failed->errorCode))
        return refuse(Tr::tr("step %1 failed because the release itself did not prove healthy (%2), which "
                             "running it again cannot fix. Traffic was not switched to it. %3")
                          .arg(failed->name, failed->errorCode, again));
    if (!isResumableCode(failed->errorCode))
        return refuse(Tr::tr("step %1 failed with %2, which is not a provider outage or a token problem "
                             "that resuming gets past. %3")
                          .arg(failed->name, failed->errorCode, again));
    ResumePoint point{failed->seq, failed->name, failed->errorCode};
    // Never switch to a slot not verified in this run: re-verify the standby first.
    const int verify = indexOf(plan, step::kVerifyStandby);
    if (verify >= 0 && failed->seq > verify)
        point.fromStep = verify;
    return point;
}

} // namespace core
