#include "ui/undo/edittaskcommand.h"

#include "core/services/taskservice.h"
#include "core/services/workspace.h"
#include "ui/undo/undotext.h"

namespace rapport {

EditTaskCommand::EditTaskCommand(Workspace &workspace,
                                 Task before,
                                 Task after,
                                 ErrorReporter reportError)
    : m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_report(std::move(reportError))
{
    setUndoText(*this, tr("Edit task: %1").arg(m_after.title));
}

namespace {

// The fields a task edit changes.
bool sameEdit(const Task &a, const Task &b)
{
    return a.title == b.title && a.notes == b.notes && a.dueAt == b.dueAt
           && a.assigneeId == b.assigneeId && a.priority == b.priority;
}

} // namespace

void EditTaskCommand::apply(const Task &from, const Task &to)
{
    // Versions move on with every step (ticking the task off and on again too), so the step
    // checks content: what this edit wrote must still be there, else someone changed it since and
    // the step is refused rather than overwriting their change.
    TaskService &tasks = m_workspace.tasks();
    Result<Task> current = tasks.get(to.id);
    Status s = current ? Status() : Status(current.error());
    if (s && !sameEdit(*current, from))
        s = Error(Error::Kind::Conflict,
                  tr("The task “%1” was changed meanwhile; the step is not taken.")
                      .arg(current->title));
    if (s) {
        Task task = *current;
        task.title = to.title;
        task.notes = to.notes;
        task.dueAt = to.dueAt;
        task.assigneeId = to.assigneeId;
        task.priority = to.priority;
        s = tasks.update(task);
    }
    if (!s) {
        setObsolete(true);
        if (m_report)
            m_report(s.error().message());
        return;
    }
    if (m_reselect)
        m_reselect(to.id);
}

void EditTaskCommand::undo()
{
    apply(m_after, m_before);
}

void EditTaskCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    apply(m_before, m_after);
}

} // namespace rapport
