#include "ui/undo/editcustomercommand.h"

#include "core/services/customerservice.h"
#include "ui/undo/undotext.h"

namespace rapport {

EditCustomerCommand::EditCustomerCommand(Workspace &workspace,
                                         CustomerRecord before,
                                         CustomerRecord after)
    : CustomerCommand(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setUndoText(*this, tr("Edit %1").arg(m_after.customer.displayName()));
}

Status EditCustomerCommand::apply()
{
    // The first time against the versions the user saw; later by content, since undo and redo
    // move versions on themselves.
    const auto check = m_applied ? CustomerService::SaveCheck::Content
                                 : CustomerService::SaveCheck::Versions;
    return withService([this, check](CustomerService &s) -> Status {
        if (Status r = s.save(m_before, m_after, check); !r)
            return r;
        m_applied = true;
        return {};
    });
}

Status EditCustomerCommand::revert()
{
    return withService([this](CustomerService &s) {
        return s.save(m_after, m_before, CustomerService::SaveCheck::Content);
    });
}

} // namespace rapport
