#pragma once

#include <QtGlobal>

namespace core {
using ServiceId = qint64;
using EnvironmentId = qint64;
using SlotId = qint64;
using ReleaseId = qint64;
using DeploymentId = qint64;
} // namespace core
