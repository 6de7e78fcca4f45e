#pragma once

#include <QString>
#include <QUndoCommand>

namespace rapport {

// Text from data (a customer's or a task's name, a file name, a user) that goes into an action's
// or a menu's text: every "&" doubled, so "Adams & Phillips Ltd" reads as written instead of
// underlining the "P" as a keyboard mnemonic.
inline QString escapeMnemonics(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

// Sets a command's text twice: as written for lists of steps (text()), with the mnemonics escaped
// for the Undo/Redo menu items (actionText(), which QUndoStack's actions show). QUndoCommand splits
// the two at the first line break, so any break in the text itself becomes a space.
inline void setUndoText(QUndoCommand &command, const QString &text)
{
    QString plain = text;
    plain.replace(QLatin1Char('\n'), QLatin1Char(' '));
    command.setText(plain + QLatin1Char('\n') + escapeMnemonics(plain));
}

} // namespace rapport
