#include "ui/undo/customercommand.h"

#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "ui/undo/undofeedback.h"

#include <QUndoStack>

namespace rapport {

CustomerCommand::CustomerCommand(Workspace &workspace)
    : m_workspace(&workspace)
{}

Status CustomerCommand::run(QUndoStack *stack, std::unique_ptr<CustomerCommand> command)
{
    if (Status s = command->apply(); !s)
        return s;
    command->m_feedback = UndoFeedback::of(stack);
    if (stack) {
        command->m_skipRedo = true;
        stack->push(command.release());
    }
    return {};
}

void CustomerCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (Status s = apply(); !s)
        fail(tr("Cannot Redo"), s);
}

void CustomerCommand::undo()
{
    if (Status s = revert(); !s)
        fail(tr("Cannot Undo"), s);
}

void CustomerCommand::fail(const QString &title, const Status &status)
{
    // The stack deletes an obsolete command after this call: a step that cannot be done now
    // will not become possible later without overwriting someone's change.
    setObsolete(true);
    if (m_feedback)
        m_feedback->report(title,
                           tr("“%1” could not be done: %2 It was taken off the undo history.")
                               .arg(text(), status.error().message()));
}

Status CustomerCommand::withService(const std::function<Status(CustomerService &)> &step) const
{
    if (!m_workspace)
        return Error(Error::Kind::Io, tr("The database this step belongs to is closed."));
    CustomerService &service = m_workspace->customers();
    return step(service);
}

} // namespace rapport
