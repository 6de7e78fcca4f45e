#pragma once

#include "core/services/customermerge.h"
#include "ui/undo/customercommand.h"

#include <QPointer>

namespace rapport {

// Merging two customers as one undoable step. The merge is one batch in the history; undo
// reverts that batch (BatchRevert: the rows replayed backwards, the other customer back from the
// trash with everything it had), and redo merges again the same way (a new batch). Whatever
// changed meanwhile in what the merge wrote is a conflict: the step is taken off the stack and
// nothing is overwritten.
class MergeCustomersCommand final : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCustomersCommand)

public:
    MergeCustomersCommand(Workspace &workspace, MergeRequest request, const QString &otherName);

    // The batch of the last merge done (0 before the first, and after an undo).
    qint64 batch() const { return m_batch; }

protected:
    Status apply() override;
    Status revert() override;

private:
    QPointer<Workspace> m_workspace;
    MergeRequest m_request;
    qint64 m_batch = 0;
};

// "Not a duplicate" as an undoable step: the pair is remembered, and forgotten again on undo.
class DismissDuplicateCommand final : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(DismissDuplicateCommand)

public:
    DismissDuplicateCommand(Workspace &workspace, qint64 a, qint64 b);

protected:
    Status apply() override;
    Status revert() override;

private:
    QPointer<Workspace> m_workspace;
    qint64 m_a;
    qint64 m_b;
};

} // namespace rapport
