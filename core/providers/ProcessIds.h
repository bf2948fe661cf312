#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QtGlobal>

namespace core {

// Small helpers around process ids, for processes Switchyard started detached (nginx, sample services).

// The pid written in `path` (first line), if the file exists and holds a positive number.
[[nodiscard]] std::optional<qint64> readPidFile(const QString &path);
// True if the process exists and is not a zombie (a detached process whose parent never reaps it).
[[nodiscard]] bool isProcessAlive(qint64 pid);
// Sends `signal` to the process; false if it does not exist.
bool signalProcess(qint64 pid, int signal);
// The live children of `parent` (Linux /proc); empty if unknown.
[[nodiscard]] QList<qint64> childProcesses(qint64 parent);
// The process's command line, arguments separated by spaces; empty if unknown.
[[nodiscard]] QString processCommandLine(qint64 pid);

} // namespace core
