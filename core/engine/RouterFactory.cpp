#include "RouterFactory.h"

#include <QCoreApplication>

#include "core/providers/NginxRouter.h"
#include "core/providers/cloud/CloudConfig.h"
#include "core/providers/cloud/CloudTokens.h"
#include "core/providers/cloud/CloudflareKvRouter.h"

using namespace Qt::StringLiterals;

namespace core {

Result<std::unique_ptr<Router>> RouterFactory::create(const Environment &environment,
                                                      QNetworkAccessManager *nam)
{
    if (environment.routerKind == u"nginx") {
        auto config = NginxRouterConfig::fromJson(environment.routerConfig);
        if (!config.ok()) {
            Error error = config.error();
            error.message = QCoreApplication::translate("core::RouterFactory", "Environment %1: %2")
                                .arg(environment.name, error.message);
            return error;
        }
        return std::unique_ptr<Router>(std::make_unique<NginxRouter>(*config, nam));
    }
    if (environment.routerKind == u"cloudflare-kv") {
        auto config = CloudConfig::forEnvironment(environment);
        if (!config.ok()) {
            Error error = config.error();
            error.message = QCoreApplication::translate("core::RouterFactory", "Environment %1: %2")
                                .arg(environment.name, error.message);
            return error;
        }
        return std::unique_ptr<Router>(std::make_unique<CloudflareKvRouter>(
            config->cloudflare, nam, CloudTokens::sourceFor(Provider::Cloudflare, environment)));
    }
    return Error{u"config.router"_s,
                 QCoreApplication::translate("core::RouterFactory",
                                             "Environment %1 uses router “%2”, which this "
                                             "build does not know (known: nginx, cloudflare-kv).")
                     .arg(environment.name, environment.routerKind),
                 {}};
}

} // namespace core
