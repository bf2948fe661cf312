#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "SampleFaults.h"

namespace app {

// The sample service's command line: run options, plus the control modes --replace and --stop.
struct SampleOptions
{
    enum class Mode
    {
        Run,
        Replace,
        Stop
    };

    Mode mode = Mode::Run;
    quint16 port = 0;
    QString bind = QStringLiteral("127.0.0.1");
    QString version;
    QString slot;
    QString commit = QStringLiteral("0000000");
    QString health = QStringLiteral("healthy"); // healthy | degraded | unhealthy | malformed | hang
    int healthDelayMs = 0;
    int healthFailAfter =
        0; // > 0: after this many health requests, answer unhealthy (a release that breaks under traffic)
    QString pidFile;
    QString logFile;
    SampleFaults faults; // at start-up; POST /__faults changes them at run time

    // The options, or the reason they are unusable (already translated). Help exits the process.
    static std::optional<SampleOptions> parse(const QStringList &arguments, QString &error);
    // The run options, to start the service itself with.
    [[nodiscard]] QStringList runArguments() const;

    Q_DECLARE_TR_FUNCTIONS(app::SampleOptions)
};

} // namespace app
