#pragma once

#include <QJsonObject>
#include <QUrl>

#include "core/Result.h"

class QNetworkAccessManager;

namespace testsupport {

// POST /__faults to a sample service (http://127.0.0.1:PORT): sets its injected faults at run time.
// Returns the faults the service now has, or why it refused. Waits up to 5 s (tests only).
core::Result<QJsonObject>
setSampleFaults(QNetworkAccessManager &nam, quint16 port, const QJsonObject &faults);

// GET /__metrics of a sample service: {"requests": N, "errors": M}, the requests it served since it started
// (health probes included; /__metrics and /__faults themselves are not counted). Waits up to 5 s.
core::Result<QJsonObject> sampleMetrics(QNetworkAccessManager &nam, quint16 port);

} // namespace testsupport
