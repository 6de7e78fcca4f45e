#pragma once

#include "ui/undo/editcustomercommand.h"

namespace rapport {

// Linking a customer to another one and removing a link, as undoable steps over the customer's
// record (`current`, as read). A removed link comes back with its id on undo.
class AddRelationshipCommand final : public EditCustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRelationshipCommand)

public:
    AddRelationshipCommand(Workspace &workspace,
                           const CustomerRecord &current,
                           Relationship relationship);
};

class RemoveRelationshipCommand final : public EditCustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveRelationshipCommand)

public:
    RemoveRelationshipCommand(Workspace &workspace,
                              const CustomerRecord &current,
                              qint64 relationshipId);
};

} // namespace rapport
