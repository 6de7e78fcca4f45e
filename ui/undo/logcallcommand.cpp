#include "ui/undo/logcallcommand.h"

#include "core/services/interactionservice.h"
#include "core/services/workspace.h"
#include "ui/undo/undotext.h"

namespace rapport {

LogCallCommand::LogCallCommand(Workspace &workspace, CallLog call, const QString &customerName)
    : CustomerCommand(workspace)
    , m_workspace(&workspace)
    , m_call(std::move(call))
{
    setUndoText(*this, tr("Log call with %1").arg(customerName));
}

Status LogCallCommand::apply()
{
    if (!m_workspace)
        return Error(Error::Kind::Io, tr("The database this step belongs to is closed."));
    InteractionService &service = m_workspace->interactions();
    if (m_saved)
        return service.reinstate(m_call);
    CallLog draft = m_call;
    Result<LoggedCall> logged = service.log(draft);
    if (!logged)
        return logged.error();
    m_call = draft;
    m_logged = *logged;
    m_saved = true;
    return {};
}

Status LogCallCommand::revert()
{
    if (!m_workspace)
        return Error(Error::Kind::Io, tr("The database this step belongs to is closed."));
    return m_workspace->interactions().remove(m_call);
}

} // namespace rapport
