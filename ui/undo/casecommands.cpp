#include "ui/undo/casecommands.h"

#include "core/services/caseservice.h"
#include "core/services/workspace.h"
#include "ui/undo/undotext.h"

namespace rapport {
namespace {

Error closedWorkspace()
{
    return Error(Error::Kind::Io,
                 QCoreApplication::translate("CustomerCommand",
                                             "The database this step belongs to is closed."));
}

} // namespace

OpenCaseCommand::OpenCaseCommand(Workspace &workspace,
                                 SupportCase supportCase,
                                 const QString &customerName)
    : CustomerCommand(workspace)
    , m_workspace(&workspace)
    , m_case(std::move(supportCase))
{
    setUndoText(*this, tr("Open case for %1").arg(customerName));
}

Status OpenCaseCommand::apply()
{
    if (!m_workspace)
        return closedWorkspace();
    CaseService &cases = m_workspace->cases();
    if (m_saved)
        return cases.reinstate(m_case);
    SupportCase draft = m_case;
    if (Result<qint64> id = cases.open(draft); !id)
        return id.error();
    m_case = draft;
    m_saved = true;
    return {};
}

Status OpenCaseCommand::revert()
{
    if (!m_workspace)
        return closedWorkspace();
    return m_workspace->cases().remove(m_case);
}

SaveCaseCommand::SaveCaseCommand(Workspace &workspace, SupportCase before, SupportCase after)
    : CustomerCommand(workspace)
    , m_workspace(&workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_before.status != m_after.status)
        setUndoText(*this,
                    tr("Set case %1 to %2")
                        .arg(caseReference(m_after.id), caseStatusName(m_after.status)));
    else
        setUndoText(*this, tr("Edit case %1").arg(caseReference(m_after.id)));
}

Status SaveCaseCommand::apply()
{
    if (!m_workspace)
        return closedWorkspace();
    CaseService &cases = m_workspace->cases();
    if (m_saved)
        return cases.restoreState(m_before, m_after);
    SupportCase draft = m_after;
    draft.version = m_before.version;
    if (Status s = cases.save(draft); !s)
        return s;
    m_after = draft;
    m_saved = true;
    return {};
}

Status SaveCaseCommand::revert()
{
    if (!m_workspace)
        return closedWorkspace();
    return m_workspace->cases().restoreState(m_after, m_before);
}

} // namespace rapport
