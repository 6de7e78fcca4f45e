#pragma once

#include "core/domain/supportcase.h"
#include "ui/undo/customercommand.h"

#include <QPointer>

namespace rapport {

class Workspace;

// Opening a case and saving one (a status change, a resolution, any other field), as undoable
// steps in the CustomerCommand pattern: run() does the first step and pushes the command; later
// steps go through CaseService, which refuses them with a Conflict when the case changed since
// the other step left it (its version moved), so an undo never overwrites someone's change.

// OpenCaseCommand: undo deletes the case it opened (only while it is unchanged and no call or
// task hangs on it), redo writes it back with the same id.
class OpenCaseCommand final : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(OpenCaseCommand)

public:
    // `customerName` names the step: "Open case for Acme GmbH".
    OpenCaseCommand(Workspace &workspace, SupportCase supportCase, const QString &customerName);
    // The case as saved last (its id is valid after run() succeeded).
    const SupportCase &supportCase() const { return m_case; }

protected:
    Status apply() override;
    Status revert() override;

private:
    QPointer<Workspace> m_workspace;
    SupportCase m_case;
    bool m_saved = false;
};

// SaveCaseCommand: the first step saves `after` over `before` as CaseService::save() does (the
// allowed moves, the resolution, the time stamped); undo puts `before` back, status, resolution
// and time of resolution included, redo puts `after` back.
class SaveCaseCommand final : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveCaseCommand)

public:
    // `before` as it was read (with its version), `after` as edited.
    SaveCaseCommand(Workspace &workspace, SupportCase before, SupportCase after);
    const SupportCase &supportCase() const { return m_after; }

protected:
    Status apply() override;
    Status revert() override;

private:
    QPointer<Workspace> m_workspace;
    SupportCase m_before;
    SupportCase m_after;
    bool m_saved = false;
};

} // namespace rapport
