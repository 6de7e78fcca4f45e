#include "core/services/customerservice.h"

#include "core/services/changebus.h"
#include "core/storage/transaction.h"

namespace rapport {

CustomerService::CustomerService(const Database &db, ChangeBus &bus)
    : m_db(db)
    , m_bus(bus)
    , m_repo(db)
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
    if (Status s = m_repo.moveToTrash(customer); !s)
        return s;
    m_bus.publish({ChangeNotice::Entity::Customer,
                   ChangeNotice::Action::Deleted,
                   {customer.id},
                   {customer.id}});
    return {};
}

Status CustomerService::restore(Customer &customer)
{
    if (Status s = m_repo.restore(customer); !s)
        return s;
    m_bus.publish({ChangeNotice::Entity::Customer,
                   ChangeNotice::Action::Restored,
                   {customer.id},
                   {customer.id}});
    return {};
}

} // namespace rapport
