#include "CloudStandby.h"

#include <QCoreApplication>

#include "core/engine/StepContext.h"
#include "core/http/HttpClient.h"
#include "core/model/Environment.h"
#include "core/model/ProviderSettings.h"
#include "core/providers/cloud/CloudConfig.h"
#include "core/providers/cloud/CloudDeployer.h"
#include "core/providers/cloud/CloudTokens.h"
#include "core/providers/cloud/CloudflareKvRouter.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ProviderRefRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::CloudStandby)
};

CloudDeployer::Tokens tokensFor(const Environment &environment)
{
    return CloudDeployer::Tokens{CloudTokens::sourceFor(Provider::Vercel, environment),
                                 CloudTokens::sourceFor(Provider::Supabase, environment)};
}

CloudRelease releaseOf(const StepContext &context)
{
    const Plan &plan = context.plan();
    return CloudRelease{plan.environment, plan.toSlot, plan.version, plan.commit};
}

} // namespace

bool CloudStandby::applies(const Environment &environment)
{
    if (environment.routerKind != u"cloudflare-kv")
        return false;
    return environment.routerConfig.contains(u"vercel"_s) ||
           environment.routerConfig.contains(u"supabase"_s) ||
           !ProviderSettings::of(environment, u"vercel"_s).projectId.isEmpty() ||
           !ProviderSettings::of(environment, u"supabase"_s).projectId.isEmpty();
}

QStringList CloudStandby::describe(const StepContext &context)
{
    auto config = CloudConfig::forEnvironment(context.environment());
    if (!config.ok())
        return {config.error().message};
    CloudDeployer deployer(*config, nullptr, tokensFor(context.environment()));
    return deployer.describe(releaseOf(context));
}

void CloudStandby::run(Step &owner, StepContext &context, Step::Done done)
{
    auto config = CloudConfig::forEnvironment(context.environment());
    if (!config.ok()) {
        done(config.error());
        return;
    }
    auto *router = qobject_cast<CloudflareKvRouter *>(&context.router());
    if (!router) {
        done(Error{u"config.router"_s, Tr::tr("A cloud environment needs the cloudflare-kv router."), {}});
        return;
    }
    auto *deployer = new CloudDeployer(*config, router->http().networkAccessManager(),
                                       tokensFor(context.environment()), &owner);
    QObject::connect(deployer, &CloudDeployer::progress, &owner,
                     [&context](const QString &line) { context.log(line); });
    const CloudRelease release = releaseOf(context);
    deployer->deploy(release, &owner, [deployer, &context, done](const Result<QList<ProviderRef>> &refs) {
        deployer->deleteLater();
        if (!refs.ok()) {
            Error error = refs.error();
            error.message =
                Tr::tr("Deploying to the standby slot %1 failed; users still get the live slot. %2")
                    .arg(context.plan().toSlot, error.message);
            done(error);
            return;
        }
        ProviderRefRepository store(context.workspace());
        for (const ProviderRef &ref : *refs) {
            context.log(Tr::tr("%1 %2: %3 %4").arg(ref.provider, ref.kind, ref.id, ref.url));
            if (auto added = store.add(context.deployment().id, ref); !added.ok()) {
                done(added);
                return;
            }
        }
        const Plan &plan = context.plan();
        done(
            context.workspace().environments().setSlotVersion(plan.environmentId, plan.toSlot, plan.version));
    });
}

} // namespace core
