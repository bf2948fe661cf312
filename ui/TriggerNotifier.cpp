#include "TriggerNotifier.h"

#include <QDateTime>
#include <QLabel>
#include <QStatusBar>
#include <QSystemTrayIcon>

#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr int kMessageMs = 30000;

} // namespace

TriggerNotifier::TriggerNotifier(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_label(new QLabel(statusBar))
{
    m_label->setObjectName(u"triggerLabel"_s);
    m_label->setStyleSheet(u"QLabel#triggerLabel { color: #b8322e; font-weight: 600; padding: 0 6px; }"_s);
    m_label->hide();
    m_statusBar->addPermanentWidget(m_label);
}

void TriggerNotifier::notify(const QString &environment, const QString &text)
{
    ++m_fired;
    const QString time = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
    const QString line = tr("Trigger fired in %1 at %2: %3").arg(environment, time, text);
    if (m_label) {
        m_label->setText(tr("⚠ %1").arg(line));
        m_label->setToolTip(line);
        m_label->show();
    }
    if (m_statusBar)
        m_statusBar->showMessage(line, kMessageMs);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(Theme::icon(u"switchyard"_s), this);
            m_tray->setToolTip(tr("Switchyard"));
        }
        m_tray->show();
        m_tray->showMessage(tr("Rollback trigger in %1").arg(environment), text, QSystemTrayIcon::Warning);
    }
}

QString TriggerNotifier::lastText() const
{
    return !m_label || m_label->isHidden() ? QString() : m_label->text();
}

} // namespace ui
