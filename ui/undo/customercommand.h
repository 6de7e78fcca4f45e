#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <memory>

class QUndoStack;

namespace rapport {

class CustomerService;
class UndoFeedback;
class Workspace;

// CustomerCommand is the base of every undoable customer edit. Its steps call core services
// (never SQL), which check versions: an undo or redo over rows that changed meanwhile is a
// Conflict, reported through UndoFeedback, and the step is taken off the stack instead of
// overwriting anything.
//
// A command runs once through run(), which reports success or the error to the caller (the
// editor shows a conflict dialog, an inline message...) and only then pushes it; the stack's
// first redo() is then skipped. A command holds its workspace weakly: once the workspace is
// closed its steps fail cleanly (the main window should clear the stack then anyway).
class CustomerCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCommand)

public:
    // Does `command` and, when that succeeded, pushes it on `stack` (which then owns it). On
    // failure the command is dropped, nothing changed, and the error is returned.
    static Status run(QUndoStack *stack, std::unique_ptr<CustomerCommand> command);

    void redo() final;
    void undo() final;

protected:
    explicit CustomerCommand(Workspace &workspace);

    // The step forwards (first run and every redo) and backwards (undo).
    virtual Status apply() = 0;
    virtual Status revert() = 0;

    // Runs `step` with a service on the workspace; an error when the workspace is gone.
    Status withService(const std::function<Status(CustomerService &)> &step) const;

private:
    void fail(const QString &title, const Status &status);

    QPointer<Workspace> m_workspace;
    QPointer<UndoFeedback> m_feedback;
    bool m_skipRedo = false;
};

} // namespace rapport
