#include "core/storage/taskrepository.h"

#include "core/storage/customerlistfilter.h"
#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

#define TASK_COLUMNS \
    "id, customer_id, case_id, title, notes, due_at, done_at, assignee_id, priority, created_at, " \
    "version"
// The reader's scope over the joined customer `cu` (two values: CustomerListFilter::bindScope):
// every customer, or those whose owner is listed; a task about no customer passes.
#define TASK_SCOPE \
    " AND (? <> 0 OR t.customer_id IS NULL" \
    " OR coalesce(cu.owner_id, 0) IN (SELECT value FROM json_each(?)))"
#define TASK_ITEM_COLUMNS \
    "t.id, t.customer_id, t.case_id, t.title, t.notes, t.due_at, t.done_at, t.assignee_id, " \
    "t.priority, t.created_at, t.version, cu.name"

namespace rapport {
namespace {

using namespace repository;

Task readTask(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.customerId = sql::toId(q.value(1));
    t.caseId = sql::toId(q.value(2));
    t.title = q.value(3).toString();
    t.notes = q.value(4).toString();
    t.dueAt = sql::toDateTime(q.value(5));
    t.doneAt = sql::toDateTime(q.value(6));
    t.assigneeId = sql::toId(q.value(7));
    t.priority = enumColumn(q.value(8), priorityKeys, Priority::Normal);
    t.createdAt = sql::toDateTime(q.value(9));
    t.version = q.value(10).toInt();
    return t;
}

void bindTask(QSqlQuery &q, const Task &t)
{
    q.bindValue(0, sql::fromId(t.customerId));
    q.bindValue(1, sql::fromId(t.caseId));
    q.bindValue(2, t.title);
    q.bindValue(3, sql::fromText(t.notes));
    q.bindValue(4, sql::fromDateTime(t.dueAt));
    q.bindValue(5, sql::fromDateTime(t.doneAt));
    q.bindValue(6, sql::fromId(t.assigneeId));
    q.bindValue(7, int(t.priority));
    q.bindValue(8, sql::fromDateTime(t.createdAt));
}

} // namespace

TaskRepository::TaskRepository(const Database &db)
    : m_insert(db,
               QStringLiteral("INSERT INTO tasks (customer_id, case_id, title, notes, due_at, "
                              "done_at, assignee_id, priority, created_at, version) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"))
    , m_select(db, QStringLiteral("SELECT " TASK_COLUMNS " FROM tasks WHERE id = ?"))
    , m_update(db,
               QStringLiteral("UPDATE tasks SET customer_id = ?, case_id = ?, title = ?, "
                              "notes = ?, due_at = ?, done_at = ?, assignee_id = ?, "
                              "priority = ?, created_at = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?"))
    , m_delete(db, QStringLiteral("DELETE FROM tasks WHERE id = ?"))
    , m_reinsert(db,
                 QStringLiteral("INSERT INTO tasks (customer_id, case_id, title, notes, due_at, "
                                "done_at, assignee_id, priority, created_at, version, id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_exists(db, QStringLiteral("SELECT 1 FROM tasks WHERE id = ?"))
    // Both work lists walk tasks_assignee_due (assignee_id, done_at, due_at); `IS ?` matches a
    // NULL assignee as well and still uses the index.
    , m_listOpen(db,
                 QStringLiteral("SELECT " TASK_COLUMNS " FROM tasks "
                                "WHERE assignee_id IS ? AND done_at IS NULL "
                                "ORDER BY due_at IS NULL, due_at, priority DESC, id LIMIT ?"))
    , m_listDue(db,
                QStringLiteral("SELECT " TASK_COLUMNS " FROM tasks "
                               "WHERE assignee_id IS ? AND done_at IS NULL AND due_at < ? "
                               "ORDER BY due_at, priority DESC, id LIMIT ?"))
    , m_listForCustomer(db,
                        QStringLiteral("SELECT " TASK_COLUMNS " FROM tasks "
                                       "WHERE customer_id = ? "
                                       "ORDER BY created_at DESC, id DESC LIMIT ?"))
    , m_listForCase(db,
                    QStringLiteral("SELECT " TASK_COLUMNS " FROM tasks WHERE case_id = ? "
                                   "ORDER BY created_at, id LIMIT ?"))
    // Both walk tasks_assignee_due (assignee_id, done_at, due_at) for one assignee's open tasks.
    , m_agenda(db,
               QStringLiteral("SELECT " TASK_ITEM_COLUMNS " FROM tasks t "
                              "LEFT JOIN customers cu ON cu.id = t.customer_id "
                              "WHERE t.assignee_id IS ? AND t.done_at IS NULL "
                              "AND (t.due_at < ? OR (? AND t.due_at IS NULL))" TASK_SCOPE
                              " ORDER BY t.due_at IS NULL, t.due_at, t.priority DESC, t.id "
                              "LIMIT ?"))
    , m_agendaItem(db,
                   QStringLiteral("SELECT " TASK_ITEM_COLUMNS " FROM tasks t "
                                  "LEFT JOIN customers cu ON cu.id = t.customer_id "
                                  "WHERE t.id = ?" TASK_SCOPE))
    , m_fallingDue(db,
                   QStringLiteral("SELECT " TASK_ITEM_COLUMNS " FROM tasks t "
                                  "LEFT JOIN customers cu ON cu.id = t.customer_id "
                                  "WHERE t.assignee_id IS ? AND t.done_at IS NULL "
                                  "AND t.due_at > ? AND t.due_at <= ?" TASK_SCOPE
                                  " ORDER BY t.due_at, t.priority DESC, t.id LIMIT ?"))
{}

Result<qint64> TaskRepository::insert(Task &task)
{
    // The caller stamps the task with the door's time; a repository never reads the clock.
    if (!task.createdAt.isValid())
        return Error(Error::Kind::Validation,
                     tr("The task has no creation time."),
                     QStringLiteral("createdAt"));
    const QDateTime created = task.createdAt;
    Task row = task;
    row.createdAt = created;
    if (Status s = row.validate(); !s)
        return s.error();
    QSqlQuery &q = m_insert.query();
    bindTask(q, row);
    if (Status s = m_insert.exec(tr("Saving the task")); !s) {
        if (brokenConstraint(q) == Constraint::ForeignKey)
            return Error(Error::Kind::Validation,
                         tr("The task's customer, case or assignee does not exist any more."),
                         QStringLiteral("customerId"));
        return s.error();
    }
    task.id = q.lastInsertId().toLongLong();
    task.version = 1;
    task.createdAt = sql::toDateTime(sql::fromDateTime(created));
    return task.id;
}

Result<Task> TaskRepository::get(qint64 id)
{
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    q.bindValue(0, id);
    if (Status s = m_select.exec(tr("Reading the task")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("Task %1 does not exist.").arg(id));
    return readTask(q);
}

Status TaskRepository::update(Task &task)
{
    if (Status s = task.validate(); !s)
        return s;
    if (!task.createdAt.isValid())
        return Error(Error::Kind::Validation,
                     tr("The task has lost the time it was created."),
                     QStringLiteral("createdAt"));
    QSqlQuery &q = m_update.query();
    bindTask(q, task);
    q.bindValue(9, task.id);
    q.bindValue(10, task.version);
    const QString what = tr("Saving the task");
    if (Status s = m_update.exec(what); !s) {
        if (brokenConstraint(q) == Constraint::ForeignKey)
            return Error(Error::Kind::Validation,
                         tr("The task's customer, case or assignee does not exist any more."),
                         QStringLiteral("customerId"));
        return s;
    }
    if (q.numRowsAffected() != 1)
        return staleOrMissing(m_exists,
                              task.id,
                              tr("The task was changed by someone else since you opened it; "
                                 "reload it and apply your change again."),
                              tr("The task does not exist any more."),
                              what);
    ++task.version;
    return {};
}

Status TaskRepository::remove(qint64 id)
{
    QSqlQuery &q = m_delete.query();
    q.bindValue(0, id);
    if (Status s = m_delete.exec(tr("Deleting the task")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("The task does not exist any more."));
    return {};
}

Status TaskRepository::reinsert(const Task &task)
{
    if (Status s = task.validate(); !s)
        return s;
    QSqlQuery &q = m_reinsert.query();
    bindTask(q, task);
    q.bindValue(9, std::max(task.version, 1));
    q.bindValue(10, task.id);
    if (Status s = m_reinsert.exec(tr("Saving the task")); !s) {
        if (brokenConstraint(q) == Constraint::Unique)
            return Error(Error::Kind::Conflict,
                         tr("Another task has taken the number %1 meanwhile.").arg(task.id));
        return s;
    }
    return {};
}

Result<QList<Task>> TaskRepository::readAll(Statement &statement)
{
    if (Status s = statement.exec(tr("Reading the tasks")); !s)
        return s.error();
    QList<Task> tasks;
    QSqlQuery &q = statement.query();
    while (q.next())
        tasks << readTask(q);
    return tasks;
}

Result<QList<Task>> TaskRepository::listOpenForAssignee(std::optional<qint64> assigneeId, int limit)
{
    FinishGuard guard(m_listOpen);
    QSqlQuery &q = m_listOpen.query();
    q.bindValue(0, sql::fromId(assigneeId));
    q.bindValue(1, pageSize(limit));
    return readAll(m_listOpen);
}

Result<QList<Task>> TaskRepository::listDueForAssignee(std::optional<qint64> assigneeId,
                                                       const QDateTime &until,
                                                       int limit)
{
    FinishGuard guard(m_listDue);
    QSqlQuery &q = m_listDue.query();
    q.bindValue(0, sql::fromId(assigneeId));
    q.bindValue(1, sql::fromDateTime(until));
    q.bindValue(2, pageSize(limit));
    return readAll(m_listDue);
}

Result<QList<Task>> TaskRepository::listForCustomer(qint64 customerId, int limit)
{
    FinishGuard guard(m_listForCustomer);
    QSqlQuery &q = m_listForCustomer.query();
    q.bindValue(0, customerId);
    q.bindValue(1, pageSize(limit));
    return readAll(m_listForCustomer);
}

Result<QList<Task>> TaskRepository::listForCase(qint64 caseId, int limit)
{
    FinishGuard guard(m_listForCase);
    QSqlQuery &q = m_listForCase.query();
    q.bindValue(0, caseId);
    q.bindValue(1, pageSize(limit));
    return readAll(m_listForCase);
}

Result<QList<TaskListItem>> TaskRepository::readItems(Statement &statement)
{
    if (Status s = statement.exec(tr("Reading the tasks")); !s)
        return s.error();
    QList<TaskListItem> items;
    QSqlQuery &q = statement.query();
    while (q.next())
        items << TaskListItem{readTask(q), q.value(11).toString()};
    return items;
}

Result<QList<TaskListItem>> TaskRepository::agenda(std::optional<qint64> assigneeId,
                                                   const QDateTime &until,
                                                   bool undated,
                                                   const CustomerScope &scope,
                                                   int limit)
{
    if (scope.isNothing())
        return QList<TaskListItem>();
    FinishGuard guard(m_agenda);
    QSqlQuery &q = m_agenda.query();
    q.bindValue(0, sql::fromId(assigneeId));
    q.bindValue(1, sql::fromDateTime(until));
    q.bindValue(2, undated ? 1 : 0);
    CustomerListFilter::bindScope(scope, q, 3);
    q.bindValue(5, pageSize(limit));
    return readItems(m_agenda);
}

Result<TaskListItem> TaskRepository::agendaItem(qint64 id, const CustomerScope &scope)
{
    if (scope.isNothing())
        return Error(Error::Kind::NotFound, tr("Task %1 does not exist.").arg(id));
    FinishGuard guard(m_agendaItem);
    QSqlQuery &q = m_agendaItem.query();
    q.bindValue(0, id);
    CustomerListFilter::bindScope(scope, q, 1);
    Result<QList<TaskListItem>> items = readItems(m_agendaItem);
    if (!items)
        return items.error();
    if (items->isEmpty())
        return Error(Error::Kind::NotFound, tr("Task %1 does not exist.").arg(id));
    return items->first();
}

Result<QList<TaskListItem>> TaskRepository::fallingDue(std::optional<qint64> assigneeId,
                                                       const QDateTime &after,
                                                       const QDateTime &until,
                                                       const CustomerScope &scope,
                                                       int limit)
{
    if (scope.isNothing())
        return QList<TaskListItem>();
    FinishGuard guard(m_fallingDue);
    QSqlQuery &q = m_fallingDue.query();
    q.bindValue(0, sql::fromId(assigneeId));
    q.bindValue(1, sql::fromDateTime(after));
    q.bindValue(2, sql::fromDateTime(until));
    CustomerListFilter::bindScope(scope, q, 3);
    q.bindValue(5, pageSize(limit));
    return readItems(m_fallingDue);
}

} // namespace rapport
