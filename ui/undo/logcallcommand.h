#pragma once

#include "core/services/interactionservice.h"
#include "ui/undo/customercommand.h"

#include <QPointer>

namespace rapport {

class Workspace;

// LogCallCommand is a call logged with the quick log, on the undo stack like every other edit
// (the CustomerCommand pattern: run() saves it, then pushes it). Its first step logs the call
// with its follow-up task and the case it opens; undo takes all of them back in one write, and
// only while none of them changed since (InteractionService::remove: a Conflict otherwise,
// reported through UndoFeedback); redo writes them back with the same ids.
class LogCallCommand final : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogCallCommand)

public:
    // `customerName` names the step: "Log call with Acme GmbH".
    LogCallCommand(Workspace &workspace, CallLog call, const QString &customerName);

    // The rows as saved last (ids valid after run() succeeded).
    const CallLog &call() const { return m_call; }
    const LoggedCall &logged() const { return m_logged; }

protected:
    Status apply() override;
    Status revert() override;

private:
    QPointer<Workspace> m_workspace;
    CallLog m_call;
    LoggedCall m_logged;
    bool m_saved = false; // the first step ran: later ones write back what it saved
};

} // namespace rapport
