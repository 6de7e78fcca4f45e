#include "ui/undo/mergecommands.h"

#include "core/services/batchrevert.h"
#include "core/services/door.h"
#include "core/services/duplicatefinder.h"
#include "core/services/workspace.h"

namespace rapport {

namespace {

Error closed()
{
    return Error(Error::Kind::Io,
                 CustomerCommand::tr("The database this step belongs to is closed."));
}

} // namespace

MergeCustomersCommand::MergeCustomersCommand(Workspace &workspace,
                                             MergeRequest request,
                                             const QString &otherName)
    : CustomerCommand(workspace)
    , m_workspace(&workspace)
    , m_request(std::move(request))
{
    setText(tr("Merge %1").arg(otherName));
}

Status MergeCustomersCommand::apply()
{
    if (!m_workspace || !m_workspace->door())
        return closed();
    Result<MergeResult> done = CustomerMerge(*m_workspace->door()).merge(m_request);
    if (!done)
        return done.error();
    m_batch = done->batch;
    // A redo merges whatever the customers hold then, not the versions first shown.
    m_request.survivorVersion = m_request.otherVersion = 0;
    return {};
}

Status MergeCustomersCommand::revert()
{
    if (!m_workspace || !m_workspace->door())
        return closed();
    Result<qint64> reverted = BatchRevert(*m_workspace->door()).revert(m_batch, RevertChoices{});
    if (!reverted)
        return reverted.error();
    m_batch = 0;
    return {};
}

DismissDuplicateCommand::DismissDuplicateCommand(Workspace &workspace, qint64 a, qint64 b)
    : CustomerCommand(workspace)
    , m_workspace(&workspace)
    , m_a(a)
    , m_b(b)
{
    setText(tr("Not a Duplicate"));
}

Status DismissDuplicateCommand::apply()
{
    if (!m_workspace || !m_workspace->door())
        return closed();
    return DuplicateFinder::dismiss(*m_workspace->door(), m_a, m_b);
}

Status DismissDuplicateCommand::revert()
{
    if (!m_workspace || !m_workspace->door())
        return closed();
    return DuplicateFinder::undismiss(*m_workspace->door(), m_a, m_b);
}

} // namespace rapport
