#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/providers/NginxRouterConfig.h"
#include "core/providers/Router.h"

class QNetworkAccessManager;

namespace core {

class HealthProbe;
struct ProbeOutcome;

// Points an environment's traffic at a slot through a real nginx: writes the upstream include atomically
// (keeping the previous one), `nginx -t`, reload, then verifies through the router; restores the
// previous include on any failure. Errors: "router.busy", "router.invalid_target", "router.io",
// "router.config_invalid", "router.reload_failed", "router.verify_failed".
class NginxRouter final : public Router
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NginxRouter)

public:
    static constexpr int kCommandTimeoutMs = 10000;
    static constexpr int kVerifyPollMs = 20;
    static constexpr int kSettleMs = 300;
    static constexpr int kWorkerPollMs = 5;
    static constexpr int kFastPollMs = 5;
    static constexpr int kFastPollAttempts = 30;

    NginxRouter(NginxRouterConfig config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~NginxRouter() override;

    [[nodiscard]] const NginxRouterConfig &config() const { return m_config; }
    // Dry run: each action switchTo() would take, one line each. Touches nothing.
    [[nodiscard]] QStringList describeSwitch(const SwitchTarget &target) const override;
    // The slot the include file currently names.
    [[nodiscard]] std::optional<QString> configuredSlot() const override;
    [[nodiscard]] QUrl publicHealthUrl() const override { return m_config.verifyUrl; }
    // switchTo() already waits until nginx's previous workers stop taking connections; the
    // settle time covers clients whose kept-alive connection an old worker is still finishing.
    [[nodiscard]] int settleMs() const override { return kSettleMs; }

    // `done` runs once unless `context` is destroyed first.
    void switchTo(const SwitchTarget &target,
                  int verifyTimeoutMs,
                  QObject *context,
                  std::function<void(const Status &)> done) override;
    // Polls verifyUrl until it answers healthy from target.slot (and version), or timeoutMs passes.
    void verify(const SwitchTarget &target,
                int timeoutMs,
                QObject *context,
                std::function<void(const Status &)> done) override;

private:
    struct Switch;
    struct Verification;
    using StatusCallback = std::function<void(const Status &)>;

    [[nodiscard]] QString renderInclude(const SwitchTarget &target) const;
    [[nodiscard]] QString nginxCommandLine(const QStringList &extraArgs) const;
    [[nodiscard]] Status writeFile(const QString &path, const QByteArray &contents) const;
    [[nodiscard]] Status restorePrevious(const Switch &operation) const;
    void runNginx(const QStringList &extraArgs,
                  std::function<void(const Status &, const QString &stderrText)> done);
    void testConfig(const std::shared_ptr<Switch> &operation);
    void reload(const std::shared_ptr<Switch> &operation);
    void rollBack(const std::shared_ptr<Switch> &operation, const Error &cause);
    [[nodiscard]] QList<qint64> acceptingWorkers() const;
    void waitForOldWorkers(const std::shared_ptr<Switch> &operation);
    void finishSwitch(const std::shared_ptr<Switch> &operation, const Status &status);
    void verifyAttempt(const std::shared_ptr<Verification> &verification);
    [[nodiscard]] static bool matches(const ProbeOutcome &outcome, const SwitchTarget &target);
    [[nodiscard]] Error verifyError(const Verification &verification) const;

    NginxRouterConfig m_config;
    HealthProbe *m_probe;
    bool m_switching = false;
};

} // namespace core
