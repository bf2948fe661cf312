#include "ProbeLoop.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace core {

ProbeLoop::ProbeLoop(HealthProbe &probe, Options options, Check check, QObject *parent)
    : QObject(parent)
    , m_probe(probe)
    , m_options(std::move(options))
    , m_check(std::move(check))
{}

void ProbeLoop::start(std::function<void(const Status &)> done)
{
    m_done = std::move(done);
    m_passed = 0;
    m_elapsed.start();
    probeOnce();
}

void ProbeLoop::probeOnce()
{
    const int remaining = static_cast<int>(m_options.deadlineMs - m_elapsed.elapsed());
    const int timeout = qMax(100, qMin(m_options.requestTimeoutMs, remaining));
    // A fresh connection per probe: after an nginx reload an old worker may still answer on a
    // kept-alive connection, which is not what a new user gets.
    m_probe.probe(
        m_options.url, timeout, this,
        [this](const ProbeOutcome &outcome) {
            const QString problem = m_check(outcome);
            Q_EMIT probed(outcome, problem);
            if (problem.isEmpty()) {
                ++m_passed;
                if (m_passed >= m_options.required) {
                    m_done(Status());
                    return;
                }
            } else {
                m_lastProblem = problem;
                if (m_options.mode == Mode::Strict) {
                    m_done(Error{u"probe.failed"_s, problem, m_options.url.toString()});
                    return;
                }
                m_passed = 0;
            }
            if (m_elapsed.elapsed() + m_options.intervalMs > m_options.deadlineMs &&
                m_options.mode == Mode::UntilPassing) {
                m_done(Error{
                    u"probe.deadline"_s,
                    QCoreApplication::translate("core::ProbeLoop", "No healthy answer within %1 s; last: %2")
                        .arg(m_options.deadlineMs / 1000.0, 0, 'f', 1)
                        .arg(m_lastProblem),
                    m_options.url.toString()});
                return;
            }
            QTimer::singleShot(m_options.intervalMs, this, &ProbeLoop::probeOnce);
        },
        ProbeConnection::Fresh);
}

} // namespace core
