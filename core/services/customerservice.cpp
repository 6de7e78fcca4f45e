#include "core/services/customerservice.h"

#include "core/services/changebus.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"

namespace rapport {

CustomerService::CustomerService(const Database &db, ChangeBus &bus)
    : m_db(db)
    , m_bus(bus)
    , m_repo(db)
    , m_relationships(db)
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
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Customer draft = customer;
    Result<qint64> id = m_repo.insert(draft);
    if (!id)
        return id.error();
    QList<ContactPoint> saved = points;
    for (ContactPoint &p : saved) {
        p.customerId = *id;
        if (Result<qint64> pid = m_repo.addContactPoint(p); !pid)
            return pid.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    // Only a committed write changes the caller's values.
    customer = draft;
    points = saved;
    m_bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Created, {*id}, {*id}});
    return id;
}

Status CustomerService::update(Customer &customer)
{
    customer.tidy();
    Customer draft = customer;
    if (Status s = m_repo.update(draft); !s)
        return s;
    customer = draft;
    m_bus.publish({ChangeNotice::Entity::Customer,
                   ChangeNotice::Action::Updated,
                   {customer.id},
                   {customer.id}});
    return {};
}

Status CustomerService::moveToTrash(Customer &customer)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    Customer draft = customer;
    if (Status s = m_repo.moveToTrash(draft); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    customer = draft;
    m_bus.publish({ChangeNotice::Entity::Customer,
                   ChangeNotice::Action::Deleted,
                   {customer.id},
                   {customer.id}});
    return {};
}

Status CustomerService::restore(Customer &customer)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    Customer draft = customer;
    if (Status s = m_repo.restore(draft); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    customer = draft;
    m_bus.publish({ChangeNotice::Entity::Customer,
                   ChangeNotice::Action::Restored,
                   {customer.id},
                   {customer.id}});
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
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Result<qint64> id = m_repo.insert(draft.customer);
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
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    record = draft;
    announce(ChangeNotice::Action::Created, record);
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
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    CustomerRecord base = from;
    if (check == SaveCheck::Content) {
        if (Status s = takeCurrentVersions(base, draft); !s)
            return s;
    }
    bool changed = false;
    Customer &c = draft.customer;
    c.version = base.customer.version;
    if (!sameFields(base.customer, c)) {
        if (Status s = m_repo.update(c); !s)
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
    if (!changed) {
        to = draft;
        return {};
    }
    if (Status s = tx.commit(); !s)
        return s;
    to = draft;
    announce(ChangeNotice::Action::Updated, to);
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
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    Result<CustomerRecord> current = record(id);
    if (!current)
        return current.error();
    const QString name = current->customer.displayName();
    // The content, not the versions: undoing and redoing later steps moves versions on.
    const bool same = sameContent(*current, expected);
    if (!same)
        return Error(Error::Kind::Conflict,
                     tr("%1 was changed since it was created, so it stays; move it to the trash "
                        "instead.")
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
    if (Status s = tx.commit(); !s)
        return s;
    announce(ChangeNotice::Action::Deleted, expected);
    return {};
}

Status CustomerService::reinstate(const CustomerRecord &record)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
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
    if (Status s = tx.commit(); !s)
        return s;
    announce(ChangeNotice::Action::Created, record);
    return {};
}

Status CustomerService::moveInOrOutOfTrash(Customer &customer, bool toTrash)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    Result<Customer> current = m_repo.get(customer.id);
    if (!current)
        return current.error();
    if (current->isDeleted() == toTrash)
        return Error(Error::Kind::Conflict,
                     toTrash ? tr("%1 was moved to the trash by someone else meanwhile.")
                                   .arg(current->displayName())
                             : tr("%1 was restored from the trash by someone else meanwhile.")
                                   .arg(current->displayName()));
    Customer c = *current;
    if (Status s = toTrash ? m_repo.moveToTrash(c) : m_repo.restore(c); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    customer = c;
    m_bus.publish({ChangeNotice::Entity::Customer,
                   toTrash ? ChangeNotice::Action::Deleted : ChangeNotice::Action::Restored,
                   {c.id},
                   {c.id}});
    return {};
}

Status CustomerService::deleteForGood(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    Result<Customer> current = m_repo.get(id);
    if (!current)
        return current.error();
    if (!current->isDeleted())
        return Error(Error::Kind::Validation,
                     tr("%1 is not in the trash; only customers in the trash can be deleted for "
                        "good.")
                         .arg(current->displayName()),
                     QStringLiteral("customer"));
    Customer expected = *current;
    expected.version = version;
    if (Status s = m_repo.purge(expected); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_bus.publish({ChangeNotice::Entity::Customer, ChangeNotice::Action::Deleted, {id}, {id}});
    return {};
}

Result<QList<User>> CustomerService::owners()
{
    return UserRepository(m_db).list();
}

PhoneNormalizer CustomerService::phoneNormalizer(const QString &country)
{
    const PhoneNormalizer database(SettingsRepository(m_db).phoneRegion());
    return database.forCountry(country);
}

void CustomerService::announce(ChangeNotice::Action action, const CustomerRecord &record)
{
    const qint64 id = record.customer.id;
    m_bus.publish({ChangeNotice::Entity::Customer, action, {id}, {id}});
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
    m_bus.publish(links);
}

} // namespace rapport
