#pragma once

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <thread>

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>

namespace bench {

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

inline void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// The load average as `uptime` prints it (1, 5 and 15 minutes) and the number of CPUs: benchmarks print it
// before and after, so a figure from a busy machine says so.
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    const QList<QByteArray> fields =
        file.open(QIODevice::ReadOnly) ? file.readAll().simplified().split(' ') : QList<QByteArray>();
    if (fields.size() < 3)
        return QStringLiteral("load average unknown");
    return QStringLiteral("load average: %1, %2, %3 (%4 CPUs)")
        .arg(QString::fromLatin1(fields.at(0)), QString::fromLatin1(fields.at(1)),
             QString::fromLatin1(fields.at(2)))
        .arg(std::thread::hardware_concurrency());
}

// CPU time of the calling thread in ms: what the work costs without the other processes of a busy machine.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// CPU time of the whole process in ms (every thread: Qt hands some painting and image work to a pool).
inline double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Repeated measurements of one thing, wall and CPU time: median and best of each. The median says what a
// user gets on this machine as loaded as it was; the best says what the code costs with the CPU to itself.
struct Timings
{
    QList<double> wall;
    QList<double> cpu;

    void add(double wallValue, double cpuValue)
    {
        wall << wallValue;
        cpu << cpuValue;
    }
    [[nodiscard]] double wallMedian() const { return percentile(wall, 0.5); }
    [[nodiscard]] double cpuMedian() const { return percentile(cpu, 0.5); }
    [[nodiscard]] double wallBest() const
    {
        return wall.isEmpty() ? 0 : *std::min_element(wall.cbegin(), wall.cend());
    }
    [[nodiscard]] double cpuBest() const
    {
        return cpu.isEmpty() ? 0 : *std::min_element(cpu.cbegin(), cpu.cend());
    }
    // "wall median 12.34 ms (best 8.90), cpu median 6.78 ms (best 6.01), 15 runs"
    [[nodiscard]] QString summary(const QString &unit = QStringLiteral("ms"), int decimals = 2) const
    {
        return QStringLiteral("wall median %1 %5 (best %2), cpu median %3 %5 (best %4), %6 runs")
            .arg(QString::number(wallMedian(), 'f', decimals), QString::number(wallBest(), 'f', decimals),
                 QString::number(cpuMedian(), 'f', decimals), QString::number(cpuBest(), 'f', decimals), unit)
            .arg(wall.size());
    }
};

// Wall and process CPU time from its creation: lap() adds the time since the previous lap (or the start) to
// a Timings, total() the time since the start.
class Stopwatch
{
public:
    Stopwatch()
        : m_startCpu(processCpuMs())
        , m_lapCpu(m_startCpu)
    {
        m_timer.start();
    }
    void lap(Timings &into)
    {
        const qint64 ns = m_timer.nsecsElapsed();
        const double cpu = processCpuMs();
        into.add(static_cast<double>(ns - m_lapNs) / 1e6, cpu - m_lapCpu);
        m_lapNs = ns;
        m_lapCpu = cpu;
    }
    void total(Timings &into) const
    {
        into.add(static_cast<double>(m_timer.nsecsElapsed()) / 1e6, processCpuMs() - m_startCpu);
    }

private:
    QElapsedTimer m_timer;
    double m_startCpu;
    double m_lapCpu;
    qint64 m_lapNs = 0;
};

} // namespace bench
