#include "RouterFactory.h"

#include <QCoreApplication>

#include "core/providers/NginxRouter.h"

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
    return Error{u"config.router"_s,
                 QCoreApplication::translate("core::RouterFactory",
                                             "Environment %1 uses router “%2”, which this "
                                             "build does not know (known: nginx).")
                     .arg(environment.name, environment.routerKind),
                 {}};
}

} // namespace core
