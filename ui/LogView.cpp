#include "LogView.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

LogView::LogView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(Theme::monospaceFont());
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(20000);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void LogView::appendLine(const QDateTime &at, const QString &step, const QString &stream, const QString &line)
{
    QTextCharFormat meta;
    meta.setForeground(Theme::color(Theme::Tone::Neutral));
    QTextCharFormat body;
    if (stream == u"err")
        body.setForeground(Theme::color(Theme::Tone::Bad));
    else if (stream == u"info")
        body.setForeground(QColor(0x4a, 0x55, 0x66));

    const bool atEnd = verticalScrollBar()->value() == verticalScrollBar()->maximum();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(at.toLocalTime().toString(u"HH:mm:ss"_s) + u"  "_s + step.leftJustified(15) + u' ',
                      meta);
    cursor.insertText(line, body);
    if (atEnd)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

} // namespace ui
