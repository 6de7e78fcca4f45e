#include "ui/undo/createcustomercommand.h"

#include "core/services/customerservice.h"
#include "ui/undo/undotext.h"

namespace rapport {

CreateCustomerCommand::CreateCustomerCommand(Workspace &workspace, CustomerRecord draft)
    : CustomerCommand(workspace)
    , m_record(std::move(draft))
{
    m_record.customer.tidy();
    setUndoText(*this, tr("Create %1").arg(m_record.customer.displayName()));
}

Status CreateCustomerCommand::apply()
{
    return withService([this](CustomerService &s) -> Status {
        if (m_created)
            return s.reinstate(m_record);
        Result<qint64> id = s.create(m_record);
        if (!id)
            return id.error();
        m_created = true;
        return {};
    });
}

Status CreateCustomerCommand::revert()
{
    return withService([this](CustomerService &s) { return s.purge(m_record); });
}

} // namespace rapport
