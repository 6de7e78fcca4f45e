#include "ui/taskdonecommand.h"

#include "core/services/taskservice.h"

#include <QCoreApplication>

namespace rapport {

TaskDoneCommand::TaskDoneCommand(Workspace &workspace, Task doneTask, ErrorReporter reportError)
    : m_workspace(workspace)
    , m_task(std::move(doneTask))
    , m_report(std::move(reportError))
{
    setText(QCoreApplication::translate("TaskDoneCommand", "Done: %1").arg(m_task.title));
}

void TaskDoneCommand::undo()
{
    TaskService tasks(m_workspace);
    if (Status s = tasks.reopen(m_task); !s) {
        setObsolete(true);
        if (m_report)
            m_report(s.error().message());
    }
}

void TaskDoneCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    TaskService tasks(m_workspace);
    if (Status s = tasks.markDone(m_task); !s) {
        setObsolete(true);
        if (m_report)
            m_report(s.error().message());
    }
}

} // namespace rapport
