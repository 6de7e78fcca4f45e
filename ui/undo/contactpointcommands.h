#pragma once

#include "ui/undo/editcustomercommand.h"

namespace rapport {

// Adding, changing and removing one contact point of a customer, each an undoable step over the
// customer's whole list of points (`current`, as read): making a point primary demotes the old
// primary of its kind in the same step, and undo promotes it again.
class AddContactPointCommand final : public EditCustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddContactPointCommand)

public:
    AddContactPointCommand(Workspace &workspace, const CustomerRecord &current, ContactPoint point);
};

class EditContactPointCommand final : public EditCustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditContactPointCommand)

public:
    // `point` carries the id of the point it replaces.
    EditContactPointCommand(Workspace &workspace, const CustomerRecord &current, ContactPoint point);
};

class RemoveContactPointCommand final : public EditCustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveContactPointCommand)

public:
    RemoveContactPointCommand(Workspace &workspace, const CustomerRecord &current, qint64 pointId);
};

} // namespace rapport
