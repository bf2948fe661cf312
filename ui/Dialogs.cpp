#include "Dialogs.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace ui {

Dialogs::~Dialogs() = default;

bool Dialogs::confirm(QWidget *parent,
                      const QString &title,
                      const QString &text,
                      const QString &confirmButtonText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *confirmButton = box.addButton(confirmButtonText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirmButton;
}

void Dialogs::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString Dialogs::chooseItem(
    QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current)
{
    bool ok = false;
    const QString choice = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    return ok ? choice : QString();
}

} // namespace ui
