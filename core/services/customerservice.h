#pragma once

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/storage/customerrepository.h"
#include "core/util/result.h"

#include <QList>

namespace rapport {

class ChangeBus;
class Database;

// CustomerService is the use case layer for customers that the UI and the CLI call: every write
// tidies and validates the values, runs in one transaction, and after the commit announces the
// change on the bus. (Permissions and the audit trail join here when users sign in.)
class CustomerService final
{
public:
    CustomerService(const Database &db, ChangeBus &bus);

    // Creates the customer together with its contact points, all or nothing.
    Result<qint64> create(Customer &customer, QList<ContactPoint> &points);
    Status update(Customer &customer);
    Status moveToTrash(Customer &customer);
    Status restore(Customer &customer);
    Result<Customer> get(qint64 id) { return m_repo.get(id); }
    Result<QList<ContactPoint>> contactPoints(qint64 id) { return m_repo.contactPoints(id); }

private:
    const Database &m_db;
    ChangeBus &m_bus;
    CustomerRepository m_repo;
};

} // namespace rapport
