#include "core/services/customerrecord.h"

#include <QCoreApplication>

#include <array>
#include <limits>

namespace rapport {

void normalizePrimaries(QList<ContactPoint> &points)
{
    std::array<qsizetype, 4> chosen{-1, -1, -1, -1};
    for (qsizetype i = 0; i < points.size(); ++i) {
        const auto kind = std::size_t(points[i].kind);
        if (kind < chosen.size() && points[i].primary && chosen[kind] < 0)
            chosen[kind] = i;
    }
    for (qsizetype i = 0; i < points.size(); ++i) {
        const auto kind = std::size_t(points[i].kind);
        if (kind >= chosen.size())
            continue;
        if (chosen[kind] < 0)
            chosen[kind] = i;
        points[i].primary = chosen[kind] == i;
    }
}

void CustomerRecord::tidy()
{
    customer.tidy();
    for (ContactPoint &p : contactPoints)
        p.customerId = customer.id;
    normalizePrimaries(contactPoints);
    for (Relationship &r : relationships)
        r.tidy();
}

Status CustomerRecord::validate() const
{
    if (Status s = customer.validate(); !s)
        return s;
    for (const ContactPoint &p : contactPoints) {
        if (Status s = p.validate(); !s)
            return s;
    }
    for (const Relationship &r : relationships) {
        Relationship probe = r;
        if (customer.id == 0) {
            // A new customer has no id yet: its end of a link (0) is filled in on creation.
            constexpr qint64 placeholder = std::numeric_limits<qint64>::max();
            if (probe.fromId == 0 && probe.toId != 0)
                probe.fromId = placeholder;
            else if (probe.toId == 0 && probe.fromId != 0)
                probe.toId = placeholder;
        } else if (r.fromId != customer.id && r.toId != customer.id) {
            return Error(Error::Kind::Validation,
                         QCoreApplication::translate("CustomerRecord",
                                                     "A relationship does not involve the "
                                                     "customer."),
                         QStringLiteral("relationship"));
        }
        if (Status s = probe.validate(); !s)
            return s;
    }
    return {};
}

const ContactPoint *CustomerRecord::contactPoint(qint64 id) const
{
    for (const ContactPoint &p : contactPoints) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Relationship *CustomerRecord::relationship(qint64 id) const
{
    for (const Relationship &r : relationships) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

namespace {

// Tags are a set: stored ones come back sorted, typed ones in the order typed.
QStringList sortedTags(QStringList tags)
{
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

} // namespace

bool sameFields(const Customer &a, const Customer &b)
{
    return a.kind == b.kind && a.firstName == b.firstName && a.lastName == b.lastName
           && a.organisation == b.organisation && a.stage == b.stage && a.ownerId == b.ownerId
           && a.source == b.source && a.acquiredOn == b.acquiredOn
           && sortedTags(a.tags) == sortedTags(b.tags) && a.notes == b.notes;
}

bool mergeFields(const Customer &from, Customer &target, const Customer &current)
{
    bool clean = true;
    // A field the step changes must still hold what the step started from; a field the step
    // leaves alone takes whatever is stored now.
    const auto merge = [&clean](const auto &was, auto &will, const auto &now, auto same) {
        if (!same(was, will))
            clean = clean && same(now, was);
        else
            will = now;
    };
    const auto equal = [](const auto &a, const auto &b) { return a == b; };
    merge(from.kind, target.kind, current.kind, equal);
    merge(from.firstName, target.firstName, current.firstName, equal);
    merge(from.lastName, target.lastName, current.lastName, equal);
    merge(from.organisation, target.organisation, current.organisation, equal);
    merge(from.stage, target.stage, current.stage, equal);
    merge(from.ownerId, target.ownerId, current.ownerId, equal);
    merge(from.source, target.source, current.source, equal);
    merge(from.acquiredOn, target.acquiredOn, current.acquiredOn, equal);
    merge(from.tags, target.tags, current.tags, [](const QStringList &a, const QStringList &b) {
        return sortedTags(a) == sortedTags(b);
    });
    merge(from.notes, target.notes, current.notes, equal);
    return clean;
}

bool sameContent(const ContactPoint &a, const ContactPoint &b)
{
    const bool postal = a.kind == ContactKind::Postal;
    return a.kind == b.kind && a.label == b.label && a.value == b.value && a.primary == b.primary
           && (!postal
               || (a.address.street == b.address.street
                   && a.address.postalCode == b.address.postalCode
                   && a.address.city == b.address.city && a.address.region == b.address.region
                   && a.address.country == b.address.country));
}

bool sameContent(const Relationship &a, const Relationship &b)
{
    return a.fromId == b.fromId && a.toId == b.toId && a.kind == b.kind && a.role == b.role
           && a.since == b.since && a.note == b.note;
}

bool sameContent(const CustomerRecord &a, const CustomerRecord &b)
{
    if (!sameFields(a.customer, b.customer) || a.contactPoints.size() != b.contactPoints.size()
        || a.relationships.size() != b.relationships.size())
        return false;
    for (const ContactPoint &p : a.contactPoints) {
        const ContactPoint *q = p.id ? b.contactPoint(p.id) : nullptr;
        if (!q || !sameContent(p, *q))
            return false;
    }
    for (const Relationship &r : a.relationships) {
        const Relationship *s = r.id ? b.relationship(r.id) : nullptr;
        if (!s || !sameContent(r, *s))
            return false;
    }
    return true;
}

CustomerRecord rebased(const CustomerRecord &mine, const CustomerRecord &stored)
{
    CustomerRecord out = mine;
    out.customer.version = stored.customer.version;
    out.customer.createdAt = stored.customer.createdAt;
    out.customer.updatedAt = stored.customer.updatedAt;
    out.customer.deletedAt = stored.customer.deletedAt;
    for (ContactPoint &p : out.contactPoints) {
        if (const ContactPoint *s = p.id ? stored.contactPoint(p.id) : nullptr) {
            p.version = s->version;
        } else {
            p.id = 0;
            p.version = 0;
        }
    }
    for (Relationship &r : out.relationships) {
        if (const Relationship *s = r.id ? stored.relationship(r.id) : nullptr) {
            r.version = s->version;
        } else {
            r.id = 0;
            r.version = 0;
        }
    }
    return out;
}

} // namespace rapport
