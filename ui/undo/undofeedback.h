#pragma once

#include <QObject>

class QUndoStack;

namespace rapport {

// UndoFeedback tells the user why an undo or redo could not be done: the row changed meanwhile
// (a conflict: nothing is overwritten), or the database is gone. The step that failed is taken
// off the stack. There is one per QUndoStack, created as the stack's child on first use; the main
// window connects failed() to its error presenter once.
class UndoFeedback final : public QObject
{
    Q_OBJECT
public:
    static UndoFeedback *of(QUndoStack *stack);

    void report(const QString &title, const QString &message) { Q_EMIT failed(title, message); }

Q_SIGNALS:
    void failed(const QString &title, const QString &message);

private:
    using QObject::QObject;
};

} // namespace rapport
