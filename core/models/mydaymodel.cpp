#include "core/models/mydaymodel.h"

#include "core/services/changebus.h"
#include "core/services/taskservice.h"
#include "core/services/workspace.h"
#include "core/util/displayformat.h"

#include <QLocale>

namespace rapport {

MyDayModel::MyDayModel(Workspace &workspace, QObject *parent)
    : WorkListModel(parent)
    , m_workspace(workspace)
    , m_repo(workspace.database())
{
    connect(&workspace.changes(), &ChangeBus::changed, this, &MyDayModel::onChange);
    connect(&workspace, &Workspace::currentUserChanged, this, &MyDayModel::reload);
    reload();
}

int MyDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MyDayModel::dueText(const Task &task, const QDateTime &now) const
{
    if (!task.dueAt.isValid())
        return tr("No due date");
    const QLocale locale;
    const QDateTime due = task.dueAt.toLocalTime();
    const QString time = display::time(due.time(), locale);
    const qint64 daysLate = due.date().daysTo(now.toLocalTime().date());
    if (daysLate > 1)
        return tr("%n days overdue", nullptr, int(std::min<qint64>(daysLate, 1'000'000)));
    if (daysLate == 1)
        return tr("Overdue since yesterday");
    if (task.isOverdue(now))
        return tr("Overdue since %1").arg(time);
    if (daysLate == 0)
        return tr("Today %1").arg(time);
    if (daysLate == -1)
        return tr("Tomorrow %1").arg(time);
    // This week and next: the weekday is enough ("Friday 2:00 PM"); later the date.
    if (daysLate >= -6)
        return tr("%1 %2", "weekday and time")
            .arg(locale.dayName(due.date().dayOfWeek(), QLocale::LongFormat), time);
    return tr("%1 %2", "weekday, date and time")
        .arg(locale.dayName(due.date().dayOfWeek(), QLocale::ShortFormat),
             display::dateTime(task.dueAt, locale));
}

QVariant MyDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskListItem &item = itemAt(index.row());
    const Task &t = item.task;
    switch (role) {
    case IdRole:
        return t.id;
    case CustomerIdRole:
        return t.customerId.value_or(0);
    case OverdueRole:
        return t.isOverdue(m_workspace.now());
    case DueRole:
        return t.dueAt;
    case PriorityRole:
        return int(t.priority);
    case Qt::ToolTipRole:
        if (index.column() == Due && t.dueAt.isValid())
            return QString(QLocale().dayName(t.dueAt.toLocalTime().date().dayOfWeek())
                           + QLatin1Char(' ') + display::dateTime(t.dueAt));
        return t.notes.isEmpty() ? QVariant() : QVariant(t.notes.left(500));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Due:
        return dueText(t, m_workspace.now());
    case Title:
        return t.title;
    case Customer:
        return item.customerName;
    case Priority:
        return priorityName(t.priority);
    default:
        return {};
    }
}

QVariant MyDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case Title:
        return tr("Follow-up");
    case Customer:
        return tr("Customer");
    case Priority:
        return tr("Priority");
    default:
        return {};
    }
}

void MyDayModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

int MyDayModel::rowOfTask(qint64 taskId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (itemAt(row).task.id == taskId)
            return row;
    }
    return -1;
}

void MyDayModel::setIncludeUndated(bool include)
{
    if (include == m_undated)
        return;
    m_undated = include;
    reload();
}

qint64 MyDayModel::taskIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? itemAt(row).task.id : 0;
}

qint64 MyDayModel::customerIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? itemAt(row).task.customerId.value_or(0) : 0;
}

int MyDayModel::overdueCount() const
{
    const QDateTime now = m_workspace.now();
    return int(std::count_if(items().cbegin(), items().cend(), [&](const TaskListItem &i) {
        return i.task.isOverdue(now);
    }));
}

int MyDayModel::dueTodayCount() const
{
    const QDateTime now = m_workspace.now();
    return int(std::count_if(items().cbegin(), items().cend(), [&](const TaskListItem &i) {
        return i.task.dueAt.isValid() && !i.task.isOverdue(now) && i.task.dueAt < m_until;
    }));
}

int MyDayModel::upcomingCount() const
{
    return int(std::count_if(items().cbegin(), items().cend(), [&](const TaskListItem &i) {
        return i.task.dueAt.isValid() && i.task.dueAt >= m_until;
    }));
}

int MyDayModel::undatedCount() const
{
    return int(std::count_if(items().cbegin(), items().cend(), [](const TaskListItem &i) {
        return !i.task.dueAt.isValid();
    }));
}

bool MyDayModel::before(const TaskListItem &a, const TaskListItem &b) const
{
    const Task &x = a.task;
    const Task &y = b.task;
    if (x.dueAt.isValid() != y.dueAt.isValid())
        return x.dueAt.isValid();
    if (x.dueAt != y.dueAt)
        return x.dueAt < y.dueAt;
    if (x.priority != y.priority)
        return x.priority > y.priority;
    return x.id < y.id;
}

bool MyDayModel::belongs(const Task &task) const
{
    if (task.isDone() || task.assigneeId != m_workspace.currentUserId())
        return false;
    switch (m_filter) {
    case Filter::Today:
        return task.dueAt.isValid() ? task.dueAt < m_until : m_undated;
    case Filter::Upcoming:
        return task.dueAt.isValid() && task.dueAt >= m_until;
    case Filter::AllOpen:
        return true;
    }
    return false;
}

Result<QList<TaskListItem>> MyDayModel::read()
{
    const std::optional<qint64> user = m_workspace.currentUserId();
    switch (m_filter) {
    case Filter::Today:
        return m_repo.agenda(user, m_until, m_undated, m_scope);
    case Filter::Upcoming:
        return m_repo.fallingDue(user, m_until.addSecs(-1), TaskService::farFuture(), m_scope, 500);
    case Filter::AllOpen:
        break;
    }
    return m_repo.agenda(user, TaskService::farFuture(), true, m_scope);
}

void MyDayModel::reload()
{
    m_until = TaskService::endOfLocalDay(m_workspace.now());
    m_scope = m_workspace.access().scope(Permission::View);
    Result<QList<TaskListItem>> items = read();
    if (!items) {
        resetItems({});
        Q_EMIT errorOccurred(items.error().message());
        return;
    }
    resetItems(std::move(items).value());
}

void MyDayModel::refresh()
{
    if (TaskService::endOfLocalDay(m_workspace.now()) != m_until)
        reload();
    else
        repaintColumn(Due);
}

void MyDayModel::refetch(qint64 taskId)
{
    Result<TaskListItem> item = m_repo.agendaItem(taskId, m_scope);
    if (!item) {
        if (item.error().kind() != Error::Kind::NotFound)
            Q_EMIT errorOccurred(item.error().message());
        place(taskId, std::nullopt);
        return;
    }
    place(taskId, belongs(item->task) ? std::optional(std::move(item).value()) : std::nullopt);
}

void MyDayModel::onChange(const ChangeNotice &notice)
{
    using Entity = ChangeNotice::Entity;
    using Action = ChangeNotice::Action;
    switch (notice.entity) {
    case Entity::Everything:
        reload();
        return;
    case Entity::Task:
        if (notice.action == Action::Reset || notice.ids.isEmpty()) {
            reload();
            return;
        }
        for (qint64 id : notice.ids) {
            if (notice.action == Action::Deleted)
                place(id, std::nullopt);
            else
                refetch(id);
        }
        return;
    case Entity::Case:
        // Deleting a case deletes its tasks.
        if (notice.action == Action::Deleted || notice.action == Action::Reset)
            reload();
        return;
    case Entity::User:
        // A new role, team or matrix changes what the user may see.
        if (m_workspace.access().scope(Permission::View) != m_scope)
            reload();
        return;
    case Entity::Customer: {
        if (notice.action == Action::Reset || notice.ids.isEmpty()) {
            reload();
            return;
        }
        if (!m_scope.isEverything()) {
            // A customer given to someone else (or to the user) leaves (or enters) the scope
            // with its tasks, which no row here may name yet: read the list again, row by row.
            Result<QList<TaskListItem>> fresh = read();
            if (!fresh) {
                Q_EMIT errorOccurred(fresh.error().message());
                return;
            }
            resync(*fresh);
            return;
        }
        QList<qint64> affected;
        for (const TaskListItem &item : items()) {
            if (item.task.customerId && notice.ids.contains(*item.task.customerId))
                affected << item.task.id;
        }
        for (qint64 id : std::as_const(affected))
            refetch(id);
        return;
    }
    default:
        return;
    }
}

} // namespace rapport
