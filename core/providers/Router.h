#pragma once

#include <functional>
#include <optional>

#include <QObject>
#include <QStringList>
#include <QUrl>

#include "core/Result.h"

namespace core {

// Where traffic should go: the slot, the address the router sends it to, and the version the
// slot must report through the router for the switch to count as done.
struct SwitchTarget
{
    QString slot;
    QString upstream;
    QString expectedVersion;
};

// Points an environment's traffic at one slot: nginx today, Cloudflare KV and Vercel later.
// switchTo() must verify through the router itself, and leave traffic where it was on failure.
class Router : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Every action switchTo would take, for dry runs and plans. Changes nothing.
    [[nodiscard]] virtual QStringList describeSwitch(const SwitchTarget &target) const = 0;
    // The health endpoint as users reach it, through the router.
    [[nodiscard]] virtual QUrl publicHealthUrl() const = 0;
    // After a verified switch, how long answers from the previous slot may still reach some users
    // (nginx: old workers keep accepting for ~100 ms after a reload; a CDN: propagation).
    // Monitoring starts after it.
    [[nodiscard]] virtual int settleMs() const { return 0; }
    // What the router's X-Switchyard-Slot header says for `slot` (the Cloudflare Worker says A/B).
    [[nodiscard]] virtual QString slotHeaderFor(const QString &slot) const { return slot; }
    // The slot the router is configured for now, if it can tell.
    [[nodiscard]] virtual std::optional<QString> configuredSlot() const = 0;
    virtual void switchTo(const SwitchTarget &target,
                          int verifyTimeoutMs,
                          QObject *context,
                          std::function<void(const Status &)> done) = 0;
    virtual void verify(const SwitchTarget &target,
                        int timeoutMs,
                        QObject *context,
                        std::function<void(const Status &)> done) = 0;

Q_SIGNALS:
    void progress(const QString &line);
};

} // namespace core
