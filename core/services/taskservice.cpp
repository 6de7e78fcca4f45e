#include "core/services/taskservice.h"

#include "core/services/changebus.h"
#include "core/services/door.h"
#include "core/services/workspace.h"
#include "core/storage/transaction.h"

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
    Result<qint64> id = 0;
    const Status written = m_workspace.write(
        {WriteAction::Create, draft.customerId.value_or(0)}, [&](WriteScope &w) -> Status {
            if (!draft.createdAt.isValid())
                draft.createdAt = w.now();
            id = m_repo.insert(draft);
            if (!id)
                return id.error();
            QList<qint64> customers;
            if (draft.customerId)
                customers << *draft.customerId;
            w.notify({ChangeNotice::Entity::Task, ChangeNotice::Action::Created, {*id}, customers});
            return {};
        });
    if (!written)
        return written.error();
    task = draft;
    return id;
}

Status TaskService::write(Task &task, ChangeNotice::Action action)
{
    Task draft = task;
    draft.tidy();
    if (Status s = draft.validate(); !s)
        return s;
    const Status written = m_workspace.write(
        {WriteAction::Edit, draft.customerId.value_or(0)}, [&](WriteScope &w) -> Status {
            if (draft.assigneeId) {
                Result<Task> stored = m_repo.get(draft.id);
                if (!stored)
                    return stored.error();
                // A task may stay with someone who has left, but is only handed to an active
                // user.
                if (stored->assigneeId != draft.assigneeId) {
                    if (Status s = checkAssignee(*draft.assigneeId); !s)
                        return s;
                }
            }
            if (Status s = m_repo.update(draft); !s)
                return s;
            QList<qint64> customers;
            if (draft.customerId)
                customers << *draft.customerId;
            w.notify({ChangeNotice::Entity::Task, action, {draft.id}, customers});
            return {};
        });
    if (!written)
        return written;
    task = draft;
    return {};
}

Status TaskService::checkAssignee(qint64 userId) const
{
    Result<QList<User>> users = m_workspace.activeUsers();
    if (!users)
        return users.error();
    for (const User &user : std::as_const(*users)) {
        if (user.id == userId)
            return {};
    }
    return Error(Error::Kind::Validation,
                 tr("The task can only be assigned to an active user."),
                 QStringLiteral("assigneeId"));
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
    return m_repo.agenda(m_workspace.currentUserId(),
                         endOfLocalDay(m_workspace.now()),
                         undated,
                         m_workspace.access().scope(Permission::View));
}

Result<QList<TaskListItem>> TaskService::upcoming()
{
    // Stored in whole seconds: "due after the last second of today" is "due from tomorrow on".
    return m_repo.fallingDue(m_workspace.currentUserId(),
                             endOfLocalDay(m_workspace.now()).addSecs(-1),
                             farFuture(),
                             m_workspace.access().scope(Permission::View));
}

Result<QList<TaskListItem>> TaskService::allOpen()
{
    return m_repo.agenda(m_workspace.currentUserId(),
                         farFuture(),
                         true,
                         m_workspace.access().scope(Permission::View));
}

QDateTime TaskService::farFuture()
{
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
}

} // namespace rapport
