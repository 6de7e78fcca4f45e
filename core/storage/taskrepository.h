#pragma once

#include "core/domain/task.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace rapport {

class Database;

// TaskRepository owns all SQL of the tasks table. Writes check the row's version (optimistic
// locking). It opens no transaction itself. It keeps prepared statements, so it must not outlive
// `db`.
class TaskRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)

public:
    explicit TaskRepository(const Database &db);

    // Validates, inserts, and sets id and version 1 (and createdAt to now when it is null).
    Result<qint64> insert(Task &task);
    Result<Task> get(qint64 id);
    // Saves every field; bumps task.version on success.
    Status update(Task &task);
    Status remove(qint64 id);

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

private:
    Result<QList<Task>> readAll(Statement &statement);

    Statement m_insert;
    Statement m_select;
    Statement m_update;
    Statement m_delete;
    Statement m_exists;
    Statement m_listOpen;
    Statement m_listDue;
    Statement m_listForCustomer;
    Statement m_listForCase;
};

} // namespace rapport
