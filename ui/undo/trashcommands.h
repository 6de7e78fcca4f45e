#pragma once

#include "core/domain/customer.h"
#include "ui/undo/customercommand.h"

class QAction;
class QObject;
class QUndoStack;

namespace rapport {

// Moving a customer to the trash and restoring one from it, as undoable steps. Each undoes the
// other; an undo finding the customer already where it would put it (someone else moved it
// meanwhile) is a conflict.
class MoveToTrashCommand final : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveToTrashCommand)

public:
    MoveToTrashCommand(Workspace &workspace, qint64 customerId);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_id;
    Customer m_customer; // as the last step left it
};

class RestoreCustomerCommand final : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCustomerCommand)

public:
    RestoreCustomerCommand(Workspace &workspace, qint64 customerId);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_id;
    Customer m_customer;
};

// The entry points for views: move a customer to the trash, or restore one, as one undoable
// step on `stack`. The error (e.g. the customer is gone) is returned; nothing was pushed then.
Status moveCustomerToTrash(Workspace &workspace, QUndoStack *stack, qint64 customerId);
Status restoreCustomer(Workspace &workspace, QUndoStack *stack, qint64 customerId);

// "Move to Trash" on the Delete key, for a view that shows a current customer: the view adds it,
// gives it Qt::WidgetWithChildrenShortcut (so Delete in a text field still deletes text) and
// connects triggered() to moveCustomerToTrash() with its current customer.
QAction *createMoveToTrashAction(QObject *parent);

} // namespace rapport
