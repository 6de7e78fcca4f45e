#include "ui/taskdonecommand.h"

#include "core/services/taskservice.h"

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
    setText(
        step == Step::Done
            ? QCoreApplication::translate("TaskDoneCommand", "Done: %1").arg(m_task.title)
            : QCoreApplication::translate("TaskDoneCommand", "Open again: %1").arg(m_task.title));
}

Status TaskDoneCommand::apply(bool done)
{
    TaskService tasks(m_workspace);
    Status s = done ? tasks.markDone(m_task) : tasks.reopen(m_task);
    if (!s) {
        setObsolete(true);
        if (m_report)
            m_report(s.error().message());
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
