#include "ui/undo/trashcommands.h"

#include "core/services/customerservice.h"
#include "ui/undo/undotext.h"

#include <QAction>
#include <QUndoStack>

namespace rapport {
namespace {

// The first run reads the customer as stored now: the user acts on what the view shows, and
// the trash flag is the only thing written.
Status firstRead(CustomerService &s, qint64 id, Customer &customer)
{
    if (customer.id != 0)
        return {};
    Result<Customer> c = s.get(id);
    if (!c)
        return c.error();
    customer = *c;
    return {};
}

} // namespace

MoveToTrashCommand::MoveToTrashCommand(Workspace &workspace, qint64 customerId)
    : CustomerCommand(workspace)
    , m_id(customerId)
{
    setUndoText(*this, tr("Move to the trash"));
}

Status MoveToTrashCommand::apply()
{
    return withService([this](CustomerService &s) -> Status {
        const bool first = m_customer.id == 0;
        if (Status r = firstRead(s, m_id, m_customer); !r)
            return r;
        if (first && m_customer.isDeleted())
            return Error(Error::Kind::Validation,
                         tr("%1 is in the trash already.").arg(m_customer.displayName()));
        setUndoText(*this, tr("Move %1 to the trash").arg(m_customer.displayName()));
        return first ? s.moveToTrash(m_customer) : s.moveInOrOutOfTrash(m_customer, true);
    });
}

Status MoveToTrashCommand::revert()
{
    return withService(
        [this](CustomerService &s) { return s.moveInOrOutOfTrash(m_customer, false); });
}

RestoreCustomerCommand::RestoreCustomerCommand(Workspace &workspace, qint64 customerId)
    : CustomerCommand(workspace)
    , m_id(customerId)
{
    setUndoText(*this, tr("Restore from the trash"));
}

Status RestoreCustomerCommand::apply()
{
    return withService([this](CustomerService &s) -> Status {
        const bool first = m_customer.id == 0;
        if (Status r = firstRead(s, m_id, m_customer); !r)
            return r;
        if (first && !m_customer.isDeleted())
            return Error(Error::Kind::Validation,
                         tr("%1 is not in the trash.").arg(m_customer.displayName()));
        setUndoText(*this, tr("Restore %1").arg(m_customer.displayName()));
        return first ? s.restore(m_customer) : s.moveInOrOutOfTrash(m_customer, false);
    });
}

Status RestoreCustomerCommand::revert()
{
    return withService(
        [this](CustomerService &s) { return s.moveInOrOutOfTrash(m_customer, true); });
}

Status moveCustomerToTrash(Workspace &workspace, QUndoStack *stack, qint64 customerId)
{
    return CustomerCommand::run(stack, std::make_unique<MoveToTrashCommand>(workspace, customerId));
}

Status restoreCustomer(Workspace &workspace, QUndoStack *stack, qint64 customerId)
{
    return CustomerCommand::run(stack,
                                std::make_unique<RestoreCustomerCommand>(workspace, customerId));
}

QAction *createMoveToTrashAction(QObject *parent)
{
    auto *action = new QAction(MoveToTrashCommand::tr("Move to &Trash"), parent);
    action->setObjectName(QStringLiteral("moveToTrashAction"));
    action->setShortcut(QKeySequence::Delete);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

} // namespace rapport
