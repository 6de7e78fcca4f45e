#pragma once

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/domain/relationship.h"
#include "core/util/result.h"

#include <QList>

namespace rapport {

// CustomerRecord is everything an editor edits about one customer: the customer row (with its
// tags), its contact points and every relationship it takes part in, each with the version it was
// read at. CustomerService::save() turns the difference between two records into version-checked
// writes, so a record is also what an undo command keeps of "before" and "after".
struct CustomerRecord
{
    Customer customer;
    QList<ContactPoint> contactPoints;
    QList<Relationship> relationships; // links from or to the customer

    // Tidies the customer's and the relationships' text, files every contact point and
    // relationship under the customer's id, and makes exactly one point of each kind primary
    // (the first one marked so, else the first of the kind).
    void tidy();
    // The first rule the record breaks, as an Error naming the field; success when valid.
    Status validate() const;

    const ContactPoint *contactPoint(qint64 id) const;
    const Relationship *relationship(qint64 id) const;
};

// Equal in what a user edits; ids, versions and timestamps are not compared.
bool sameFields(const Customer &a, const Customer &b);
// Undo and redo over a customer row others may have written since: each field the step changes
// (from -> target) must still hold its `from` value in `current`, and every other field of
// `target` takes its `current` value, so a step only ever writes back its own fields. False
// (a conflict) when a field the step changes was changed in `current`.
bool mergeFields(const Customer &from, Customer &target, const Customer &current);
bool sameContent(const ContactPoint &a, const ContactPoint &b);
bool sameContent(const Relationship &a, const Relationship &b);
// The same customer fields, and the same contact points and relationships by id and content.
bool sameContent(const CustomerRecord &a, const CustomerRecord &b);

// Makes exactly one contact point of each kind primary: the first marked primary, else the first.
void normalizePrimaries(QList<ContactPoint> &points);

// `mine` made to apply on top of `stored`: the same values as `mine`, with the versions of
// `stored` for every row both hold, and rows `stored` no longer has becoming new rows (id 0). Saving
// the result over `stored` makes the database say exactly what `mine` says (resolving a conflict
// in favour of the user's version, deliberately).
CustomerRecord rebased(const CustomerRecord &mine, const CustomerRecord &stored);

} // namespace rapport
