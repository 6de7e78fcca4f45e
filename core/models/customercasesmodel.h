#pragma once

#include "core/models/customerpanelmodel.h"

#include <vector>

namespace rapport {

// CustomerCasesModel lists one customer's cases: the unfinished ones first, newest first, then
// the resolved and closed ones. IdRole is the case's id.
class CustomerCasesModel final : public CustomerPanelModel
{
    Q_OBJECT
public:
    enum Column { Subject, Status, Priority, Opened, Owner, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        StatusRole = FirstCustomRole, // int: CaseStatus
        PriorityRole,                 // int: Priority
        FinishedRole,                 // bool: resolved or closed
    };

    CustomerCasesModel(const Database &db, ChangeBus *bus, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const CustomerCaseRow &at(int row) const { return m_rows[std::size_t(row)]; }
    int openCount() const;

protected:
    rapport::Status read() override;
    int rows() const override { return int(m_rows.size()); }

private:
    std::vector<CustomerCaseRow> m_rows;
};

} // namespace rapport
