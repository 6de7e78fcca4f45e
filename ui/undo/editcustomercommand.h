#pragma once

#include "core/services/customerrecord.h"
#include "ui/undo/customercommand.h"

namespace rapport {

// EditCustomerCommand takes one customer's record from `before` to `after` (the editor's save:
// fields, tags, contact points and relationships in one step and one transaction) and back. Each
// direction writes only the rows that differ, checked against the versions the other direction
// left, so undo restores the stored rows exactly or, when someone changed them since, refuses.
// The contact point and relationship commands are edits of this kind with their own wording.
class EditCustomerCommand : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCustomerCommand)

public:
    EditCustomerCommand(Workspace &workspace, CustomerRecord before, CustomerRecord after);

    const CustomerRecord &before() const { return m_before; }
    // The record as saved: ids of new rows and the current versions.
    const CustomerRecord &after() const { return m_after; }

protected:
    Status apply() override;
    Status revert() override;

private:
    CustomerRecord m_before;
    CustomerRecord m_after;
    bool m_applied = false;
};

} // namespace rapport
