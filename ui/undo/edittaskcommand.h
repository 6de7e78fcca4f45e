#pragma once

#include "core/domain/task.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace rapport {

class Workspace;

// EditTaskCommand is one edit of a task (title, due time, assignee, notes...) on the undo stack:
// redo saves the task as edited, undo saves it as it was, both through TaskService (which
// validates, writes in one transaction and announces the change, so every list follows). It is
// pushed after the edit was saved, so its first redo does nothing. A step checks content, not the
// version (ticking the task off and on moves that): it is refused when the edited fields no
// longer hold what the other step left, reported, and the command marked obsolete. After each step that
// succeeded the reselect function (when set) is called with the task's id. The workspace must
// outlive the command: clear the stack when the database closes.
class EditTaskCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditTaskCommand)

public:
    using ErrorReporter = std::function<void(const QString &message)>;

    // `before` as it was read, `after` as saved (with the version the save gave it).
    EditTaskCommand(Workspace &workspace, Task before, Task after, ErrorReporter reportError);

    void setReselect(std::function<void(qint64 taskId)> reselect)
    {
        m_reselect = std::move(reselect);
    }

    void undo() override;
    void redo() override;

private:
    // Takes the task from `from` (which it must still hold) to `to`.
    void apply(const Task &from, const Task &to);

    Workspace &m_workspace;
    Task m_before;
    Task m_after;
    ErrorReporter m_report;
    std::function<void(qint64)> m_reselect;
    bool m_first = true;
};

} // namespace rapport
