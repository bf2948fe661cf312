#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace app {

// Faults the sample service injects, set at start-up (command line) or at run time (POST /__faults from
// loopback), so demos and tests can make a slot sick on purpose:
// - errorRate: the fraction of requests answered 500, on the health routes and the normal routes alike.
//   Deterministic: of every n requests of a kind (health / other), round(n * errorRate) fail, spread
//   evenly (request k fails when floor(k * rate) > floor((k - 1) * rate)).
// - latencyMs: added before every answer (health and normal routes).
// - degraded: the health routes report degraded (HTTP 206) instead of healthy.
// - wrongVersion: reported instead of the real version (health, /api/hello and the page).
struct SampleFaults
{
    double errorRate = 0.0;
    int latencyMs = 0;
    bool degraded = false;
    QString wrongVersion;

    [[nodiscard]] QJsonObject toJson() const;
    // Applies the fields present in `json` to `base` ({"reset": true} starts from no faults). The faults,
    // or why the document is unusable (translated).
    static std::optional<SampleFaults>
    apply(const SampleFaults &base, const QJsonObject &json, QString &error);

    friend bool operator==(const SampleFaults &, const SampleFaults &) = default;

    Q_DECLARE_TR_FUNCTIONS(app::SampleFaults)
};

// Decides which requests of one kind fail, for an error rate (see SampleFaults::errorRate).
class FaultCounter
{
public:
    // Counts one request; true when it must fail.
    bool nextFails(double rate);
    void reset() { m_count = 0; }

private:
    qint64 m_count = 0;
};

} // namespace app
