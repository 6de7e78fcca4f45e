#pragma once

#include "core/models/worklistmodel.h"
#include "core/storage/taskrepository.h"

#include <QDateTime>

namespace rapport {

class Workspace;
struct ChangeNotice;

// MyDayModel is "my day": the signed-in user's open follow-ups. The Today filter shows those due
// today or overdue, soonest first, and after them (unless switched off) those without a due
// date; Upcoming those due from tomorrow on; AllOpen every open one. Each row's due text names
// its day ("Tomorrow 9:00 AM", "Friday 2:00 PM"). "Today" is the local day of the workspace's
// clock; refresh() moves on to the next day and repaints what turned overdue. Rows follow the
// change bus one by one: a task ticked off leaves, a follow-up logged for today arrives in its
// place, a task moved to tomorrow leaves Today and joins Upcoming. Only the tasks the user may
// see are listed: those about a customer in their View scope (AccessPolicy::scope), read in SQL,
// and those about no customer; a customer leaving or entering the scope takes its tasks along.
class MyDayModel final : public WorkListModel<TaskListItem>
{
    Q_OBJECT
public:
    enum Column { Due, Title, Customer, Priority, ColumnCount };
    Q_ENUM(Column)
    enum class Filter { Today, Upcoming, AllOpen };
    Q_ENUM(Filter)
    enum Role {
        IdRole = Qt::UserRole, // the task's id
        CustomerIdRole,        // 0 when the task has no customer
        OverdueRole,           // bool
        DueRole,               // QDateTime (UTC), null when undated
        PriorityRole,          // the Priority code
    };

    explicit MyDayModel(Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // The row of a task, -1 when it is not shown.
    int rowOfTask(qint64 taskId) const;
    void setIncludeUndated(bool include);
    bool includesUndated() const { return m_undated; }
    qint64 taskIdAt(int row) const;
    qint64 customerIdAt(int row) const;
    // The task as last read, for a write through TaskService.
    const Task &taskAt(int row) const { return itemAt(row).task; }
    int overdueCount() const;
    int dueTodayCount() const; // due later today, not overdue yet
    int upcomingCount() const; // due from tomorrow on
    int undatedCount() const;

public Q_SLOTS:
    void reload();
    // Catches up with the clock: a new day reloads, otherwise what turned overdue repaints.
    void refresh();

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    qint64 idOf(const TaskListItem &item) const override { return item.task.id; }
    bool before(const TaskListItem &a, const TaskListItem &b) const override;

private:
    void onChange(const ChangeNotice &notice);
    void refetch(qint64 taskId);
    Result<QList<TaskListItem>> read();
    bool belongs(const Task &task) const;
    QString dueText(const Task &task, const QDateTime &now) const;

    Workspace &m_workspace;
    TaskRepository m_repo;
    CustomerScope m_scope; // the signed-in user's View scope at the last reload
    QDateTime m_until;     // the end of the day shown (UTC)
    bool m_undated = true;
    Filter m_filter = Filter::Today;
};

} // namespace rapport
