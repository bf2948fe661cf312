#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace ui {

// The modal questions and messages the GUI asks, behind one seam: the default implementation shows
// message boxes; tests subclass it to answer without a person.
class Dialogs
{
public:
    Dialogs() = default;
    virtual ~Dialogs();
    Q_DISABLE_COPY_MOVE(Dialogs)

    // True when the user confirms with `confirmButtonText`; false on cancel.
    virtual bool
    confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmButtonText);
    virtual void showError(QWidget *parent, const QString &title, const QString &text);
    // One of `items`, or an empty string when the user cancels. `current` is preselected.
    virtual QString chooseItem(
        QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current);
};

} // namespace ui
