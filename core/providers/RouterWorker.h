#pragma once

#include <QByteArray>
#include <QString>

namespace core {

// The Cloudflare router Worker (resources/worker/router.js, see its README.md) as built into the
// app, for the Workers scripts upload: an ES module whose KV binding is kKvBinding.
class RouterWorker final
{
public:
    RouterWorker() = delete;

    static constexpr auto kModuleName = "router.js";
    static constexpr auto kKvBinding = "SWITCHYARD_KV";
    static constexpr auto kActiveKey = "ACTIVE_ENV";

    // The module's source (empty only if the build lost the resource).
    [[nodiscard]] static QByteArray source();
    // plain_text binding names of the slots' origins: WEB_A_ORIGIN, FUNCTIONS_B_BASE, …
    [[nodiscard]] static QString webOriginBinding(const QString &slot);
    [[nodiscard]] static QString functionsBaseBinding(const QString &slot);
    // "A" for blue / A, "B" for green / B (what the Worker accepts in ACTIVE_ENV); empty otherwise.
    [[nodiscard]] static QString slotLetter(const QString &slotName);
};

} // namespace core
