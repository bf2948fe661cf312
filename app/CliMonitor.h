#pragma once

#include <QStringList>

namespace app {

class CliOutput;

// `switchyard monitor [--env NAME]… [--interval-ms N] [--duration-s N] [--json]`: the headless watch mode.
// Probes the environments' slots and public URLs, stores the samples, evaluates the rollback triggers and
// carries out what fires (automatic rollback, proposal, alert), until SIGINT / SIGTERM or the duration ends.
// With --json every event is one JSON object per line on stdout. Exit code: 0, or 1 when an automatic
// rollback failed, 3 when one was blocked (e.g. the standby slot was unhealthy too).
class CliMonitor
{
public:
    static int run(const QStringList &arguments, const QString &workspaceLocation, const CliOutput &out);
};

} // namespace app
