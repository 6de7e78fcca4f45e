#include "ui/undo/relationshipcommands.h"

#include "ui/undo/undotext.h"

namespace rapport {
namespace {

CustomerRecord withAdded(CustomerRecord r, Relationship link)
{
    link.id = 0;
    r.relationships << link;
    return r;
}

CustomerRecord withRemoved(CustomerRecord r, qint64 id)
{
    r.relationships.removeIf([id](const Relationship &link) { return link.id == id; });
    return r;
}

} // namespace

AddRelationshipCommand::AddRelationshipCommand(Workspace &workspace,
                                               const CustomerRecord &current,
                                               Relationship relationship)
    : EditCustomerCommand(workspace, current, withAdded(current, relationship))
{
    setUndoText(*this,
                tr("Link %1: %2")
                    .arg(current.customer.displayName(), relationshipKindName(relationship.kind)));
}

RemoveRelationshipCommand::RemoveRelationshipCommand(Workspace &workspace,
                                                     const CustomerRecord &current,
                                                     qint64 relationshipId)
    : EditCustomerCommand(workspace, current, withRemoved(current, relationshipId))
{
    setUndoText(*this, tr("Remove a link of %1").arg(current.customer.displayName()));
}

} // namespace rapport
