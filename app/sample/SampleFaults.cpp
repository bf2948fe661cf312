#include "SampleFaults.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace app {

QJsonObject SampleFaults::toJson() const
{
    return QJsonObject{{u"errorRate"_s, errorRate},
                       {u"latencyMs"_s, latencyMs},
                       {u"degraded"_s, degraded},
                       {u"wrongVersion"_s, wrongVersion}};
}

std::optional<SampleFaults>
SampleFaults::apply(const SampleFaults &base, const QJsonObject &json, QString &error)
{
    static const QStringList known{u"errorRate"_s, u"latencyMs"_s, u"degraded"_s, u"wrongVersion"_s,
                                   u"reset"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            error = tr("Unknown fault “%1” (known: %2).").arg(it.key(), known.join(u", "_s));
            return std::nullopt;
        }
    }
    SampleFaults faults = json.value(u"reset"_s).toBool() ? SampleFaults{} : base;
    if (json.contains(u"errorRate"_s)) {
        const QJsonValue v = json.value(u"errorRate"_s);
        if (!v.isDouble() || v.toDouble() < 0.0 || v.toDouble() > 1.0) {
            error = tr("errorRate must be a number from 0 to 1.");
            return std::nullopt;
        }
        faults.errorRate = v.toDouble();
    }
    if (json.contains(u"latencyMs"_s)) {
        const QJsonValue v = json.value(u"latencyMs"_s);
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 600000 ||
            v.toDouble() != std::floor(v.toDouble())) {
            error = tr("latencyMs must be a whole number of milliseconds from 0 to 600000.");
            return std::nullopt;
        }
        faults.latencyMs = v.toInt();
    }
    if (json.contains(u"degraded"_s)) {
        if (!json.value(u"degraded"_s).isBool()) {
            error = tr("degraded must be true or false.");
            return std::nullopt;
        }
        faults.degraded = json.value(u"degraded"_s).toBool();
    }
    if (json.contains(u"wrongVersion"_s)) {
        if (!json.value(u"wrongVersion"_s).isString()) {
            error = tr("wrongVersion must be a string (empty: report the real version).");
            return std::nullopt;
        }
        faults.wrongVersion = json.value(u"wrongVersion"_s).toString();
    }
    return faults;
}

bool FaultCounter::nextFails(double rate)
{
    ++m_count;
    if (rate <= 0.0)
        return false;
    const auto before = static_cast<qint64>(std::floor(static_cast<double>(m_count - 1) * rate + 1e-9));
    const auto after = static_cast<qint64>(std::floor(static_cast<double>(m_count) * rate + 1e-9));
    return after > before;
}

} // namespace app
