#pragma once

class QAction;
class QObject;
class QUndoStack;

namespace rapport {

struct UndoActions
{
    QAction *undo = nullptr;
    QAction *redo = nullptr;
};

// Undo and Redo for the Edit menu over the app's one stack: Undo on QKeySequence::Undo (Ctrl+Z),
// Redo on Ctrl+Shift+Z and the platform's Redo keys (Ctrl+Y on Windows); their texts follow the
// next step ("Undo Edit Ada Lovelace") and they are disabled when there is nothing to do.
UndoActions createUndoActions(QUndoStack *stack, QObject *parent);

// "Move to Trash" on the Delete key, for the views that show a current customer: the view
// connects triggered() to moveCustomerToTrash() with its current customer.
QAction *createMoveToTrashAction(QObject *parent);

} // namespace rapport
