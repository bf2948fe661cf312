#pragma once

#include <memory>

#include "core/Result.h"
#include "core/model/Environment.h"
#include "core/providers/Router.h"

class QNetworkAccessManager;

namespace core {

// Makes the router an environment is configured with. Errors say which setting is wrong.
class RouterFactory
{
public:
    static Result<std::unique_ptr<Router>> create(const Environment &environment, QNetworkAccessManager *nam);
};

} // namespace core
