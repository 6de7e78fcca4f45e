#include "core/models/customertasksmodel.h"

#include "core/util/displayformat.h"
#include <QLocale>

#include <algorithm>

namespace rapport {

CustomerTasksModel::CustomerTasksModel(const Database &db, ChangeBus *bus, QObject *parent)
    : CustomerPanelModel(db,
                         bus,
                         {ChangeNotice::Entity::Task,
                          ChangeNotice::Entity::Case,
                          ChangeNotice::Entity::User},
                         ColumnCount,
                         parent)
{}

Status CustomerTasksModel::read()
{
    m_rows.clear();
    if (customerId() <= 0)
        return {};
    Result<std::vector<CustomerTaskRow>> rows = m_repo.tasks(customerId());
    if (!rows)
        return rows.error();
    m_rows = std::move(rows).value();
    return {};
}

CustomerTasksModel::State CustomerTasksModel::state(const CustomerTaskRow &task) const
{
    if (task.isDone())
        return State::Done;
    if (!task.dueAt.isValid())
        return State::Open;
    const QDateTime now = asOf();
    if (task.dueAt < now)
        return State::Overdue;
    return task.dueAt.toLocalTime().date() == now.toLocalTime().date() ? State::DueToday
                                                                       : State::Open;
}

int CustomerTasksModel::openCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const CustomerTaskRow &t) {
        return !t.isDone();
    }));
}

QVariant CustomerTasksModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const CustomerTaskRow &t = m_rows[std::size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case IdRole:
        return t.id;
    case StateRole:
        return int(state(t));
    case PriorityRole:
        return int(t.priority);
    case DueRole:
        return t.dueAt;
    case Qt::ToolTipRole: {
        QString tip = t.title;
        if (t.isDone())
            tip += QLatin1Char('\n') + tr("Done %1").arg(display::dateTime(t.doneAt, locale));
        else if (state(t) == State::Overdue)
            tip += QLatin1Char('\n') + tr("Overdue");
        return tip;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return t.title;
        case Due:
            if (t.isDone())
                return tr("done %1").arg(display::date(t.doneAt.toLocalTime().date(), locale));
            return t.dueAt.isValid() ? display::dateTime(t.dueAt, locale) : tr("no date");
        case Priority:
            return priorityName(t.priority);
        case Assignee:
            return t.assignee;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CustomerTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Task");
    case Due:
        return tr("Due");
    case Priority:
        return tr("Priority");
    case Assignee:
        return tr("Assignee");
    default:
        return {};
    }
}

} // namespace rapport
