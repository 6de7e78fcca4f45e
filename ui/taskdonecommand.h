#pragma once

#include "core/domain/task.h"
#include "core/util/result.h"

#include <QUndoCommand>

#include <functional>

namespace rapport {

class Workspace;

// TaskDoneCommand is ticking off a task (or opening a done one again), on the undo stack: undo
// takes the step back, redo takes it again, both through TaskService. It is pushed after the
// first step succeeded, so its first redo does nothing. A later undo or redo that fails (the task
// changed meanwhile) reports the error and marks the command obsolete. The workspace must outlive the command: clear the stack
// when the database closes.
class TaskDoneCommand final : public QUndoCommand
{
public:
    using ErrorReporter = std::function<void(const QString &message)>;

    enum class Step { Done, Reopened };

    // `task` as it is after the step.
    TaskDoneCommand(Workspace &workspace,
                    Task task,
                    ErrorReporter reportError,
                    Step step = Step::Done);

    // Called with the task's id after every undo and redo that succeeded, for a view to select
    // the task again (undoing "done" brings the row back under the cursor).
    void setReselect(std::function<void(qint64 taskId)> reselect)
    {
        m_reselect = std::move(reselect);
    }

    void undo() override;
    void redo() override;

private:
    Workspace &m_workspace;
    Status apply(bool done);

    Task m_task;
    ErrorReporter m_report;
    std::function<void(qint64)> m_reselect;
    Step m_step;
    bool m_first = true;
};

} // namespace rapport
