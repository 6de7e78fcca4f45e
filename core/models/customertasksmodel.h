#pragma once

#include "core/models/customerpanelmodel.h"

#include <vector>

namespace rapport {

// CustomerTasksModel lists one customer's tasks: the open ones first, soonest due first, then
// the done ones, latest first. IdRole is the task's id; StateRole tells overdue ones apart.
class CustomerTasksModel final : public CustomerPanelModel
{
    Q_OBJECT
public:
    enum Column { Title, Due, Priority, Assignee, ColumnCount };
    Q_ENUM(Column)
    enum class State { Open, DueToday, Overdue, Done };
    Q_ENUM(State)
    enum Role {
        StateRole = FirstCustomRole, // int: State
        PriorityRole,                // int: Priority
        DueRole,                     // QDateTime, UTC
    };

    CustomerTasksModel(const Database &db, ChangeBus *bus, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const CustomerTaskRow &at(int row) const { return m_rows[std::size_t(row)]; }
    State state(const CustomerTaskRow &task) const;
    int openCount() const;

protected:
    rapport::Status read() override;
    int rows() const override { return int(m_rows.size()); }

private:
    std::vector<CustomerTaskRow> m_rows;
};

} // namespace rapport
