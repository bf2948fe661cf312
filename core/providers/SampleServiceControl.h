#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace core {

// Starts and stops the sample service (switchyard-sample) through its control modes, synchronously
// (bounded by kTimeoutMs): for the demo sandbox and tests, not for the GUI thread.
// Errors: "sample.not_found", "sample.failed".
class SampleServiceControl final
{
    Q_DECLARE_TR_FUNCTIONS(core::SampleServiceControl)

public:
    static constexpr int kTimeoutMs = 20000;

    // `switchyard-sample --replace --pidfile PIDFILE [--log LOG] --port P --version V --slot S EXTRA…`:
    // stops the process named in pidFile, starts the new one and waits until it answers.
    [[nodiscard]] static Status replace(const QString &sampleBinary,
                                        const QString &pidFile,
                                        const QString &logFile,
                                        quint16 port,
                                        const QString &version,
                                        const QString &slot,
                                        const QStringList &extraArgs = {});
    // `switchyard-sample --stop --pidfile PIDFILE`: succeeds also when nothing was running.
    [[nodiscard]] static Status stop(const QString &sampleBinary, const QString &pidFile);
    // switchyard-sample next to this program, else in $SWITCHYARD_BIN_DIR, else on PATH.
    [[nodiscard]] static QString defaultBinary();

private:
    [[nodiscard]] static Status run(const QString &sampleBinary, const QStringList &arguments);
};

} // namespace core
