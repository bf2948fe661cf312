#pragma once

#include <QDateTime>
#include <QPlainTextEdit>

namespace ui {

// A read-only, monospace deployment log: "14:03:12  switch  line", errors in red, Switchyard's own
// notes in grey. Used live by the run view and for stored logs by the details pane.
class LogView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(QWidget *parent = nullptr);

    // `stream` is "out", "err" or "info".
    void appendLine(const QDateTime &at, const QString &step, const QString &stream, const QString &line);
};

} // namespace ui
