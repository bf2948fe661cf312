#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include "core/Result.h"
#include "core/providers/HealthProbe.h"

namespace core {

// Probes one health URL repeatedly until `required` consecutive probes pass `check`.
// - untilPassing: keep trying after failures until the deadline (waiting for a slot to come up).
// - strict: the first failing probe fails the loop (watching live traffic).
class ProbeLoop final : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        UntilPassing,
        Strict
    };
    // Returns an empty string when the outcome is acceptable, else why not (translated).
    using Check = std::function<QString(const ProbeOutcome &)>;

    struct Options
    {
        QUrl url;
        int requestTimeoutMs = 5000;
        int intervalMs = 1000;
        int deadlineMs = 60000;
        int required = 1;
        Mode mode = Mode::UntilPassing;
    };

    ProbeLoop(HealthProbe &probe, Options options, Check check, QObject *parent = nullptr);
    void start(std::function<void(const Status &)> done);

Q_SIGNALS:
    void probed(const core::ProbeOutcome &outcome, const QString &problem);

private:
    void probeOnce();

    HealthProbe &m_probe;
    Options m_options;
    Check m_check;
    std::function<void(const Status &)> m_done;
    QElapsedTimer m_elapsed;
    int m_passed = 0;
    QString m_lastProblem;
};

} // namespace core
