#include "ui/taskdonecommand.h"

#include "core/services/taskservice.h"
#include "core/services/workspace.h"
#include "ui/undo/undotext.h"

#include <QCoreApplication>

namespace rapport {

TaskDoneCommand::TaskDoneCommand(Workspace &workspace,
                                 Task task,
                                 ErrorReporter reportError,
                                 Step step)
    : m_workspace(workspace)
    , m_task(std::move(task))
    , m_report(std::move(reportError))
    , m_step(step)
{
    setUndoText(*this,
                step == Step::Done
                    ? QCoreApplication::translate("TaskDoneCommand", "Done: %1").arg(m_task.title)
                    : QCoreApplication::translate("TaskDoneCommand", "Open again: %1")
                          .arg(m_task.title));
}

Status TaskDoneCommand::apply(bool done)
{
    // The task as stored now: an edit since (undoable on its own) moved its version on.
    TaskService &tasks = m_workspace.tasks();
    Result<Task> current = tasks.get(m_task.id);
    Status s = current ? Status() : Status(current.error());
    if (s) {
        Task task = *current;
        s = done ? tasks.markDone(task) : tasks.reopen(task);
        if (s)
            m_task = task;
    }
    if (!s) {
        setObsolete(true);
        if (m_report)
            m_report(s.error().message());
    } else if (m_reselect) {
        m_reselect(m_task.id);
    }
    return s;
}

void TaskDoneCommand::undo()
{
    (void) apply(m_step == Step::Reopened);
}

void TaskDoneCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    (void) apply(m_step == Step::Done);
}

} // namespace rapport
