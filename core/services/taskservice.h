#pragma once

#include "core/domain/task.h"
#include "core/services/changebus.h"
#include "core/storage/taskrepository.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace rapport {

class Workspace;

// TaskService creates tasks and ticks them off. New tasks go to the signed-in user unless they
// name an assignee; done and reopened use the workspace's clock. Saves check the row's version.
// Every committed write is announced on the change bus with the task's customer.
class TaskService final
{
    Q_DECLARE_TR_FUNCTIONS(TaskService)

public:
    explicit TaskService(Workspace &workspace);

    Result<qint64> create(Task &task);
    // Saves an edit (title, notes, due time, assignee...): validates, hands the task only to an
    // active user, writes in one transaction and announces it. Fails on a stale version.
    Status update(Task &task);
    // Marks the task done now; a task already done is left as it is.
    Status markDone(Task &task);
    // Makes a done task open again (undoing markDone).
    Status reopen(Task &task);
    Result<Task> get(qint64 id) { return m_repo.get(id); }

    // The work lists below hold only the tasks the user may see: about a customer in their View
    // scope, or about no customer (TaskRepository::agenda).
    // The signed-in user's day: open tasks due before the end of today (local time), overdue
    // ones first, then (with `undated`) those without a due date.
    Result<QList<TaskListItem>> myDay(bool undated = true);
    // The signed-in user's open tasks due from tomorrow on, soonest first.
    Result<QList<TaskListItem>> upcoming();
    // All of the signed-in user's open tasks: dated ones soonest first, then the undated.
    Result<QList<TaskListItem>> allOpen();
    // A due time after every real one, as the open end of a range.
    static QDateTime farFuture();
    // The first instant of the local day after the one `now` (UTC) falls in, in UTC.
    static QDateTime endOfLocalDay(const QDateTime &now);

private:
    Status checkAssignee(qint64 userId) const;
    Status write(Task &task, ChangeNotice::Action action);

    Workspace &m_workspace;
    TaskRepository m_repo;
};

} // namespace rapport
