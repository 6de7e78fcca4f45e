#include "ui/undo/contactpointcommands.h"

#include "ui/undo/undotext.h"

namespace rapport {
namespace {

// A new or changed primary point takes the primary flag from the others of its kind.
void makeSolePrimary(QList<ContactPoint> &points, qsizetype index)
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i != index && points[i].kind == points[index].kind)
            points[i].primary = false;
    }
}

CustomerRecord withAdded(CustomerRecord r, ContactPoint point)
{
    point.id = 0;
    point.customerId = r.customer.id;
    r.contactPoints << point;
    if (point.primary)
        makeSolePrimary(r.contactPoints, r.contactPoints.size() - 1);
    return r;
}

CustomerRecord withChanged(CustomerRecord r, const ContactPoint &point)
{
    for (qsizetype i = 0; i < r.contactPoints.size(); ++i) {
        if (r.contactPoints[i].id == point.id) {
            r.contactPoints[i] = point;
            if (point.primary)
                makeSolePrimary(r.contactPoints, i);
        }
    }
    return r;
}

CustomerRecord withRemoved(CustomerRecord r, qint64 pointId)
{
    r.contactPoints.removeIf([pointId](const ContactPoint &p) { return p.id == pointId; });
    return r;
}

QString pointName(const ContactPoint &p)
{
    return contactKindNoun(p.kind);
}

} // namespace

AddContactPointCommand::AddContactPointCommand(Workspace &workspace,
                                               const CustomerRecord &current,
                                               ContactPoint point)
    : EditCustomerCommand(workspace, current, withAdded(current, point))
{
    setUndoText(*this, tr("Add %1 to %2").arg(pointName(point), current.customer.displayName()));
}

EditContactPointCommand::EditContactPointCommand(Workspace &workspace,
                                                 const CustomerRecord &current,
                                                 ContactPoint point)
    : EditCustomerCommand(workspace, current, withChanged(current, point))
{
    setUndoText(*this, tr("Change %1 of %2").arg(pointName(point), current.customer.displayName()));
}

RemoveContactPointCommand::RemoveContactPointCommand(Workspace &workspace,
                                                     const CustomerRecord &current,
                                                     qint64 pointId)
    : EditCustomerCommand(workspace, current, withRemoved(current, pointId))
{
    const ContactPoint *p = current.contactPoint(pointId);
    setUndoText(*this,
                tr("Remove %1 from %2")
                    .arg(p ? pointName(*p) : tr("contact"), current.customer.displayName()));
}

} // namespace rapport
