#pragma once

#include "core/domain/permission.h"
#include "core/domain/task.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace rapport {

class Database;

// A task as a work list shows it: with the name of its customer (empty when it has none).
struct TaskListItem
{
    Task task;
    QString customerName;
};

// TaskRepository owns all SQL of the tasks table. Writes check the row's version (optimistic
// locking). It opens no transaction itself. It keeps prepared statements, so it must not outlive
// `db`.
class TaskRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)

public:
    explicit TaskRepository(const Database &db);

    // Validates, inserts, and sets id and version 1. task.createdAt must be set (the door's time).
    Result<qint64> insert(Task &task);
    Result<Task> get(qint64 id);
    // Saves every field; bumps task.version on success.
    Status update(Task &task);
    Status remove(qint64 id);
    // Inserts a removed row again with the id (and version) it had, as an undo of its removal
    // does; a Conflict when another row holds that id now.
    Status reinsert(const Task &task);

    // The open tasks of `assigneeId` (no assignee: the unassigned ones): those with a due date
    // first, soonest first, then the undated ones; within a time, the most urgent first.
    Result<QList<Task>> listOpenForAssignee(std::optional<qint64> assigneeId, int limit = 500);
    // The open tasks of `assigneeId` due before `until` (overdue ones included), soonest first.
    Result<QList<Task>> listDueForAssignee(std::optional<qint64> assigneeId,
                                           const QDateTime &until,
                                           int limit = 500);
    // The customer's tasks, open and done, newest first.
    Result<QList<Task>> listForCustomer(qint64 customerId, int limit = 100);
    // The case's tasks, open and done, oldest first (the order the work was planned in).
    Result<QList<Task>> listForCase(qint64 caseId, int limit = 100);

    // The work lists read within the reader's `scope` (AccessPolicy::scope(Permission::View)):
    // a task about a customer is listed only when that customer's owner is in the scope, a task
    // about no customer always (it is nobody's customer data), and nothing at all for a scope
    // that reaches nobody (signed out, a deactivated user).

    // A day's work list: the open tasks of `assigneeId` (none: the unassigned ones) due before
    // `until` (the overdue ones included) and, with `undated`, those without a due date after
    // them; soonest first, then the most urgent. With their customers' names.
    Result<QList<TaskListItem>> agenda(std::optional<qint64> assigneeId,
                                       const QDateTime &until,
                                       bool undated,
                                       const CustomerScope &scope,
                                       int limit = 500);
    // One task with its customer's name (NotFound when it is gone or out of `scope`).
    Result<TaskListItem> agendaItem(qint64 id, const CustomerScope &scope);
    // The open tasks of `assigneeId` that fall due in (after, until], soonest first.
    Result<QList<TaskListItem>> fallingDue(std::optional<qint64> assigneeId,
                                           const QDateTime &after,
                                           const QDateTime &until,
                                           const CustomerScope &scope,
                                           int limit = 100);

private:
    Result<QList<Task>> readAll(Statement &statement);
    Result<QList<TaskListItem>> readItems(Statement &statement);

    Statement m_insert;
    Statement m_select;
    Statement m_update;
    Statement m_delete;
    Statement m_reinsert;
    Statement m_exists;
    Statement m_listOpen;
    Statement m_listDue;
    Statement m_listForCustomer;
    Statement m_listForCase;
    Statement m_agenda;
    Statement m_agendaItem;
    Statement m_fallingDue;
};

} // namespace rapport
