#pragma once

#include "core/services/customerrecord.h"
#include "ui/undo/customercommand.h"

namespace rapport {

// CreateCustomerCommand creates a customer with its contact points and relationships. Undo
// deletes it for good (a customer created by mistake should leave no trace, not sit in the
// trash), but only while it is exactly as created and no history refers to it; otherwise undo
// is a conflict and the customer stays. Redo writes the same rows back with the same ids.
class CreateCustomerCommand final : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateCustomerCommand)

public:
    CreateCustomerCommand(Workspace &workspace, CustomerRecord draft);

    // The new customer's id once the command ran; 0 before.
    qint64 customerId() const { return m_record.customer.id; }
    const CustomerRecord &record() const { return m_record; }

protected:
    Status apply() override;
    Status revert() override;

private:
    CustomerRecord m_record;
    bool m_created = false;
};

} // namespace rapport
