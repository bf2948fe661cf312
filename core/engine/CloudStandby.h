#pragma once

#include <QStringList>

#include "core/engine/Step.h"

namespace core {

struct Environment;
class StepContext;

// deploy-standby for cloud environments (router "cloudflare-kv" with Vercel and/or Supabase
// settings): CloudDeployer deploys the release to the standby slot and the provider ids and URLs
// are stored with the deployment (ProviderRefRepository).
class CloudStandby
{
public:
    [[nodiscard]] static bool applies(const Environment &environment);
    // Each request the step will send (method, URL, redacted body), for plans and dry runs.
    [[nodiscard]] static QStringList describe(const StepContext &context);
    // Runs on behalf of `owner` (its lifetime bounds the work); `done` runs once.
    static void run(Step &owner, StepContext &context, Step::Done done);
};

} // namespace core
