#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QUndoCommand;
class QUndoStack;

namespace rapport {

// TextUndoFallthrough decides who takes Ctrl+Z and Ctrl+Shift+Z when a text field has the focus:
// the text's own undo, or the program's undo stack (the window's Undo action). Qt's text widgets
// claim those keys whenever they have the focus, which leaves two problems:
//
// - a field with nothing of its own to undo would still swallow the key, leaving the user unable
//   to undo the last saved note while the cursor sits in the (now empty) note line;
// - a field with typing of its own would take the key even when the user's last act was a merge
//   or a delete done after that typing: Ctrl+Z right after a merge, with the cursor still in the
//   search box, would undo a search word typed minutes before instead of the merge.
//
// So the most recent act goes first, as users expect of one Undo: while the field's last edit is
// newer than the command on top of the stack (the user is typing), Ctrl+Z undoes the typing as
// every text field does; when the stack's command is newer (a merge just done), Ctrl+Z undoes it,
// and the typing is next in line once the older commands are reached. Redo follows what was
// undone last. Installed on the application; without a stack only the first rule applies.
class TextUndoFallthrough final : public QObject
{
    Q_OBJECT
public:
    explicit TextUndoFallthrough(QObject *parent = nullptr);
    // The stack the window's Undo and Redo actions work on (may be null).
    void setUndoStack(QUndoStack *stack);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(QObject *text);
    void stackIndexChanged(int index);

    QPointer<QUndoStack> m_stack;
    int m_index = 0;
    qint64 m_clock = 0;
    // When each command last became the top of the stack (pushed or redone).
    QHash<const QUndoCommand *, qint64> m_topSince;
    QHash<const QUndoCommand *, qint64> m_undoneAt; // when each was last undone
    // Per text widget: its last edit and its last own undo taken through this filter.
    QHash<const QObject *, qint64> m_editedAt;
    QHash<const QObject *, qint64> m_textUndoneAt;
};

} // namespace rapport
