#pragma once

#include "core/models/customerpanelmodel.h"

#include <vector>

namespace rapport {

// RelatedCustomersModel lists the live customers linked to one customer: a person's
// organisation, an organisation's people, then subsidiaries, referrals, partners and suppliers.
// IdRole is the other customer's id, for opening it.
class RelatedCustomersModel final : public CustomerPanelModel
{
    Q_OBJECT
public:
    enum Column { Relation, Name, Role, Since, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SectionRole = FirstCustomRole, // int: RelatedCustomer::Section
        CustomerKindRole,              // int: CustomerKind of the other customer
        RelationshipIdRole,
    };

    RelatedCustomersModel(const Database &db, ChangeBus *bus, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const RelatedCustomer &at(int row) const { return m_rows[std::size_t(row)]; }
    // How many rows a section holds.
    int sectionCount(RelatedCustomer::Section section) const;

protected:
    Status read() override;
    int rows() const override { return int(m_rows.size()); }
    bool concerns(const ChangeNotice &notice) const override;

private:
    std::vector<RelatedCustomer> m_rows;
};

} // namespace rapport
