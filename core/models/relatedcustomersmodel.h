#pragma once

#include "core/domain/permission.h"
#include "core/models/customerpanelmodel.h"

#include <vector>

namespace rapport {

// RelatedCustomersModel lists the live customers linked to one customer: a person's
// organisation, an organisation's people, then subsidiaries, referrals, partners and suppliers.
// IdRole is the other customer's id, for opening it. A related customer out of the reader's scope
// is listed by its name and the link alone, marked not openable (OpenableRole false): leaving it
// out would hide a fact about the customer shown (that the person works somewhere, that the
// organisation has people) and invite a duplicate, while its name is already on the customer the
// reader may see (the list shows a person's organisation whoever owns it). Its details stay shut:
// opening it is refused by CustomerProfile.
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
        OpenableRole, // bool: the other customer is within the scope
    };

    RelatedCustomersModel(const Database &db, ChangeBus *bus, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const RelatedCustomer &at(int row) const { return m_rows[std::size_t(row)]; }
    // What the reader may open (AccessPolicy::scope(Permission::View)); everything by default.
    void setScope(const CustomerScope &scope);
    bool isOpenable(int row) const { return m_scope.allows(at(row).ownerId); }
    // How many rows a section holds.
    int sectionCount(RelatedCustomer::Section section) const;

protected:
    Status read() override;
    int rows() const override { return int(m_rows.size()); }
    bool concerns(const ChangeNotice &notice) const override;

private:
    std::vector<RelatedCustomer> m_rows;
    CustomerScope m_scope;
};

} // namespace rapport
