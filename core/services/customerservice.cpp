#include "core/services/customerservice.h"

#include "core/services/changebus.h"
#include "core/services/door.h"
#include "core/services/workspace.h"
#include "core/storage/settingsrepository.h"

namespace rapport {

CustomerService::CustomerService(Workspace &workspace)
    : m_workspace(workspace)
    , m_repo(workspace.database())
    , m_relationships(workspace.database())
{}

Result<qint64> CustomerService::create(Customer &customer, QList<ContactPoint> &points)
{
    customer.tidy();
    if (Status s = customer.validate(); !s)
        return s.error();
    for (const ContactPoint &p : std::as_const(points)) {
        if (Status s = p.validate(); !s)
            return s.error();
    }
    Customer draft = customer;
    QList<ContactPoint> saved = points;
    Result<qint64> id = 0;
    const Status written = m_workspace.write({WriteAction::Create}, [&](WriteScope &w) -> Status {
        id = m_repo.insert(draft, w.now());
        if (!id)
            return id.error();
        for (ContactPoint &p : saved) {
            p.customerId = *id;
            if (Result<qint64> pid = m_repo.addContactPoint(p); !pid)
                return pid.error();
        }
        w.notify({ChangeNotice::Entity::Customer, ChangeNotice::Action::Created, {*id}, {*id}});
        return {};
    });
    if (!written)
        return written.error();
    // Only a committed write changes the caller's values.
    customer = draft;
    points = saved;
    return id;
}

Status CustomerService::update(Customer &customer)
{
    customer.tidy();
    Customer draft = customer;
    const WriteRequest request(WriteAction::Edit, draft.id);
    const Status written = m_workspace.write(request, [&](WriteScope &w) -> Status {
        if (Status s = m_repo.update(draft, w.now()); !s)
            return s;
        w.notify(
            {ChangeNotice::Entity::Customer, ChangeNotice::Action::Updated, {draft.id}, {draft.id}});
        return {};
    });
    if (!written)
        return written;
    customer = draft;
    return {};
}

Status CustomerService::moveToTrash(Customer &customer)
{
    return setTrashed(customer, true);
}

Status CustomerService::restore(Customer &customer)
{
    return setTrashed(customer, false);
}

Status CustomerService::setTrashed(Customer &customer, bool toTrash)
{
    Customer draft = customer;
    const WriteRequest request(toTrash ? WriteAction::Delete : WriteAction::Edit, draft.id);
    const Status written = m_workspace.write(request, [&](WriteScope &w) -> Status {
        if (Status s = toTrash ? m_repo.moveToTrash(draft, w.now()) : m_repo.restore(draft, w.now());
            !s)
            return s;
        w.notify({ChangeNotice::Entity::Customer,
                  toTrash ? ChangeNotice::Action::Deleted : ChangeNotice::Action::Restored,
                  {draft.id},
                  {draft.id}});
        return {};
    });
    if (!written)
        return written;
    customer = draft;
    return {};
}

Result<CustomerRecord> CustomerService::record(qint64 id)
{
    CustomerRecord r;
    Result<Customer> customer = m_repo.get(id);
    if (!customer)
        return customer.error();
    r.customer = std::move(customer).value();
    Result<QList<ContactPoint>> points = m_repo.contactPoints(id);
    if (!points)
        return points.error();
    r.contactPoints = std::move(points).value();
    Result<QList<Relationship>> links = m_relationships.listForCustomer(id);
    if (!links)
        return links.error();
    r.relationships = std::move(links).value();
    return r;
}

namespace {

// Primary points first, so that adding a non-primary point never finds its kind without a
// primary (and becomes one), and adding a primary never has another one to demote.
QList<qsizetype> primaryFirst(const QList<ContactPoint> &points, const QList<qsizetype> &which)
{
    QList<qsizetype> out;
    for (qsizetype i : which) {
        if (points[i].primary)
            out << i;
    }
    for (qsizetype i : which) {
        if (!points[i].primary)
            out << i;
    }
    return out;
}

} // namespace

Result<qint64> CustomerService::create(CustomerRecord &record)
{
    CustomerRecord draft = record;
    draft.customer.id = 0;
    draft.tidy();
    if (Status s = draft.validate(); !s)
        return s.error();
    Result<qint64> id = 0;
    const Status written = m_workspace.write({WriteAction::Create}, [&](WriteScope &w) -> Status {
        id = m_repo.insert(draft.customer, w.now());
        if (!id)
            return id.error();
        QList<qsizetype> all;
        for (qsizetype i = 0; i < draft.contactPoints.size(); ++i) {
            draft.contactPoints[i].customerId = *id;
            all << i;
        }
        for (qsizetype i : primaryFirst(draft.contactPoints, all)) {
            if (Result<qint64> pid = m_repo.addContactPoint(draft.contactPoints[i]); !pid)
                return pid.error();
        }
        for (Relationship &r : draft.relationships) {
            if (r.fromId == 0)
                r.fromId = *id;
            else if (r.toId == 0)
                r.toId = *id;
        }
        if (Status s = insertRelationships(draft); !s)
            return s;
        announce(w, ChangeNotice::Action::Created, draft);
        return {};
    });
    if (!written)
        return written.error();
    record = draft;
    return id;
}

Status CustomerService::insertRelationships(CustomerRecord &record)
{
    for (Relationship &r : record.relationships) {
        if (Result<qint64> rid = m_relationships.insert(r); !rid)
            return rid.error();
    }
    return {};
}

Status CustomerService::save(const CustomerRecord &from, CustomerRecord &to, SaveCheck check)
{
    if (to.customer.id <= 0 || to.customer.id != from.customer.id)
        return Error(Error::Kind::Validation,
                     tr("Only a customer that exists can be saved this way."),
                     QStringLiteral("customer"));
    CustomerRecord draft = to;
    draft.tidy();
    if (Status s = draft.validate(); !s)
        return s;
    const WriteRequest request(WriteAction::Edit, draft.customer.id);
    const Status written = m_workspace.write(request, [&](WriteScope &w) -> Status {
        CustomerRecord base = from;
        if (check == SaveCheck::Content) {
            if (Status s = takeCurrentVersions(base, draft); !s)
                return s;
        }
        bool changed = false;
        Customer &c = draft.customer;
        c.version = base.customer.version;
        if (!sameFields(base.customer, c)) {
            if (Status s = m_repo.update(c, w.now()); !s)
                return s;
            changed = true;
        } else {
            c.createdAt = base.customer.createdAt;
            c.updatedAt = base.customer.updatedAt;
            c.deletedAt = base.customer.deletedAt;
        }
        if (Status s = applyContactPoints(base, draft, changed); !s)
            return s;
        if (Status s = applyRelationships(base, draft, changed); !s)
            return s;
        // Nothing differs: nothing was written, so the door records nothing and nobody is told.
        if (changed)
            announce(w, ChangeNotice::Action::Updated, draft);
        return {};
    });
    if (!written)
        return written;
    to = draft;
    return {};
}

Status CustomerService::takeCurrentVersions(CustomerRecord &base, CustomerRecord &to)
{
    Result<CustomerRecord> current = record(base.customer.id);
    if (!current)
        return current.error();
    const auto changedMeanwhile = [&current] {
        return Error(Error::Kind::Conflict,
                     tr("%1 was changed by someone else since; going back or forth would "
                        "overwrite that change.")
                         .arg(current->customer.displayName()));
    };
    // Only the fields and rows this save writes must be as `base` says; the others may have
    // moved on, and stay as they are now.
    if (!mergeFields(base.customer, to.customer, current->customer))
        return changedMeanwhile();
    base.customer = current->customer;
    for (ContactPoint &p : base.contactPoints) {
        const ContactPoint *now = current->contactPoint(p.id);
        const ContactPoint *target = to.contactPoint(p.id);
        if ((!target || !sameContent(*target, p)) && (!now || !sameContent(*now, p)))
            return changedMeanwhile();
        if (now)
            p.version = now->version;
    }
    for (Relationship &r : base.relationships) {
        const Relationship *now = current->relationship(r.id);
        const Relationship *target = to.relationship(r.id);
        if ((!target || !sameContent(*target, r)) && (!now || !sameContent(*now, r)))
            return changedMeanwhile();
        if (now)
            r.version = now->version;
    }
    return {};
}

Status CustomerService::applyContactPoints(const CustomerRecord &from,
                                           CustomerRecord &to,
                                           bool &changed)
{
    // Removals, then changes (demotions before promotions), then additions (primaries first):
    // in this order the one-primary-per-kind rule never has to demote a row on its own, so every
    // row written is one the records name, each checked against its version.
    for (const ContactPoint &old : from.contactPoints) {
        if (to.contactPoint(old.id))
            continue;
        if (Status s = m_repo.removeContactPoint(old); !s)
            return s;
        changed = true;
    }
    QList<qsizetype> updates, inserts;
    for (qsizetype i = 0; i < to.contactPoints.size(); ++i) {
        ContactPoint &p = to.contactPoints[i];
        const ContactPoint *old = p.id ? from.contactPoint(p.id) : nullptr;
        if (!old) {
            inserts << i;
        } else {
            p.version = old->version;
            if (!sameContent(*old, p))
                updates << i;
        }
    }
    QList<qsizetype> ordered;
    for (qsizetype i : updates) {
        if (!to.contactPoints[i].primary)
            ordered << i;
    }
    for (qsizetype i : updates) {
        if (to.contactPoints[i].primary)
            ordered << i;
    }
    for (qsizetype i : std::as_const(ordered)) {
        if (Status s = m_repo.updateContactPoint(to.contactPoints[i]); !s)
            return s;
        changed = true;
    }
    for (qsizetype i : primaryFirst(to.contactPoints, inserts)) {
        ContactPoint &p = to.contactPoints[i];
        if (p.id != 0) {
            if (Status s = m_repo.reinstateContactPoint(p); !s)
                return s;
        } else if (Result<qint64> id = m_repo.addContactPoint(p); !id) {
            return id.error();
        }
        changed = true;
    }
    return {};
}

Status CustomerService::applyRelationships(const CustomerRecord &from,
                                           CustomerRecord &to,
                                           bool &changed)
{
    for (const Relationship &old : from.relationships) {
        if (to.relationship(old.id))
            continue;
        if (Status s = m_relationships.remove(old); !s)
            return s;
        changed = true;
    }
    for (Relationship &r : to.relationships) {
        const Relationship *old = r.id ? from.relationship(r.id) : nullptr;
        if (old) {
            r.version = old->version;
            if (sameContent(*old, r))
                continue;
            if (Status s = m_relationships.update(r); !s)
                return s;
        } else if (r.id != 0) {
            if (Status s = m_relationships.reinstate(r); !s)
                return s;
        } else if (Result<qint64> id = m_relationships.insert(r); !id) {
            return id.error();
        }
        changed = true;
    }
    return {};
}

Status CustomerService::purge(const CustomerRecord &expected)
{
    const qint64 id = expected.customer.id;
    // Taking back a creation that nothing refers to yet (checked below) is the creator's right,
    // so it asks for Create, not for the matrix's Delete: an agent may undo the customer they
    // just made by mistake, as they may undo the call they just logged.
    return m_workspace.write({WriteAction::Create, id}, [&](WriteScope &w) -> Status {
        Result<CustomerRecord> current = record(id);
        if (!current)
            return current.error();
        const QString name = current->customer.displayName();
        // The content, not the versions: undoing and redoing later steps moves versions on.
        const bool same = sameContent(*current, expected);
        if (!same)
            return Error(Error::Kind::Conflict,
                         tr("%1 was changed since it was created, so it stays; move it to the "
                            "trash instead.")
                             .arg(name));
        Result<bool> history = m_repo.hasHistory(id);
        if (!history)
            return history.error();
        if (*history)
            return Error(
                Error::Kind::Conflict,
                tr("%1 has calls, orders, cases, tasks or notes by now, so it stays; move it to "
                   "the trash instead.")
                    .arg(name));
        if (Status s = m_repo.purge(current->customer); !s)
            return s;
        announce(w, ChangeNotice::Action::Deleted, expected);
        return {};
    });
}

Status CustomerService::reinstate(const CustomerRecord &record)
{
    const WriteRequest request(WriteAction::Create, record.customer.id);
    return m_workspace.write(request, [&](WriteScope &w) -> Status {
        if (Status s = m_repo.reinstate(record.customer); !s)
            return s;
        for (const ContactPoint &p : record.contactPoints) {
            if (Status s = m_repo.reinstateContactPoint(p); !s)
                return s;
        }
        for (const Relationship &r : record.relationships) {
            if (Status s = m_relationships.reinstate(r); !s)
                return s;
        }
        announce(w, ChangeNotice::Action::Created, record);
        return {};
    });
}

Status CustomerService::moveInOrOutOfTrash(Customer &customer, bool toTrash)
{
    Customer c;
    const WriteRequest request(toTrash ? WriteAction::Delete : WriteAction::Edit, customer.id);
    const Status written = m_workspace.write(request, [&](WriteScope &w) -> Status {
        Result<Customer> current = m_repo.get(customer.id);
        if (!current)
            return current.error();
        if (current->isDeleted() == toTrash)
            return Error(Error::Kind::Conflict,
                         toTrash ? tr("%1 was moved to the trash by someone else meanwhile.")
                                       .arg(current->displayName())
                                 : tr("%1 was restored from the trash by someone else meanwhile.")
                                       .arg(current->displayName()));
        c = *current;
        if (Status s = toTrash ? m_repo.moveToTrash(c, w.now()) : m_repo.restore(c, w.now()); !s)
            return s;
        w.notify({ChangeNotice::Entity::Customer,
                  toTrash ? ChangeNotice::Action::Deleted : ChangeNotice::Action::Restored,
                  {c.id},
                  {c.id}});
        return {};
    });
    if (!written)
        return written;
    customer = c;
    return {};
}

Status CustomerService::deleteForGood(qint64 id, int version)
{
    return m_workspace.write({WriteAction::Delete, id}, [&](WriteScope &w) -> Status {
        Result<Customer> current = m_repo.get(id);
        if (!current)
            return current.error();
        if (!current->isDeleted())
            return Error(Error::Kind::Validation,
                         tr("%1 is not in the trash; only customers in the trash can be deleted "
                            "for good.")
                             .arg(current->displayName()),
                         QStringLiteral("customer"));
        Customer expected = *current;
        expected.version = version;
        if (Status s = m_repo.purge(expected); !s)
            return s;
        w.notify({ChangeNotice::Entity::Customer, ChangeNotice::Action::Deleted, {id}, {id}});
        return {};
    });
}

Result<QList<User>> CustomerService::owners()
{
    return m_workspace.activeUsers();
}

PhoneNormalizer CustomerService::phoneNormalizer(const QString &country)
{
    const PhoneNormalizer database(SettingsRepository(m_workspace.database()).phoneRegion());
    return database.forCountry(country);
}

void CustomerService::announce(WriteScope &w,
                               ChangeNotice::Action action,
                               const CustomerRecord &record)
{
    const qint64 id = record.customer.id;
    w.notify({ChangeNotice::Entity::Customer, action, {id}, {id}});
    if (record.relationships.isEmpty())
        return;
    // The customers at the other ends show these links too.
    ChangeNotice links{ChangeNotice::Entity::Relationship, ChangeNotice::Action::Updated, {}, {id}};
    for (const Relationship &r : record.relationships) {
        links.ids << r.id;
        const qint64 other = r.otherId(id);
        if (other > 0 && !links.customerIds.contains(other))
            links.customerIds << other;
    }
    w.notify(links);
}

} // namespace rapport
