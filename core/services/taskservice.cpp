#include "core/services/taskservice.h"

#include "core/services/changebus.h"
#include "core/services/workspace.h"

#include <algorithm>

namespace rapport {

TaskService::TaskService(Workspace &workspace)
    : m_workspace(workspace)
    , m_repo(workspace.database())
{}

QDateTime TaskService::endOfLocalDay(const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    return QDateTime(today.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC();
}

Result<qint64> TaskService::create(Task &task)
{
    Task draft = task;
    draft.tidy();
    draft.id = 0;
    if (!draft.assigneeId)
        draft.assigneeId = m_workspace.currentUserId();
    if (!draft.createdAt.isValid())
        draft.createdAt = m_workspace.now();
    Result<qint64> id = m_repo.insert(draft);
    if (!id)
        return id;
    task = draft;
    QList<qint64> customers;
    if (draft.customerId)
        customers << *draft.customerId;
    m_workspace.changes().publish(
        {ChangeNotice::Entity::Task, ChangeNotice::Action::Created, {*id}, customers});
    return id;
}

Status TaskService::write(Task &task, ChangeNotice::Action action)
{
    Task draft = task;
    draft.tidy();
    if (Status s = m_repo.update(draft); !s)
        return s;
    task = draft;
    QList<qint64> customers;
    if (draft.customerId)
        customers << *draft.customerId;
    m_workspace.changes().publish({ChangeNotice::Entity::Task, action, {draft.id}, customers});
    return {};
}

Status TaskService::update(Task &task)
{
    return write(task, ChangeNotice::Action::Updated);
}

Status TaskService::markDone(Task &task)
{
    if (task.isDone())
        return {};
    Task draft = task;
    // Never before it was created (a clock that is behind another machine's).
    draft.doneAt = std::max(m_workspace.now(), draft.createdAt);
    if (Status s = write(draft, ChangeNotice::Action::Updated); !s)
        return s;
    task = draft;
    return {};
}

Status TaskService::reopen(Task &task)
{
    if (!task.isDone())
        return {};
    Task draft = task;
    draft.doneAt = QDateTime();
    if (Status s = write(draft, ChangeNotice::Action::Updated); !s)
        return s;
    task = draft;
    return {};
}

Result<QList<TaskListItem>> TaskService::myDay(bool undated)
{
    return m_repo.agenda(m_workspace.currentUserId(), endOfLocalDay(m_workspace.now()), undated);
}

} // namespace rapport
