#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QStatusBar;
class QSystemTrayIcon;

namespace ui {

// Where a fired rollback trigger shows up in the GUI: a message and a lasting warning label in the
// status bar, and a tray notification where the desktop has a system tray. The monitor's trigger
// signal calls notify() (through MainWindow::notifyTriggerFired).
class TriggerNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerNotifier)

public:
    // `statusBar` (not null) keeps the label.
    explicit TriggerNotifier(QStatusBar *statusBar, QObject *parent = nullptr);

    void notify(const QString &environment, const QString &text);
    // The status bar label's text, empty before the first trigger.
    [[nodiscard]] QString lastText() const;
    [[nodiscard]] int firedCount() const { return m_fired; }
    [[nodiscard]] bool usedTray() const { return m_tray != nullptr; }

private:
    QPointer<QStatusBar> m_statusBar;
    QPointer<QLabel> m_label;
    QSystemTrayIcon *m_tray = nullptr;
    int m_fired = 0;
};

} // namespace ui
