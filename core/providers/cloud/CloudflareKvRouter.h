#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>

#include "core/http/HttpRequest.h"
#include "core/providers/Router.h"
#include "core/providers/cloud/CloudConfig.h"

class QNetworkAccessManager;

namespace core {

class CloudflareClient;
class HealthProbe;
class HttpClient;
struct ProbeOutcome;

// Points an environment's traffic at a slot by writing the ACTIVE_ENV key the router Worker reads
// in Workers KV (seed 000): remember the current value, PUT the new one (raw bytes), read it back,
// then poll the public URL until `confirmations` answers in a row come from the new slot (header
// X-Switchyard-Slot, healthy, the release's version) — KV takes up to ~60 s to reach every PoP,
// so progress is reported on each poll — or the propagation timeout passes. On failure the
// previous value is written back. Errors: "router.busy", "router.verify_failed" and the
// provider's own ("cloudflare.auth", "cloudflare.http", …).
class CloudflareKvRouter final : public Router
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudflareKvRouter)

public:
    CloudflareKvRouter(CloudflareSettings settings,
                       QNetworkAccessManager *nam,
                       TokenSource token,
                       QObject *parent = nullptr);
    ~CloudflareKvRouter() override;

    [[nodiscard]] const CloudflareSettings &settings() const { return m_settings; }
    [[nodiscard]] HttpClient &http() { return *m_http; }
    [[nodiscard]] CloudflareClient &client() { return *m_client; }

    [[nodiscard]] QStringList describeSwitch(const SwitchTarget &target) const override;
    [[nodiscard]] QUrl publicHealthUrl() const override { return m_settings.publicHealthUrl; }
    // Answers from the old slot may still reach users at other PoPs for a while after the switch
    // was confirmed here.
    [[nodiscard]] int settleMs() const override { return 0; }
    [[nodiscard]] QString slotHeaderFor(const QString &slot) const override
    {
        return m_settings.valueFor(slot);
    }
    // The value last read or written (KV cannot be read synchronously); nullopt before that.
    [[nodiscard]] std::optional<QString> configuredSlot() const override { return m_lastKnownSlot; }

    // Reads ACTIVE_ENV now (updates configuredSlot()).
    void readActiveSlot(QObject *context, std::function<void(const Result<std::optional<QString>> &)> done);
    // Write + read-back only (no public-URL check): the fast half of a rollback, for benchmarks.
    void writeAndReadBack(const QString &slot, QObject *context, std::function<void(const Status &)> done);

    void switchTo(const SwitchTarget &target,
                  int verifyTimeoutMs,
                  QObject *context,
                  std::function<void(const Status &)> done) override;
    void verify(const SwitchTarget &target,
                int timeoutMs,
                QObject *context,
                std::function<void(const Status &)> done) override;

    // Uploads the router Worker (resources/worker/router.js, or `source`) with its KV binding.
    void uploadWorker(const QByteArray &source, QObject *context, std::function<void(const Status &)> done);
    // The Worker shipped with Switchyard (from the resources); empty if missing.
    static QByteArray bundledWorker();

private:
    struct Switch;
    struct Verification;
    void restoreAndFail(const std::shared_ptr<Switch> &operation, const Error &cause);
    void verifyAttempt(const std::shared_ptr<Verification> &verification);
    [[nodiscard]] bool matches(const ProbeOutcome &outcome, const SwitchTarget &target) const;

    CloudflareSettings m_settings;
    HttpClient *m_http;
    CloudflareClient *m_client;
    HealthProbe *m_probe;
    std::optional<QString> m_lastKnownSlot;
    bool m_switching = false;
};

} // namespace core
