#pragma once

#include "core/domain/task.h"

#include <QUndoCommand>

#include <functional>

namespace rapport {

class Workspace;

// TaskDoneCommand is ticking off a task, on the undo stack: undo opens it again, redo ticks it
// off again, both through TaskService. It is pushed after the first tick succeeded, so its first
// redo does nothing. A later undo or redo that fails (the task changed meanwhile) reports the
// error and marks the command obsolete. The workspace must outlive the command: clear the stack
// when the database closes.
class TaskDoneCommand final : public QUndoCommand
{
public:
    using ErrorReporter = std::function<void(const QString &message)>;

    TaskDoneCommand(Workspace &workspace, Task doneTask, ErrorReporter reportError);

    void undo() override;
    void redo() override;

private:
    Workspace &m_workspace;
    Task m_task;
    ErrorReporter m_report;
    bool m_first = true;
};

} // namespace rapport
